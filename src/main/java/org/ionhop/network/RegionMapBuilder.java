package org.ionhop.network;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ionhop.common.InputException;
import org.ionhop.crystal.Cell;
import org.ionhop.deck.RegionsSpec;
import org.joml.Vector3d;

/**
 * Assigns every site of a built network to a phase and a domain from the deck's region geometry,
 * and finds the interface bands. Everything random (inclusion centres, grain seeds) comes from the
 * geometry's own seed, never the run's: the same deck gives the same map for every replica and
 * temperature.
 */
public final class RegionMapBuilder {
    /** Positions this close to a layer boundary (Å) count as above it, so sites on a cell face are not split by rounding. */
    private static final double BOUNDARY_EPS_ANGSTROM = 1e-6;

    /** Distances this close to an interface width (Å) count as within it. */
    private static final double WIDTH_EPS_ANGSTROM = 1e-6;

    private final HopNetwork network;
    private final RegionsSpec spec;
    private final Cell cell;
    private final double[] frac;   // 3 per site, in [0, 1) of the supercell
    private final boolean orthogonal;

    private RegionMapBuilder(HopNetwork network, RegionsSpec spec) {
        this.network = network;
        this.spec = spec;
        this.cell = network.supercellCell();
        int n = network.siteCount();
        frac = new double[3 * n];
        double[] xyz = network.siteCartesian();
        Vector3d f = new Vector3d();
        for (int s = 0; s < n; s++) {
            cell.toFractional(new Vector3d(xyz[3 * s], xyz[3 * s + 1], xyz[3 * s + 2]), f);
            frac[3 * s] = f.x - Math.floor(f.x);
            frac[3 * s + 1] = f.y - Math.floor(f.y);
            frac[3 * s + 2] = f.z - Math.floor(f.z);
        }
        orthogonal = Math.abs(cell.alphaDeg() - 90) < 1e-6 && Math.abs(cell.betaDeg() - 90) < 1e-6
                && Math.abs(cell.gammaDeg() - 90) < 1e-6;
    }

    /**
     * The region map of {@code network} under {@code spec}.
     *
     * @throws InputException located at the deck's regions section when the geometry does not fit
     *         the supercell, or a boundary between two phases has no interface entry
     */
    public static RegionMap build(HopNetwork network, RegionsSpec spec) {
        return new RegionMapBuilder(network, spec).build();
    }

