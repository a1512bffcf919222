package org.ionhop.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ionhop.crystal.Cell;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.Trajectory;
import org.ionhop.network.HopNetwork;
import org.joml.Vector3d;

/**
 * One replica's sampled ion positions as multi-frame extended XYZ, for OVITO (animation) and ASE
 * ({@code ase.io.read(file, ':')}). Frame k is the state at time k·Δt after equilibration, Δt the
 * deck's sample interval (the MSD grid), so it costs the kMC loop nothing: the frames are rebuilt
 * after the run from the recorded displacements and the ions' start sites. Per ion: species, pos
 * (wrapped into the supercell, Å), unwrapped_pos (start site + summed hop vectors, Å; differences
 * give exact displacements across periodic boundaries), id (1-based ion number, constant through
 * the file), site (0-based network site index) and site_label.
 */
public final class TrajectoryExport {
    /** Bytes one ion's line takes, for the size estimate (six %.6f coordinates, id, site, label). */
    static final int BYTES_PER_ION = 80;
    /** Bytes of a frame's two header lines. */
    static final int BYTES_PER_FRAME = 360;

    private TrajectoryExport() {}

    /** Estimated file size, bytes. */
    public static long estimateBytes(long frames, int ions) {
        return frames * ((long) ions * BYTES_PER_ION + BYTES_PER_FRAME);
    }

    /** Writes the trajectory of {@code replica} atomically. */
    public static void write(Path target, HopNetwork network, String species, ReplicaResult replica,
                             double temperatureKelvin) throws IOException {
        Trajectory t = replica.trajectory();
        Cell box = network.supercellCell();
        double[] siteXyz = network.siteCartesian();
        SiteLocator locator = new SiteLocator(network);
        int ions = t.ionCount();
        int[] start = replica.ionStartSite();
        String lattice = ExtendedXyz.lattice(box);
        AtomicFiles.write(target, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                Vector3d u = new Vector3d();
                for (int k = 0; k < t.sampleCount(); k++) {
                    w.write(Integer.toString(ions));
                    w.newLine();
                    w.write(String.format(Locale.ROOT, "Lattice=\"%s\" Properties=species:S:1:pos:R:3:unwrapped_pos:R:3:"
                                    + "id:I:1:site:I:1:site_label:S:1 time_s=%.9e frame=%d temperature_K=%s replica=%d "
                                    + "pbc=\"T T T\"", lattice, k * t.sampleIntervalSeconds(), k,
                            Hdf5ResultWriter.groupName(temperatureKelvin).replace("K", ""), replica.replica()));
                    w.newLine();
                    for (int ion = 0; ion < ions; ion++) {
                        int s = start[ion];
                        double ux = siteXyz[3 * s] + t.displacement(k, ion, 0);
                        double uy = siteXyz[3 * s + 1] + t.displacement(k, ion, 1);
                        double uz = siteXyz[3 * s + 2] + t.displacement(k, ion, 2);
                        box.toFractional(u.set(ux, uy, uz), u);
                        u.set(LammpsData.wrap(u.x), LammpsData.wrap(u.y), LammpsData.wrap(u.z));
                        int site = locator.site(u);
                        box.toCartesian(u, u);
                        w.write(String.format(Locale.ROOT, "%s %.6f %.6f %.6f %.6f %.6f %.6f %d %d %s", species, u.x, u.y,
                                u.z, ux, uy, uz, ion + 1, site, network.siteLabels().get(network.siteType()[site])));
                        w.newLine();
                    }
                }
            }
        });
    }

    /**
     * Finds the network site at a wrapped fractional position of the supercell: positions are sums of
     * exact hop vectors, so a site is hit to ~1e-12; a hash of rounded coordinates finds it, with a
     * nearest-site search as the fallback for a position that rounds across a bin edge.
     */
    private static final class SiteLocator {
        private static final double BINS = 1 << 20;
        private final Map<Long, Integer> byKey = new HashMap<>();
        private final double[] fractional;

        SiteLocator(HopNetwork network) {
            Cell box = network.supercellCell();
            double[] xyz = network.siteCartesian();
            int n = network.siteCount();
            fractional = new double[3 * n];
            Vector3d v = new Vector3d();
            for (int i = 0; i < n; i++) {
                box.toFractional(v.set(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]), v);
                fractional[3 * i] = LammpsData.wrap(v.x);
                fractional[3 * i + 1] = LammpsData.wrap(v.y);
                fractional[3 * i + 2] = LammpsData.wrap(v.z);
                byKey.put(key(fractional[3 * i], fractional[3 * i + 1], fractional[3 * i + 2]), i);
            }
        }

        int site(Vector3d f) {
            Integer hit = byKey.get(key(f.x, f.y, f.z));
            if (hit != null) return hit;
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i = 0; i < fractional.length / 3; i++) {
                double d = 0;
                for (int k = 0; k < 3; k++) {
                    double x = f.get(k) - fractional[3 * i + k];
                    x -= Math.rint(x);
                    d += x * x;
                }
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            return best;
        }

        private static long key(double x, double y, double z) {
            long kx = Math.floorMod(Math.round(x * BINS), (long) BINS);
            long ky = Math.floorMod(Math.round(y * BINS), (long) BINS);
            long kz = Math.floorMod(Math.round(z * BINS), (long) BINS);
            return (kx << 40) | (ky << 20) | kz;
        }
    }
}
