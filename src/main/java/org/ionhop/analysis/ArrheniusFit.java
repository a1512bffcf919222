package org.ionhop.analysis;

import java.util.List;

/**
 * An Arrhenius fit: ln y = ln A − Ea · x with x = 1/(kB T) in eV⁻¹ and y = D or sigma·T.
 *
 * @param form              the law fitted
 * @param activationEnergyEv Ea, eV, with standard error
 * @param prefactor         A = exp(intercept) with delta-method error, in {@link ArrheniusForm#prefactorUnits()}
 * @param line              the straight-line fit of ln y versus 1/(kB T) (eV⁻¹), with its covariance
 * @param weighted          true: weights from the relative errors, parameter errors propagated from
 *                          them (not rescaled by the scatter; compare {@link #reducedChiSquare()} with 1
 *                          to judge whether a single Arrhenius law describes the data). False: some
 *                          point had no usable error, so all points had equal weight and the errors come
 *                          from the residual scatter (NaN with two points)
 * @param excludedTemperaturesKelvin temperatures left out because their value was not positive and
 *                          finite (no logarithm)
 */
public record ArrheniusFit(ArrheniusForm form, Estimate activationEnergyEv, Estimate prefactor, LineFit line,
                           boolean weighted, List<Double> excludedTemperaturesKelvin) {

    /** Two-sided 95% normal quantile used for {@link #predict(double)}. */
    public static final double Z95 = 1.959963984540054;

    /** chi²/(n−2) of a weighted fit; NaN with two points or when unweighted. */
    public double reducedChiSquare() {
        return weighted && line.degreesOfFreedom() > 0 ? line.chiSquare() / line.degreesOfFreedom() : Double.NaN;
    }

    /**
     * D (cm²/s) or sigma (S/cm, i.e. the fitted sigma·T divided by T) at a temperature, with its
     * standard error and a 95% confidence interval computed in log space from the parameter
     * covariance (so it is asymmetric and stays positive).
     */
    public Prediction predict(double temperatureKelvin) {
        Estimate ln = line.at(1.0 / (org.ionhop.common.Units.KB_EV_PER_K * temperatureKelvin));
        double divisor = form == ArrheniusForm.CONDUCTIVITY_TIMES_T ? temperatureKelvin : 1.0;
        double value = Math.exp(ln.value()) / divisor;
        return new Prediction(temperatureKelvin, new Estimate(value, value * ln.stderr()),
                Math.exp(ln.value() - Z95 * ln.stderr()) / divisor, Math.exp(ln.value() + Z95 * ln.stderr()) / divisor);
    }

    /**
     * An extrapolated value with standard error (delta method) and 95% confidence bounds.
     */
    public record Prediction(double temperatureKelvin, Estimate value, double lower95, double upper95) {}
}
