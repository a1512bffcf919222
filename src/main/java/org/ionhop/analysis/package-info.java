/**
 * From trajectories to transport coefficients with honest error bars.
 *
 * <p>Entry points: {@link org.ionhop.analysis.TransportAnalyzer#analyze} (one temperature) and
 * {@link org.ionhop.analysis.ArrheniusSummary#of} (over temperatures). Choices, and why:
 * <ul>
 *   <li><b>MSD</b>: direct sum over time origins (every k-th sample, k chosen so at most
 *       {@code maxOriginsPerLag} origins per lag; all origins for short runs) on an even grid of at
 *       most {@code maxLagCount} lags up to the full length. Tracer = &lt;Δr_a Δr_b&gt; per ion;
 *       collective = &lt;(ΣΔr)_a (ΣΔr)_b&gt;/N; both as full 3x3 tensors.</li>
 *   <li><b>D</b>: least-squares slope (with intercept) of MSD/2 over the fit window, default 10%–50%
 *       of the longest lag ({@link org.ionhop.analysis.FitWindow}); 1 Å²/s = 1e-16 cm²/s.</li>
 *   <li><b>Errors</b>: D is fitted per independent unit — replicas, or equal time blocks when there
 *       are fewer than 8 replicas (block averaging) — and reported as mean ± standard error of the
 *       mean; (estimate − truth)/stderr is then Student-t with units − 1 degrees of freedom.</li>
 *   <li><b>D_iso</b> = trace/3 always (orientation average, the isotropic Nernst–Einstein input);
 *       {@code networkAverage} = trace/d with d the number of non-zero principal values is the
 *       in-plane D of a 2D conductor. Principal values/axes by EJML.</li>
 *   <li><b>Haven ratio</b>: ratio of the mean D*_iso and D_J_iso (not the mean of per-unit ratios,
 *       which is biased by the noise of D_J), delta-method error including their covariance across
 *       units (D* and D_J come from the same trajectories and are correlated).</li>
 *   <li><b>Arrhenius</b>: weighted least squares of ln D or ln(sigma T) versus 1/(kB T); weights
 *       include the Student-t variance factor ν/(ν−2) of the per-temperature errors; parameter errors
 *       are propagated, not rescaled by chi² (reported separately); 300 K extrapolation with a 95%
 *       interval from the parameter covariance.</li>
 * </ul>
 */
package org.ionhop.analysis;
