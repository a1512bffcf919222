package org.ionhop.common;

/** Physical constants (CODATA 2018 exact SI values) and unit conversions used throughout IonHop. */
public final class Units {
    /** Boltzmann constant in eV/K. */
    public static final double KB_EV_PER_K = 8.617333262e-5;
    /** Elementary charge in C. */
    public static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;
    /** Boltzmann constant in J/K. */
    public static final double KB_J_PER_K = 1.380649e-23;
    /** 1 Å² = 1e-16 cm². */
    public static final double ANGSTROM2_TO_CM2 = 1e-16;
    /** 1 Å³ = 1e-24 cm³. */
    public static final double ANGSTROM3_TO_CM3 = 1e-24;

    private Units() {}
}