    private RegionMap build() {
        int n = network.siteCount();
        int[] phase = new int[n];
        int[] domain = new int[n];
        RegionsSpec.Geometry g = spec.geometry();
        if (g instanceof RegionsSpec.Layers l) layers(l, phase, domain);
        else if (g instanceof RegionsSpec.Inclusions i) inclusions(i, phase, domain);
        else if (g instanceof RegionsSpec.Grains gr) grains(gr, phase, domain);
        else mapFile((RegionsSpec.MapFile) g, phase, domain);

        int p = spec.phases().size();
        int[][] interfaceOf = new int[p][p];
        for (int[] row : interfaceOf) Arrays.fill(row, -1);
        List<String> names = spec.phaseNames();
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                for (int k = 0; k < spec.interfaces().size(); k++) {
                    if (spec.interfaces().get(k).covers(names.get(a), names.get(b))) {
                        interfaceOf[a][b] = k;
                        break;
                    }
                }
            }
        }
        checkBoundariesCovered(phase, domain, interfaceOf);
        int[] band = bands(phase, domain, interfaceOf);
        List<String> interfaceNames = spec.interfaces().stream().map(RegionsSpec.Interface::name).toList();
        return new RegionMap(names, interfaceNames, phase, domain, band, interfaceOf);
    }

    private void checkBoundariesCovered(int[] phase, int[] domain, int[][] interfaceOf) {
        int[] start = network.hopStart();
        int[] target = network.hopTarget();
        for (int s = 0; s < phase.length; s++) {
            for (int h = start[s]; h < start[s + 1]; h++) {
                int t = target[h];
                if (domain[s] != domain[t] && phase[s] != phase[t] && interfaceOf[phase[s]][phase[t]] < 0) {
                    String a = spec.phases().get(phase[s]).name(), b = spec.phases().get(phase[t]).name();
                    throw spec.where().error("hops cross the boundary between phases " + a + " and " + b
                                    + " but regions.interfaces has no entry for it",
                            "add to regions.interfaces: - {between: [" + a + ", " + b
                                    + "], width_angstrom: 0, barrier_scale: 1.0} (and your interface barriers)");
                }
            }
        }
    }

    // ---- geometries ----

    private void layers(RegionsSpec.Layers l, int[] phase, int[] domain) {
        int axis = l.axis();
        double height = cell.planeSpacings()[axis];                  // supercell thickness along the normal, Å
        double cellHeight = height / network.supercell()[axis];      // one conventional cell
        int layers = l.stack().size();
        double[] top = new double[layers];
        double period = 0;
        for (int k = 0; k < layers; k++) {
            RegionsSpec.Layer layer = l.stack().get(k);
            period += layer.inCells() ? layer.thickness() * cellHeight : layer.thickness();
            top[k] = period;
        }
        double repeats = height / period;
        if (Math.abs(repeats - Math.rint(repeats)) > 1e-6 * Math.max(1, repeats) || Math.rint(repeats) < 1) {
            throw l.where().error(String.format("the layer stack is %.4f Å thick but the supercell is %.4f Å along the "
                            + "normal to %s: the stack must repeat a whole number of times, or the periodic images "
                            + "would join two layers of the same phase", period, height, "abc".charAt(axis)),
                    String.format("give thicknesses that add up to %.4f Å (or %.4f/k), e.g. in thickness_cells "
                            + "(one cell = %.4f Å)", height, height, cellHeight));
        }
        for (int s = 0; s < phase.length; s++) {
            double x = frac[3 * s + axis] * height + BOUNDARY_EPS_ANGSTROM;
            int repeat = (int) Math.floor(x / period);
            double in = x - repeat * period;
            int k = 0;
            while (k < layers - 1 && in >= top[k]) k++;
            repeat = Math.floorMod(repeat, (int) Math.rint(repeats));
            phase[s] = spec.phaseIndex(l.stack().get(k).phase());
            domain[s] = repeat * layers + k;
        }
    }

    private void inclusions(RegionsSpec.Inclusions inc, int[] phase, int[] domain) {
        double r = inc.radiusAngstrom();
        double[] spacing = cell.planeSpacings();
        int axis = inc.cylinder() ? inc.axis() : -1;
        for (int a = 0; a < 3; a++) {
            if (a != axis && 2 * r >= spacing[a]) {
                throw inc.where().error(String.format("an inclusion of radius %.3f Å does not fit the supercell "
                        + "(%.3f Å along %s): it would overlap its own periodic image", r, spacing[a], "abc".charAt(a)),
                        "use a smaller radius_angstrom or a larger supercell");
            }
        }
        double volume = cell.volume();
        double one = inc.cylinder() ? Math.PI * r * r * axisLength(axis) : 4.0 / 3 * Math.PI * r * r * r;
        int count = (int) Math.max(1, Math.round(inc.volumeFraction() * volume / one));
        UniformRandomProvider random = RandomSource.L64_X128_MIX.create(new long[] {inc.seed(), 0x1c105L});
        List<double[]> centres = new ArrayList<>();
        int attempts = 0;
        while (centres.size() < count) {
            if (++attempts > 20000 * count) {
                throw inc.where().error(String.format("could place only %d of %d non-overlapping inclusions of radius "
                                + "%.3f Å at volume fraction %.3f", centres.size(), count, r, inc.volumeFraction()),
                        "lower volume_fraction or radius_angstrom, or use a larger supercell (random non-overlapping "
                                + "packing jams near 0.3 for spheres)");
            }
            double[] c = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            boolean free = true;
            for (double[] o : centres) free &= distance(c, o, axis) >= 2 * r;
            if (free) centres.add(c);
        }
        int matrix = spec.phaseIndex(inc.matrix()), inside = spec.phaseIndex(inc.phase());
        for (int s = 0; s < phase.length; s++) {
            double[] f = {frac[3 * s], frac[3 * s + 1], frac[3 * s + 2]};
            phase[s] = matrix;
            domain[s] = 0;
            for (int k = 0; k < centres.size(); k++) {
                if (distance(f, centres.get(k), axis) <= r) {
                    phase[s] = inside;
                    domain[s] = k + 1;
                    break;
                }
            }
        }
    }

    /** Length of the supercell vector along a lattice axis, Å (a cylinder along it runs through the cell). */
    private double axisLength(int axis) {
        // V = (cross-section area normal to the axis) x (plane spacing along it); a cylinder's volume
        // is pi r^2 times its length along its own axis, and the cell's area across that axis is V / |axis vector|.
        Vector3d v = axis == 0 ? cell.vectorA() : axis == 1 ? cell.vectorB() : cell.vectorC();
        return v.length();
    }

    private void grains(RegionsSpec.Grains g, int[] phase, int[] domain) {
        UniformRandomProvider random = RandomSource.L64_X128_MIX.create(new long[] {g.seed(), 0x96a1L});
        double[][] points = new double[g.count()][];
        for (int k = 0; k < points.length; k++) {
            points[k] = new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()};
        }
        for (int s = 0; s < phase.length; s++) {
            double[] f = {frac[3 * s], frac[3 * s + 1], frac[3 * s + 2]};
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int k = 0; k < points.length; k++) {
                double d = distance(f, points[k], -1);
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
            domain[s] = best;
            phase[s] = spec.phaseIndex(g.phases().get(best % g.phases().size()));
        }
    }

    private void mapFile(RegionsSpec.MapFile m, int[] phase, int[] domain) {
        // Size cap before reading, as for every input file (a voxel map is as large as a big P1 structure at most).
        org.ionhop.common.InputFiles.requireAtMost(m.file(), org.ionhop.common.InputFiles.MAX_STRUCTURE_BYTES,
                "a region map", "use a coarser grid: a voxel need not be smaller than a site");
        List<String> lines;
        try {
            lines = Files.readAllLines(m.file());
        } catch (IOException e) {
            throw new InputException(m.file(), 0, null, "cannot read the region map: " + e.getMessage(), null);
        }
        int[] grid = null;
        List<Integer> values = new ArrayList<>();
        int headerLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").trim();
            if (line.isEmpty()) continue;
            String[] tok = line.split("\\s+");
            if (grid == null) {
                if (tok.length != 4 || !tok[0].equals("grid")) {
                    throw new InputException(m.file(), i + 1, null, "the first line of a region map must be "
                            + "'grid N1 N2 N3'", "e.g. 'grid 8 8 16', then N1*N2*N3 phase names, c index fastest");
                }
                grid = new int[3];
                for (int a = 0; a < 3; a++) {
                    try {
                        grid[a] = Integer.parseInt(tok[a + 1]);
                    } catch (NumberFormatException e) {
                        grid[a] = 0;
                    }
                    if (grid[a] < 1) throw new InputException(m.file(), i + 1, null, "grid sizes must be whole numbers >= 1",
                            "e.g. 'grid 8 8 16'");
                }
                headerLine = i + 1;
                continue;
            }
            for (String t : tok) {
                int p = spec.phaseIndex(t);
                if (p < 0) {
                    throw new InputException(m.file(), i + 1, null, "'" + t + "' is not a phase of regions.phases ("
                            + String.join(", ", spec.phaseNames()) + ")", "use the phase names of the deck");
                }
                values.add(p);
            }
        }
        if (grid == null) throw new InputException(m.file(), 0, null, "the region map is empty", "start with 'grid N1 N2 N3'");
        long expected = (long) grid[0] * grid[1] * grid[2];
        if (values.size() != expected) {
            throw new InputException(m.file(), headerLine, null, "the grid " + grid[0] + "x" + grid[1] + "x" + grid[2]
                    + " needs " + expected + " phase names, the file has " + values.size(), "write one name per voxel");
        }
        for (int s = 0; s < phase.length; s++) {
            int[] v = new int[3];
            for (int a = 0; a < 3; a++) v[a] = Math.min(grid[a] - 1, (int) Math.floor(frac[3 * s + a] * grid[a] + 1e-9));
            phase[s] = values.get((v[0] * grid[1] + v[1]) * grid[2] + v[2]);
            domain[s] = phase[s];
        }
    }

    // ---- interface bands ----

    /**
     * A site is in the band of interface k when a site of another domain, whose phase pairs with its
     * own through k, lies within k's width; the nearest such site decides. A uniform grid of bins
     * keeps this linear in the number of sites.
     */
    private int[] bands(int[] phase, int[] domain, int[][] interfaceOf) {
        int n = phase.length;
        int[] band = new int[n];
        Arrays.fill(band, -1);
        double width = 0;
        for (RegionsSpec.Interface i : spec.interfaces()) width = Math.max(width, i.widthAngstrom());
        if (width == 0) return band;
        double[] spacing = cell.planeSpacings();
        double thinnest = Math.min(spacing[0], Math.min(spacing[1], spacing[2]));
        for (RegionsSpec.Interface i : spec.interfaces()) {
            if (2 * i.widthAngstrom() >= thinnest) {
                throw i.where().error(String.format("width_angstrom must be less than half the supercell's thinnest "
                        + "extent (%.3f Å)", thinnest), "use a smaller width or a larger supercell");
            }
        }
        int[] bins = new int[3];
        for (int a = 0; a < 3; a++) bins[a] = Math.max(1, Math.min(64, (int) Math.floor(spacing[a] / width)));
        int binCount = bins[0] * bins[1] * bins[2];
        int[] binStart = new int[binCount + 1];
        int[] binOf = new int[n];
        for (int s = 0; s < n; s++) {
            int b = 0;
            for (int a = 0; a < 3; a++) b = b * bins[a] + Math.min(bins[a] - 1, (int) (frac[3 * s + a] * bins[a]));
            binOf[s] = b;
            binStart[b + 1]++;
        }
        for (int b = 0; b < binCount; b++) binStart[b + 1] += binStart[b];
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(binStart, binCount);
        for (int s = 0; s < n; s++) members[fill[binOf[s]]++] = s;

        for (int s = 0; s < n; s++) {
            int b2 = binOf[s] % bins[2], b1 = (binOf[s] / bins[2]) % bins[1], b0 = binOf[s] / (bins[1] * bins[2]);
            double best = Double.POSITIVE_INFINITY;
            int bestInterface = -1;
            double[] f = {frac[3 * s], frac[3 * s + 1], frac[3 * s + 2]};
            for (int d0 : offsets(bins[0], b0)) {
                for (int d1 : offsets(bins[1], b1)) {
                    for (int d2 : offsets(bins[2], b2)) {
                        int b = (d0 * bins[1] + d1) * bins[2] + d2;
                        for (int m = binStart[b]; m < binStart[b + 1]; m++) {
                            int t = members[m];
                            if (domain[t] == domain[s]) continue;
                            int k = interfaceOf[phase[s]][phase[t]];
                            if (k < 0) continue;
                            double d = distance(f, new double[] {frac[3 * t], frac[3 * t + 1], frac[3 * t + 2]}, -1);
                            // a site exactly at the width (a lattice distance) counts, whatever the rounding
                            if (d <= spec.interfaces().get(k).widthAngstrom() + WIDTH_EPS_ANGSTROM && d < best) {
                                best = d;
                                bestInterface = k;
                            }
                        }
                    }
                }
            }
            band[s] = bestInterface;
        }
        return band;
    }

    /** Bin indices to search around bin {@code b}: the neighbours, or all bins when there are fewer than 3. */
    private static int[] offsets(int bins, int b) {
        if (bins < 3) {
            int[] all = new int[bins];
            for (int i = 0; i < bins; i++) all[i] = i;
            return all;
        }
        return new int[] {Math.floorMod(b - 1, bins), b, Math.floorMod(b + 1, bins)};
    }

    /**
     * Minimum-image distance between two fractional positions, Å; with {@code dropAxis} >= 0 only
     * the part normal to that lattice axis (the distance from a cylinder's axis).
     */
    private double distance(double[] f, double[] g, int dropAxis) {
        double[] d = new double[3];
        for (int a = 0; a < 3; a++) d[a] = f[a] - g[a] - Math.rint(f[a] - g[a]);
        if (orthogonal) return length(d, dropAxis);
        double best = Double.POSITIVE_INFINITY;
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                for (int k = -1; k <= 1; k++) {
                    best = Math.min(best, length(new double[] {d[0] + i, d[1] + j, d[2] + k}, dropAxis));
                }
            }
        }
        return best;
    }

    private double length(double[] d, int dropAxis) {
        Vector3d v = cell.toCartesian(new Vector3d(d[0], d[1], d[2]), new Vector3d());
        if (dropAxis >= 0) {
            Vector3d u = (dropAxis == 0 ? cell.vectorA() : dropAxis == 1 ? cell.vectorB() : cell.vectorC()).normalize();
            v.sub(new Vector3d(u).mul(v.dot(u)));
        }
        return v.length();
    }
}
