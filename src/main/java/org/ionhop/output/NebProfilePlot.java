package org.ionhop.output;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.ionhop.rates.neb.HermiteSpline;
import org.ionhop.rates.neb.NebBarriers;
import org.ionhop.rates.neb.NebProfile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws an NEB profile (images, the Hermite spline through them, the saddle estimates) to a PNG. */
public final class NebProfilePlot {
    private static final int SPLINE_POINTS = 400;

    private NebProfilePlot() {}

    /** Writes the plot atomically (temporary file in the same folder, then rename). */
    public static void write(NebProfile profile, NebBarriers barriers, Path png) throws IOException {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        XYChart chart = chart(profile, barriers);
        Path dir = png.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + png.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
            Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static XYChart chart(NebProfile profile, NebBarriers b) {
        double[] x = profile.reactionCoordinateAngstrom();
        double[] e = profile.relativeEnergyEv();
        String xTitle = profile.coordinateIsImageIndex() ? "image" : "reaction coordinate (Å)";
        XYChart chart = new XYChartBuilder().width(800).height(520)
                .title(String.format("%s: forward %.3f eV, backward %.3f eV, E_KRA %.3f eV",
                        profile.source().getFileName(), b.forwardEv(), b.backwardEv(), b.kraEv()))
                .xAxisTitle(xTitle).yAxisTitle("E − E(initial image) (eV)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));

        HermiteSpline spline = NebBarriers.splineOf(profile);
        double[] sx = new double[SPLINE_POINTS];
        double[] sy = new double[SPLINE_POINTS];
        for (int i = 0; i < SPLINE_POINTS; i++) {
            sx[i] = x[0] + (x[x.length - 1] - x[0]) * i / (SPLINE_POINTS - 1);
            sy[i] = spline.value(sx[i]);
        }
        XYSeries line = chart.addSeries(b.splineUsesForces() ? "spline (tangential forces)"
                : "spline (finite-difference slopes)", sx, sy);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(new Color(70, 110, 180));

        XYSeries images = chart.addSeries("images", x, e);
        images.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        images.setMarker(SeriesMarkers.CIRCLE);
        images.setMarkerColor(Color.BLACK);

        XYSeries max = chart.addSeries(String.format("spline maximum %.3f eV", b.splineSaddleEv()),
                new double[] {b.splineSaddleAngstrom()}, new double[] {b.splineSaddleEv()});
        max.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        max.setMarker(SeriesMarkers.DIAMOND);
        max.setMarkerColor(new Color(200, 60, 40));
        return chart;
    }
}
