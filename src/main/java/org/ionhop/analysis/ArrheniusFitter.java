package org.ionhop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ionhop.common.Units;

/**
 * Weighted least-squares Arrhenius fits of ln D or ln(sigma T) versus 1/(kB T).
 *
 * <p>Weights are 1/σ_ln² with σ_ln² = (stderr/value)² × ν/(ν−2) (the error of a logarithm; the factor is
 * the variance of a Student-t error with ν degrees of freedom, see
 * {@link ArrheniusPoint#varianceInflation()}: per-temperature errors estimated from 8 units would
 * otherwise be trusted too much and the Ea error would be ~20% too small). Degenerate cases:
 * fewer than two usable temperatures → empty; exactly two → the line through both, errors
 * propagated from theirs; any usable point with a zero or missing error → unweighted fit with errors
 * from the residual scatter (NaN for two points), see {@link ArrheniusFit#weighted()}; non-positive
 * values are left out and listed.
 */
public final class ArrheniusFitter {
    private ArrheniusFitter() {}

    public static Optional<ArrheniusFit> fit(ArrheniusForm form, List<ArrheniusPoint> points) {
        List<Double> x = new ArrayList<>(), y = new ArrayList<>(), sigma = new ArrayList<>();
        List<Double> excluded = new ArrayList<>();
        for (ArrheniusPoint p : points) {
            if (!(p.value() > 0) || !Double.isFinite(p.value()) || !(p.temperatureKelvin() > 0)) {
                excluded.add(p.temperatureKelvin());
                continue;
            }
            double scaled = form == ArrheniusForm.CONDUCTIVITY_TIMES_T ? p.value() * p.temperatureKelvin() : p.value();
            x.add(1.0 / (Units.KB_EV_PER_K * p.temperatureKelvin()));
            y.add(Math.log(scaled));
            sigma.add(p.stderr() / p.value() * Math.sqrt(p.varianceInflation()));
        }
        if (x.stream().distinct().count() < 2) return Optional.empty();
        boolean weighted = sigma.stream().allMatch(s -> s > 0 && Double.isFinite(s));
        double[] xs = toArray(x), ys = toArray(y);
        LineFit line;
        if (weighted) {
            double[] w = sigma.stream().mapToDouble(s -> 1.0 / (s * s)).toArray();
            line = LineFit.weighted(xs, ys, w);
        } else {
            line = LineFit.unweighted(xs, ys);
        }
        Estimate ea = new Estimate(-line.slope(), Math.sqrt(line.covariance()[1][1]));
        double a = Math.exp(line.intercept());
        Estimate prefactor = new Estimate(a, a * Math.sqrt(line.covariance()[0][0]));
        return Optional.of(new ArrheniusFit(form, ea, prefactor, line, weighted, List.copyOf(excluded)));
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
