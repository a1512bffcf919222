package org.ionhop.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Transport coefficients of one temperature, with standard errors from the scatter between
 * {@code statisticalUnits} independent units (see {@link ErrorSource}). The estimators are means over
 * units, so (estimate − truth)/stderr follows Student's t with statisticalUnits − 1 degrees of freedom.
 *
 * @param temperatureKelvin   temperature, K
 * @param tracerMsd           tracer MSD tensor versus lag, averaged over ions, replicas and origins
 * @param collectiveMsd       centre-of-mass MSD tensor |Σ_k Δr_k|²/N versus lag, averaged over replicas and origins
 * @param fitWindow           the fit window as fractions of the longest lag of a unit
 * @param fitStartSeconds     first lag used in the fit, s
 * @param fitEndSeconds       last lag used in the fit, s
 * @param tracer              tracer diffusion tensor D*, cm²/s
 * @param jump                jump (collective) diffusion tensor D_J, cm²/s
 * @param havenRatio          H = D*_iso / D_J_iso (ratio of means, delta-method error with the
 *                            covariance of D* and D_J across units)
 * @param correlationFactor   f = D*_iso / D_random, present when the caller gave D_random
 * @param conductivitySPerCm  Nernst–Einstein sigma from D_J_iso, S/cm
 * @param ionsPerCm3          mobile-ion number density used, cm⁻³
 * @param chargeNumber        ion charge number z used
 * @param errorSource         replicas or time blocks
 * @param statisticalUnits    number of independent units the errors come from
 * @param replicas            number of replica trajectories
 * @param problems            why these numbers are not a result (D*_iso or D_J_iso, hence sigma,
 *                            negative beyond its error bar); empty for a valid result. An invalid
 *                            temperature is kept in the HDF5 file (flagged) for diagnosis, but left
 *                            out of the Arrhenius fits and of the summary's numbers
 * @param tensorProblems      why a tensor's principal values and axes are not a result (a principal
 *                            value negative beyond its error bar: the anisotropy is not resolved);
 *                            the orientation averages stay valid, being unbiased means over units
 */
public record TransportResult(double temperatureKelvin, MsdCurve tracerMsd, MsdCurve collectiveMsd,
                              FitWindow fitWindow, double fitStartSeconds, double fitEndSeconds,
                              DiffusionTensor tracer, DiffusionTensor jump, Estimate havenRatio,
                              Optional<Estimate> correlationFactor, Estimate conductivitySPerCm,
                              double ionsPerCm3, int chargeNumber, ErrorSource errorSource,
                              int statisticalUnits, int replicas, List<String> problems,
                              List<String> tensorProblems) {

    public TransportResult {
        problems = List.copyOf(problems);
        tensorProblems = List.copyOf(tensorProblems);
    }

    /** Whether these numbers may be reported as a result. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
