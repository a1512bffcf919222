package org.ionhop.analysis;

import org.ionhop.common.Units;

/** Nernst–Einstein conductivity from a jump (collective) diffusion coefficient. */
public final class NernstEinstein {
    private NernstEinstein() {}

    /**
     * sigma = n (z e)² D_J / (kB T). With n in cm⁻³, D in cm²/s, e in C and kB T in J the result is
     * C²/(J s cm) = A/(V cm) = S/cm.
     */
    public static double conductivitySPerCm(double ionsPerCm3, int chargeNumber, double jumpDiffusionCm2PerS,
                                            double temperatureKelvin) {
        double q = chargeNumber * Units.ELEMENTARY_CHARGE_C;
        return ionsPerCm3 * q * q * jumpDiffusionCm2PerS / (Units.KB_J_PER_K * temperatureKelvin);
    }

    /** Number density of mobile ions, cm⁻³, from a count in a volume given in Å³. */
    public static double ionsPerCm3(int ionCount, double volumeAngstrom3) {
        return ionCount / (volumeAngstrom3 * Units.ANGSTROM3_TO_CM3);
    }
}
