package org.ionhop.validation;

/** One check of IonHop against a reference value. */
public interface ValidationCase {
    /** Unique name, e.g. "correlation-factor-fcc" (selects the case with --only). */
    String name();

    Tier tier();

    /** Runs the simulation(s) and compares. Must not write files. */
    CaseResult run(CaseContext ctx);
}
