package org.ionhop.validation;

/**
 * What a case's comparison can show, which decides how it is read (validation/README.md).
 */
public enum Tier {
    /** An exact result of theory for the lattice model: tolerances purely statistical. */
    ANALYTIC,
    /**
     * The pipeline returns what it was given (e.g. the Arrhenius slope of a deck whose only barrier is an
     * input): useful to catch pipeline errors, but NOT validation of the inputs or of the material.
     */
    INPUT_RECOVERY,
    /** A prediction from published model inputs against an independent published result (computed or measured). */
    PREDICTION,
    /** How a prediction moves with an unpublished model assumption (e.g. the vacancy fraction a measured σ needs). */
    SENSITIVITY;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
