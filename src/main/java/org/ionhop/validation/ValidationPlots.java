package org.ionhop.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.Units;
import org.ionhop.output.ResultPlots;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Figures of the validation report: a parity plot of the predictions only (IonHop from published inputs
 * against independent published results, log10 of both, error bars = statistics and input uncertainty);
 * the analytic and input-recovery checks apart in parity_checks.png (agreement there is not evidence about
 * a material); and, per case with temperatures, an Arrhenius plot that
 * overlays the simulation (points, fit) with the experiment (points with their range, measured slope).
 */
public final class ValidationPlots {
    private ValidationPlots() {}

    /** Writes parity.png, parity_checks.png and arrhenius_&lt;case&gt;.png; returns the files. */
    public static List<Path> writeAll(Path dir, List<CaseResult> results) throws IOException {
        List<Path> out = new ArrayList<>();
        Path parity = dir.resolve("parity.png");
        writeParity(parity, results, List.of(Tier.PREDICTION),
                "Predictions from published inputs vs independent published results (log10)");
        out.add(parity);
        Path checks = dir.resolve("parity_checks.png");
        writeParity(checks, results, List.of(Tier.ANALYTIC, Tier.INPUT_RECOVERY),
                "Analytic and input-recovery checks (not evidence about a material; log10)");
        out.add(checks);
        for (CaseResult r : results) {
            if (r.arrhenius().isEmpty()) continue;
            Path p = dir.resolve("arrhenius_" + r.name() + ".png");
            writeArrhenius(p, r.name(), r.arrhenius().get());
            out.add(p);
        }
        return out;
    }

    static void writeParity(Path png, List<CaseResult> results, List<Tier> tiers, String title) throws IOException {
        XYChart chart = ResultPlots.chart(title, "reference (log10)", "IonHop (log10)");
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Tier tier : tiers) {
            List<Double> x = new ArrayList<>(), y = new ArrayList<>(), e = new ArrayList<>();
            for (CaseResult r : results) {
                Comparison c = r.comparison();
                if (r.tier() != tier || !(c.reference().value() > 0) || !(c.result().value() > 0)) continue;
                double rx = Math.log10(c.reference().value()), ry = Math.log10(c.result().value());
                x.add(rx);
                y.add(ry);
                double se = Double.isFinite(c.result().stderr()) ? c.result().stderr() : 0;
                e.add(Math.hypot(se, c.result().inputUncertainty()) / (c.result().value() * Math.log(10)));
                lo = Math.min(lo, Math.min(rx, ry));
                hi = Math.max(hi, Math.max(rx, ry));
            }
            if (x.isEmpty()) continue;
            XYSeries s = chart.addSeries(tier.label(), x, y, e);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        if (lo < hi) ResultPlots.line(chart, "y = x", new double[] {lo - 0.5, hi + 0.5}, new double[] {lo - 0.5, hi + 0.5}, true);
        ResultPlots.save(png, chart);
    }

    static void writeArrhenius(Path png, String name, ArrheniusOverlay o) throws IOException {
        XYChart chart = ResultPlots.chart("Arrhenius: " + name, "1000 / T (1/K)", "log10(" + o.quantity() + ")");
        List<Double> x = new ArrayList<>(), y = new ArrayList<>(), e = new ArrayList<>();
        double xmin = Double.POSITIVE_INFINITY, xmax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < o.temperaturesKelvin().length; i++) {
            double v = o.values()[i];
            double xi = 1000 / o.temperaturesKelvin()[i];
            xmin = Math.min(xmin, xi);
            xmax = Math.max(xmax, xi);
            if (!(v > 0)) continue;
            x.add(xi);
            y.add(Math.log10(v));
            e.add(Double.isFinite(o.stderrs()[i]) ? o.stderrs()[i] / (v * Math.log(10)) : 0);
        }
        for (ArrheniusOverlay.ExperimentPoint p : o.experiment()) {
            xmin = Math.min(xmin, 1000 / p.temperatureKelvin());
            xmax = Math.max(xmax, 1000 / p.temperatureKelvin());
        }
        if (!x.isEmpty()) {
            XYSeries s = chart.addSeries("IonHop", x, y, e);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        double xAnchor = 1000 / harmonicMean(o.temperaturesKelvin());
        if (Double.isFinite(o.fitEaEv()) && o.fitValueAtMeanT() > 0) {
            slopeLine(chart, String.format("IonHop fit, Ea = %.3f eV", o.fitEaEv()), o.fitEaEv(), xAnchor,
                    Math.log10(o.fitValueAtMeanT()), xmin, xmax, o.timesT(), false);
        }
        for (ArrheniusOverlay.ExperimentPoint p : o.experiment()) {
            double px = 1000 / p.temperatureKelvin(), py = Math.log10(p.value());
            double half = Math.max(py - Math.log10(p.low()), Math.log10(p.high()) - py);
            XYSeries s = chart.addSeries("experiment: " + p.label(), new double[] {px}, new double[] {py}, new double[] {half});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        if (Double.isFinite(o.experimentEaEv())) {
            boolean throughPoint = !o.experiment().isEmpty();
            double ax = throughPoint ? 1000 / o.experiment().get(0).temperatureKelvin() : xAnchor;
            double ay = throughPoint ? Math.log10(o.experiment().get(0).value()) : Math.log10(o.fitValueAtMeanT());
            if (Double.isFinite(ay)) {
                slopeLine(chart, String.format("measured Ea = %.2f eV (slope only%s)", o.experimentEaEv(),
                        throughPoint ? ", through the measured point" : ", drawn through the IonHop fit"),
                        o.experimentEaEv(), ax, ay, xmin, xmax, o.timesT(), true);
            }
        }
        ResultPlots.save(png, chart);
    }

    /**
     * The Arrhenius law through (ax, ay), x = 1000/T: log10 y = ay − Ea/(kB ln10)·(x − ax)/1000, plus
     * log10(x/ax) when the law is for y·T (then y itself ∝ e^{−Ea/kT}/T).
     */
    private static void slopeLine(XYChart chart, String name, double eaEv, double ax, double ay, double xmin,
                                  double xmax, boolean timesT, boolean dashed) {
        double slopePerX = -eaEv / (Units.KB_EV_PER_K * Math.log(10) * 1000);
        int n = 20;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xmin + (xmax - xmin) * i / (n - 1);
            y[i] = ay + slopePerX * (x[i] - ax) + (timesT ? Math.log10(x[i] / ax) : 0);
        }
        ResultPlots.line(chart, name, x, y, dashed);
    }

    private static double harmonicMean(double[] t) {
        double s = 0;
        for (double x : t) s += 1 / x;
        return t.length / s;
    }
}
