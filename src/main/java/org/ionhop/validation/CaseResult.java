package org.ionhop.validation;

import java.util.Optional;

/**
 * What one validation case found.
 *
 * @param name             unique case name (used by --only)
 * @param tier             analytic, computed or experiment
 * @param computed         what IonHop computed and how, in one sentence
 * @param comparison       the result against the published/analytic reference
 * @param modelExpectation for a case that may miss its reference for a known reason: the result
 *                         against what the model itself must give (e.g. Ea = E_m when the deck fixes
 *                         the defect content); empty otherwise
 * @param explanation      why a miss is expected (the physics the model leaves out), or "" when none
 * @param inputsNote       provenance of the model inputs (e.g. which are placeholders), or ""
 * @param arrhenius        Arrhenius data for the overlay plot, when the case has temperatures
 * @param seconds          wall time of the case
 */
public record CaseResult(String name, Tier tier, String computed, Comparison comparison,
                         Optional<Comparison> modelExpectation, String explanation, String inputsNote,
                         Optional<ArrheniusOverlay> arrhenius, double seconds) {

    public CaseResult {
        if (modelExpectation.isPresent() && explanation.isBlank()) {
            throw new IllegalArgumentException(name + ": a model expectation needs the explanation of the expected deviation");
        }
    }

    /** A case without an expected deviation. */
    public static CaseResult of(String name, Tier tier, String computed, Comparison comparison, double seconds) {
        return new CaseResult(name, tier, computed, comparison, Optional.empty(), "", "", Optional.empty(), seconds);
    }

    public Status status() { return statusOf(comparison, modelExpectation); }

    /**
     * PASS if the reference comparison is within tolerance (and no model expectation is met as
     * well); INCONCLUSIVE if both are; EXPECTED_DEVIATION if only the model expectation is; otherwise FAIL.
     */
    public static Status statusOf(Comparison reference, Optional<Comparison> modelExpectation) {
        boolean modelMet = modelExpectation.filter(Comparison::within).isPresent();
        if (reference.within()) return modelMet ? Status.INCONCLUSIVE : Status.PASS;
        return modelMet ? Status.EXPECTED_DEVIATION : Status.FAIL;
    }

    public CaseResult withArrhenius(ArrheniusOverlay overlay) {
        return new CaseResult(name, tier, computed, comparison, modelExpectation, explanation, inputsNote,
                Optional.of(overlay), seconds);
    }

    public CaseResult withExpectedDeviation(Comparison model, String why) {
        return new CaseResult(name, tier, computed, comparison, Optional.of(model), why, inputsNote, arrhenius, seconds);
    }

    public CaseResult withInputsNote(String note) {
        return new CaseResult(name, tier, computed, comparison, modelExpectation, explanation, note, arrhenius, seconds);
    }

    public CaseResult withSeconds(double s) {
        return new CaseResult(name, tier, computed, comparison, modelExpectation, explanation, inputsNote, arrhenius, s);
    }
}
