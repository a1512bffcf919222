package org.ionhop.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.Estimate;
import org.ionhop.analysis.MsdCurve;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG plots of a run (XChart, written atomically): the MSD versus time per temperature and the
 * Arrhenius plots of conductivity and diffusion coefficients with error bars and fit lines.
 */
public final class ResultPlots {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 620;
    private static final double LN10 = Math.log(10);

    private ResultPlots() {}

    /**
     * Writes msd_&lt;T&gt;K.png per temperature, arrhenius_conductivity.png and arrhenius_diffusion.png
     * into a directory; returns the files written.
     */
    public static List<Path> writeAll(Path directory, List<TransportResult> results, ArrheniusSummary arrhenius)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (TransportResult r : results) {
            Path p = directory.resolve("msd_" + Hdf5ResultWriter.groupName(r.temperatureKelvin()) + ".png");
            writeMsdPlot(p, r);
            written.add(p);
        }
        Path sigma = directory.resolve("arrhenius_conductivity.png");
        writeConductivityArrhenius(sigma, results, arrhenius);
        written.add(sigma);
        Path d = directory.resolve("arrhenius_diffusion.png");
        writeDiffusionArrhenius(d, results, arrhenius);
        written.add(d);
        return written;
    }

    /** Tracer and collective MSD (trace of the tensor) versus lag, with the fitted slopes over the fit window. */
    public static void writeMsdPlot(Path png, TransportResult r) throws IOException {
        MsdCurve tracer = r.tracerMsd();
        TimeUnit unit = TimeUnit.forMax(tracer.lagSeconds()[tracer.lagCount() - 1]);
        XYChart chart = chart("Mean-square displacement at " + Hdf5ResultWriter.groupName(r.temperatureKelvin()),
                "time lag (" + unit.symbol + ")", "MSD <|Δr|²> (Å²)");
        line(chart, "tracer <|Δr_k|²>", scaled(tracer.lagSeconds(), unit), traces(tracer), false);
        line(chart, "collective <|Σ Δr_k|²>/N", scaled(tracer.lagSeconds(), unit), traces(r.collectiveMsd()), false);
        fitLine(chart, "fit: slope 6 D*", tracer, r, r.tracer().isotropic(), unit);
        fitLine(chart, "fit: slope 6 D_J", r.collectiveMsd(), r, r.jump().isotropic(), unit);
        double[] lags = scaled(tracer.lagSeconds(), unit);
        roundXTicks(chart, lags[lags.length - 1], lags.length > 1 ? lags[1] - lags[0] : 0);
        save(png, chart);
    }

    /** log10 sigma versus 1000/T with error bars, the sigma·T Arrhenius fit and its 300 K extrapolation. */
    public static void writeConductivityArrhenius(Path png, List<TransportResult> results, ArrheniusSummary s)
            throws IOException {
        XYChart chart = chart("Arrhenius plot of the Nernst–Einstein conductivity",
                "1000 / T (1/K)", "log10(σ / (S/cm))");
        points(chart, "σ (Nernst–Einstein)", results, TransportResult::conductivitySPerCm);
        s.conductivity().ifPresent(fit -> {
            fitCurve(chart, fit, results, title("σT", fit));
            ArrheniusFit.Prediction p = fit.predict(ArrheniusSummary.REFERENCE_TEMPERATURE_KELVIN);
            double halfWidth = Math.log10(p.upper95() / p.lower95()) / 2;
            XYSeries series = chart.addSeries("300 K extrapolation (95% CI)",
                    new double[] {1000 / p.temperatureKelvin()}, new double[] {Math.log10(p.value().value())},
                    new double[] {halfWidth});
            series.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.DIAMOND);
        });
        save(png, chart);
    }

    /** log10 D* and log10 D_J versus 1000/T with error bars and their Arrhenius fits. */
    public static void writeDiffusionArrhenius(Path png, List<TransportResult> results, ArrheniusSummary s)
            throws IOException {
        XYChart chart = chart("Arrhenius plot of the diffusion coefficients", "1000 / T (1/K)",
                "log10(D / (cm²/s))");
        points(chart, "D* (tracer)", results, r -> r.tracer().isotropic());
        points(chart, "D_J (jump)", results, r -> r.jump().isotropic());
        s.tracerDiffusion().ifPresent(fit -> fitCurve(chart, fit, results, title("D*", fit)));
        s.jumpDiffusion().ifPresent(fit -> fitCurve(chart, fit, results, title("D_J", fit)));
        save(png, chart);
    }

    private static String title(String what, ArrheniusFit fit) {
        return String.format("fit %s: Ea = %.3f ± %.3f eV", what, fit.activationEnergyEv().value(),
                fit.activationEnergyEv().stderr());
    }

    /** A white chart in the style of every IonHop plot (headless, legend below). */
    public static XYChart chart(String title, String xTitle, String yTitle) {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setXAxisDecimalPattern("0.###");
        chart.getStyler().setYAxisDecimalPattern("0.###");
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        return chart;
    }

    /**
     * The tick step for an axis from 0 to {@code max}: 1, 2 or 5 × 10^n, giving 4 to 10 ticks.
     */
    public static double roundTickStep(double max) {
        if (!(max > 0) || !Double.isFinite(max)) return 1;
        double decade = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10}) {
            double step = m * decade;
            if (max / step <= 10) return step;
        }
        return 10 * decade;
    }

    /**
     * Round x-axis ticks (multiples of {@link #roundTickStep}) for data on an equally spaced grid
     * (MSD lags, NEB images): XChart then puts ticks on multiples of the grid spacing (e.g. 5.953 µs).
     * An invisible point at the first round value past the data breaks that regularity and ends the
     * axis on a tick.
     */
    public static void roundXTicks(XYChart chart, double maxX, double gridSpacing) {
        double step = roundTickStep(maxX);
        double end = Math.ceil(maxX / step * (1 - 1e-12)) * step;
        if (end <= maxX * (1 + 1e-12) || Math.abs(end - maxX - gridSpacing) < 1e-3 * Math.abs(gridSpacing)) end += step;
        XYSeries ghost = chart.addSeries("\u200b", new double[] {end}, new double[] {Double.NaN});
        ghost.setShowInLegend(false);
        ghost.setMarker(SeriesMarkers.NONE);
        ghost.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(end);
    }

    /** A line without markers, optionally dashed. */
    public static void line(XYChart chart, String name, double[] x, double[] y, boolean dashed) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        if (dashed) {
            s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        }
    }

    /** The least-squares line of slope 6 D through the curve's mean over the fit window. */
    private static void fitLine(XYChart chart, String name, MsdCurve curve, TransportResult r, Estimate d,
                                TimeUnit unit) {
        double sumT = 0, sumY = 0;
        int n = 0;
        for (int i = 0; i < curve.lagCount(); i++) {
            double t = curve.lagSeconds()[i];
            if (t >= r.fitStartSeconds() * (1 - 1e-12) && t <= r.fitEndSeconds() * (1 + 1e-12)) {
                sumT += t;
                sumY += curve.trace(i);
                n++;
            }
        }
        if (n == 0 || !Double.isFinite(d.value())) return;
        double slopeA2PerS = 6 * d.value() / Units.ANGSTROM2_TO_CM2;
        double t0 = r.fitStartSeconds(), t1 = r.fitEndSeconds(), tm = sumT / n, ym = sumY / n;
        line(chart, name, new double[] {t0 / unit.seconds, t1 / unit.seconds},
                new double[] {ym + slopeA2PerS * (t0 - tm), ym + slopeA2PerS * (t1 - tm)}, true);
    }

    private static void points(XYChart chart, String name, List<TransportResult> results,
                               Function<TransportResult, Estimate> quantity) {
        List<Double> x = new ArrayList<>(), y = new ArrayList<>(), err = new ArrayList<>();
        for (TransportResult r : results) {
            Estimate e = quantity.apply(r);
            if (!(e.value() > 0) || !r.valid()) continue; // no logarithm of a non-positive estimate; no non-results
            x.add(1000 / r.temperatureKelvin());
            y.add(Math.log10(e.value()));
            err.add(Double.isFinite(e.stderr()) ? e.stderr() / (e.value() * LN10) : 0.0);
        }
        if (x.isEmpty()) return;
        XYSeries s = chart.addSeries(name, x, y, err);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    }

    /** The fitted law as log10 of D or sigma over the measured range extended to 300 K. */
    private static void fitCurve(XYChart chart, ArrheniusFit fit, List<TransportResult> results, String name) {
        double lo = Double.POSITIVE_INFINITY, hi = 1000 / ArrheniusSummary.REFERENCE_TEMPERATURE_KELVIN;
        for (TransportResult r : results) {
            lo = Math.min(lo, 1000 / r.temperatureKelvin());
            hi = Math.max(hi, 1000 / r.temperatureKelvin());
        }
        int n = 50;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
            y[i] = Math.log10(fit.predict(1000 / x[i]).value().value());
        }
        line(chart, name, x, y, true);
    }

    private static double[] traces(MsdCurve c) {
        double[] y = new double[c.lagCount()];
        for (int i = 0; i < y.length; i++) y[i] = c.trace(i);
        return y;
    }

    private static double[] scaled(double[] seconds, TimeUnit unit) {
        double[] x = new double[seconds.length];
        for (int i = 0; i < x.length; i++) x[i] = seconds[i] / unit.seconds;
        return x;
    }

    /** Writes the chart as PNG, atomically. */
    public static void save(Path png, XYChart chart) throws IOException {
        AtomicFiles.writeBytes(png, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }

    /** A time unit that puts the longest lag between 1 and 1000 of it. */
    private enum TimeUnit {
        S("s", 1), MS("ms", 1e-3), US("µs", 1e-6), NS("ns", 1e-9), PS("ps", 1e-12), FS("fs", 1e-15);

        final String symbol;
        final double seconds;

        TimeUnit(String symbol, double seconds) {
            this.symbol = symbol;
            this.seconds = seconds;
        }

        static TimeUnit forMax(double maxSeconds) {
            for (TimeUnit u : values()) if (maxSeconds >= u.seconds) return u;
            return FS;
        }
    }
}
