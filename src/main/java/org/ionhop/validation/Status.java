package org.ionhop.validation;

/**
 * Outcome of a case. The rule (see {@link CaseResult#statusOf}): PASS when the result is within its
 * tolerance of the reference; EXPECTED_DEVIATION when it is not, but the case names the physics the
 * model leaves out AND the result agrees, within its own tolerance, with the model expectation that
 * follows from that explanation (so an honest miss is quantified, not waved through); INCONCLUSIVE
 * when the result is within tolerance of BOTH the reference and that model expectation, i.e. the run
 * is too short to tell them apart (agreement with the reference would be a coincidence of wide error
 * bars); FAIL otherwise. Only FAIL makes {@code ionhop validate} exit non-zero.
 */
public enum Status {
    PASS, EXPECTED_DEVIATION, INCONCLUSIVE, FAIL;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
