package org.ionhop.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A picture of a composite's zones: the sites in a slab through the middle of the supercell,
 * normal to the supercell vector b (so layers stacked along a or c and inclusions show), drawn in
 * the a–c plane, one colour per zone. The slab is as thick as the smallest gap between site planes
 * that holds sites, so one plane of sites is shown for simple lattices and a thin slab otherwise.
 */
public final class RegionSlicePlot {
    /** Well-separated colours (phases first, then interface bands), repeated if there are more zones. */
    private static final java.awt.Color[] PALETTE = {
        new java.awt.Color(0x1f77b4), new java.awt.Color(0xff7f0e), new java.awt.Color(0x2ca02c),
        new java.awt.Color(0xd62728), new java.awt.Color(0x9467bd), new java.awt.Color(0x8c564b),
        new java.awt.Color(0xe377c2), new java.awt.Color(0x7f7f7f), new java.awt.Color(0xbcbd22),
        new java.awt.Color(0x17becf)};

    private RegionSlicePlot() {}

    public static void write(Path png, RegionLayout layout) throws IOException {
        double[][] v = layout.latticeVectorsAngstrom();
        double[] a = unit(v[0]);
        double[] c = v[2];
        // Normal to the a-c plane; the slab is around the plane through the supercell centre.
        double[] n = unit(cross(v[2], v[0]));
        double[] centre = {(v[0][0] + v[1][0] + v[2][0]) / 2, (v[0][1] + v[1][1] + v[2][1]) / 2,
                (v[0][2] + v[1][2] + v[2][2]) / 2};
        double[] xyz = layout.siteCartesianAngstrom();
        int sites = xyz.length / 3;
        double[] depth = new double[sites];
        double nearest = Double.POSITIVE_INFINITY;
        for (int s = 0; s < sites; s++) {
            depth[s] = (xyz[3 * s] - centre[0]) * n[0] + (xyz[3 * s + 1] - centre[1]) * n[1] + (xyz[3 * s + 2] - centre[2]) * n[2];
            nearest = Math.min(nearest, Math.abs(depth[s]));
        }
        double half = nearest + 0.75; // the nearest plane of sites, and anything within 0.75 Å of it
        // In-plane coordinates: along a, and along the part of c normal to a.
        double[] cPerp = unit(sub(c, scale(a, dot(c, a))));
        int zones = layout.zoneNames().size();
        List<List<double[]>> points = new ArrayList<>();
        for (int z = 0; z < zones; z++) points.add(new ArrayList<>());
        for (int s = 0; s < sites; s++) {
            if (Math.abs(depth[s]) > half) continue;
            double[] r = {xyz[3 * s], xyz[3 * s + 1], xyz[3 * s + 2]};
            points.get(layout.siteZone()[s]).add(new double[] {dot(r, a), dot(r, cPerp)});
        }
        XYChart chart = ResultPlots.chart("Regions: sites in a slice through the supercell (normal to b)",
                "along a (Å)", "along c, normal to a (Å)");
        chart.getStyler().setMarkerSize(9);
        for (int z = 0; z < zones; z++) {
            List<double[]> p = points.get(z);
            if (p.isEmpty()) continue;
            double[] x = p.stream().mapToDouble(q -> q[0]).toArray();
            double[] y = p.stream().mapToDouble(q -> q[1]).toArray();
            XYSeries s = chart.addSeries(layout.zoneNames().get(z) + " (" + p.size() + " sites shown)", x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(PALETTE[z % PALETTE.length]);
        }
        ResultPlots.save(png, chart);
    }

    private static double dot(double[] x, double[] y) { return x[0] * y[0] + x[1] * y[1] + x[2] * y[2]; }

    private static double[] scale(double[] x, double f) { return new double[] {x[0] * f, x[1] * f, x[2] * f}; }

    private static double[] sub(double[] x, double[] y) { return new double[] {x[0] - y[0], x[1] - y[1], x[2] - y[2]}; }

    private static double[] cross(double[] x, double[] y) {
        return new double[] {x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]};
    }

    private static double[] unit(double[] x) { return scale(x, 1 / Math.sqrt(dot(x, x))); }
}
