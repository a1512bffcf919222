package org.ionhop.validation;

import java.util.List;

/**
 * Simulated Arrhenius points and fit of one case, beside the experimental data, for the overlay plot.
 *
 * @param quantity          e.g. "σ (S/cm)" or "D_J (cm²/s)"
 * @param temperaturesKelvin simulated temperatures
 * @param values            simulated values
 * @param stderrs           their standard errors
 * @param fitEaEv           simulated activation energy, eV (NaN if no fit)
 * @param fitValueAtMeanT   fitted value at the harmonic mean temperature (anchors the fit line)
 * @param experiment        measured points (value with range) to overlay; may be empty
 * @param experimentEaEv    measured activation energy, eV, drawn through the first experimental point
 *                          or, without one, through the simulated fit's anchor (NaN: none)
 * @param timesT            true when the Arrhenius law is for value·T (conductivity: σT ∝ e^{−Ea/kT}),
 *                          false when for the value itself (D)
 */
public record ArrheniusOverlay(String quantity, double[] temperaturesKelvin, double[] values, double[] stderrs,
                               double fitEaEv, double fitValueAtMeanT, List<ExperimentPoint> experiment,
                               double experimentEaEv, boolean timesT) {

    /** A measured value with its range (low = high = value without one). */
    public record ExperimentPoint(double temperatureKelvin, double value, double low, double high, String label) {}
}
