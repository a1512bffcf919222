package org.ionhop.analysis;

/** Which Arrhenius law is fitted (experiments use both; say which). */
public enum ArrheniusForm {
    /** D = D0 exp(−Ea / kB T): ln D versus 1/(kB T); prefactor D0 in cm²/s. */
    DIFFUSION("cm^2/s"),
    /** sigma·T = A exp(−Ea / kB T): ln(sigma T) versus 1/(kB T); prefactor A in S K/cm. */
    CONDUCTIVITY_TIMES_T("S*K/cm");

    private final String prefactorUnits;

    ArrheniusForm(String prefactorUnits) { this.prefactorUnits = prefactorUnits; }

    public String prefactorUnits() { return prefactorUnits; }
}
