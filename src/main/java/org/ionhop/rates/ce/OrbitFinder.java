package org.ionhop.rates.ce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.ionhop.common.InputException;
import org.ionhop.deck.ClusterExpansionSpec;
import org.joml.Vector3d;

/**
 * Turns prototypes (site labels and distances) into clusters of the crystal: the clusters that
 * match a prototype's distances around one site are found by a search over nearby points; each is
 * expanded to its orbit with the space group (all operations, translations modulo the lattice).
 * When the distances match clusters of several orbits (symmetry-distinct clusters at equal
 * distances), every matching orbit carries the prototype's ECI and is listed separately.
 */
final class OrbitFinder {
    private final CeSites sites;
    private final double tol;

    OrbitFinder(CeSites sites, double toleranceAngstrom) {
        this.sites = sites;
        this.tol = toleranceAngstrom;
    }

    /** The orbits of one lattice-energy prototype. */
    List<ClusterOrbit> orbits(ClusterExpansionSpec.Prototype proto, int index) {
        List<String> labels = proto.sites();
        int k = labels.size();
        double[][] d = new double[k][k];
        int q = 0;
        double maxD = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                d[a][b] = d[b][a] = proto.distancesAngstrom().get(q++);
                maxD = Math.max(maxD, d[a][b]);
            }
        }
        double limit = sites.largestUnambiguousDistanceAngstrom();
        if (maxD + tol >= limit) {
            throw proto.at("distances_angstrom").error(String.format(Locale.ROOT, "the cluster spans %.3f Å, but in "
                            + "this supercell only distances below %.3f Å (half its smallest plane spacing) are free of "
                            + "periodic images", maxD, limit),
                    "use a larger supercell, or leave out the cluster");
        }
        int u0 = firstSite(labels.get(0)); // every site of a label is a symmetry image of the first
        long origin = Points.pack(u0, 0, 0, 0);
        List<long[]> candidates = near(new long[] {origin}, maxD + tol);
        List<long[]> found = new ArrayList<>();
        long[] chosen = new long[k];
        chosen[0] = origin;
        search(labels, d, null, null, null, candidates, chosen, 1, found);
        if (found.isEmpty()) {
            throw proto.at(k == 1 ? "sites" : "distances_angstrom").error("no cluster " + labels + " of the crystal "
                            + "has these distances (within " + tol + " Å)",
                    "distances from " + labels.get(0) + " to the nearest sites: " + nearestDistances(u0, labels));
        }
        Map<String, long[]> seeds = new LinkedHashMap<>();
        Map<String, long[]> representative = new LinkedHashMap<>();
        for (long[] c : found) {
            String key = Points.key(Points.canonical(c));
            seeds.putIfAbsent(key, Points.canonical(c));
            representative.putIfAbsent(key, c);
        }
        List<ClusterOrbit> out = new ArrayList<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (Map.Entry<String, long[]> e : seeds.entrySet()) {
            if (covered.contains(e.getKey())) continue;
            Map<String, long[]> orbit = orbit(e.getValue());
            covered.addAll(orbit.keySet());
            long[] rep = representative.get(e.getKey());
            List<String> repLabels = new ArrayList<>();
            List<double[]> points = new ArrayList<>();
            for (long p : rep) {
                repLabels.add(sites.label(Points.u(p)));
                Vector3d v = position(p, new Vector3d());
                points.add(new double[] {v.x, v.y, v.z});
            }
            int sameLabel = 0;
            for (int u = 0; u < sites.cellSites(); u++) if (sites.label(u).equals(labels.get(0))) sameLabel++;
            out.add(new ClusterOrbit(proto, index, rep, distances(rep), List.copyOf(orbit.values()), repLabels, points,
                    sameLabel));
        }
        return out;
    }

    /** All images of a cluster under the space group, canonical, one per translation class. */
    Map<String, long[]> orbit(long[] cluster) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (int g = 0; g < sites.operationCount(); g++) {
            long[] c = Points.canonical(Points.image(sites, g, cluster));
            out.putIfAbsent(Points.key(c), c);
        }
        return out;
    }

    /**
     * Extends {@code chosen[0..k)} by every candidate of label k at the prototype's distances from
     * the points already chosen and, around a hop ({@code ends} not null), at its distances to the hop's
     * end points e1, e2 (the end points themselves are never cluster sites); complete clusters go to {@code found}.
     */
    private void search(List<String> labels, double[][] d, double[][] ends, Vector3d e1, Vector3d e2,
                        List<long[]> candidates, long[] chosen, int k, List<long[]> found) {
        if (k == labels.size()) {
            found.add(chosen.clone());
            return;
        }
        Vector3d r = new Vector3d(), s = new Vector3d();
        for (long[] cand : candidates) {
            long p = cand[0];
            if (!sites.label(Points.u(p)).equals(labels.get(k))) continue;
            position(p, r);
            if (ends != null) {
                double d1 = r.distance(e1), d2 = r.distance(e2);
                if (d1 <= tol || d2 <= tol) continue;
                if (Math.abs(d1 - ends[k][0]) > tol || Math.abs(d2 - ends[k][1]) > tol) continue;
            }
            boolean ok = true;
            for (int j = 0; j < k && ok; j++) {
                if (chosen[j] == p) ok = false;
                else ok = Math.abs(r.distance(position(chosen[j], s)) - d[j][k]) <= tol;
            }
            if (!ok) continue;
            chosen[k] = p;
            search(labels, d, ends, e1, e2, candidates, chosen, k + 1, found);
        }
    }

    /** Points within {@code reach} of any of the given points (those points excluded). */
    List<long[]> near(long[] centres, double reach) {
        double[] spacing = sites.crystal().cell().planeSpacings();
        int[] range = new int[3];
        for (int a = 0; a < 3; a++) range[a] = (int) Math.ceil(reach / spacing[a]) + 1;
        List<long[]> out = new ArrayList<>();
        Vector3d r = new Vector3d(), c = new Vector3d();
        int lo0 = Integer.MAX_VALUE, hi0 = Integer.MIN_VALUE, lo1 = lo0, hi1 = hi0, lo2 = lo0, hi2 = hi0;
        for (long p : centres) {
            lo0 = Math.min(lo0, Points.n0(p)); hi0 = Math.max(hi0, Points.n0(p));
            lo1 = Math.min(lo1, Points.n1(p)); hi1 = Math.max(hi1, Points.n1(p));
            lo2 = Math.min(lo2, Points.n2(p)); hi2 = Math.max(hi2, Points.n2(p));
        }
        for (int u = 0; u < sites.cellSites(); u++) {
            for (int a = lo0 - range[0]; a <= hi0 + range[0]; a++) {
                for (int b = lo1 - range[1]; b <= hi1 + range[1]; b++) {
                    for (int e = lo2 - range[2]; e <= hi2 + range[2]; e++) {
                        long p = Points.pack(u, a, b, e);
                        sites.cartesian(u, a, b, e, r);
                        boolean isCentre = false, within = false;
                        for (long q : centres) {
                            if (q == p) isCentre = true;
                            if (r.distance(position(q, c)) <= reach) within = true;
                        }
                        if (within && !isCentre) out.add(new long[] {p});
                    }
                }
            }
        }
        return out;
    }

    Vector3d position(long p, Vector3d out) {
        return sites.cartesian(Points.u(p), Points.n0(p), Points.n1(p), Points.n2(p), out);
    }

    private double[] distances(long[] cluster) {
        int k = cluster.length;
        double[] out = new double[k * (k - 1) / 2];
        Vector3d a = new Vector3d(), b = new Vector3d();
        int q = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) out[q++] = position(cluster[i], a).distance(position(cluster[j], b));
        }
        return out;
    }

    int firstSite(String label) {
        for (int u = 0; u < sites.cellSites(); u++) if (sites.label(u).equals(label)) return u;
        throw new IllegalStateException("no cell site labelled " + label);
    }

    /** "Li1 4.262, 4.276; B1 2.9, ..." : the nearest distinct distances to each label, for error hints. */
    private String nearestDistances(int u0, List<String> labels) {
        long origin = Points.pack(u0, 0, 0, 0);
        Vector3d o = position(origin, new Vector3d()), r = new Vector3d();
        StringBuilder sb = new StringBuilder();
        for (String l : new java.util.LinkedHashSet<>(labels.subList(1, Math.max(1, labels.size())))) {
            TreeSet<Double> ds = new TreeSet<>();
            for (long[] p : near(new long[] {origin}, 8.0)) {
                if (sites.label(Points.u(p[0])).equals(l)) ds.add(Math.rint(position(p[0], r).distance(o) * 1000) / 1000);
            }
            sb.append(sb.length() > 0 ? "; " : "").append(l).append(' ');
            sb.append(String.join(", ", ds.stream().limit(6).map(x -> String.format(Locale.ROOT, "%.3f", x)).toList()));
        }
        return sb.length() == 0 ? "(a single-site prototype: check the label)" : sb + " Å";
    }

    /**
     * Clusters around one hop (end points {@code from}, {@code to}, packed points) that match a KRA
     * prototype in either orientation of the hop, as sorted point arrays (not translated).
     */
    List<long[]> kraClusters(ClusterExpansionSpec.KraPrototype proto, long from, long to) {
        int k = proto.sites().size();
        if (k == 0) return List.of(new long[0]);
        double maxEnd = 0;
        double[][] ends = new double[k][2];
        for (int a = 0; a < k; a++) {
            ends[a][0] = proto.distancesToEnds().get(a).get(0);
            ends[a][1] = proto.distancesToEnds().get(a).get(1);
            maxEnd = Math.max(maxEnd, Math.max(ends[a][0], ends[a][1]));
        }
        double[][] d = new double[k][k];
        int q = 0;
        for (int a = 0; a < k; a++) for (int b = a + 1; b < k; b++) d[a][b] = d[b][a] = proto.distancesAngstrom().get(q++);
        List<long[]> candidates = near(new long[] {from, to}, maxEnd + tol);
        Map<String, long[]> found = new LinkedHashMap<>();
        for (int orientation = 0; orientation < 2; orientation++) {
            long e1 = orientation == 0 ? from : to, e2 = orientation == 0 ? to : from;
            List<long[]> out = new ArrayList<>();
            search(proto.sites(), d, ends, position(e1, new Vector3d()), position(e2, new Vector3d()), candidates,
                    new long[k], 0, out);
            for (long[] c : out) {
                long[] sorted = c.clone();
                java.util.Arrays.sort(sorted);
                found.putIfAbsent(Points.key(sorted), sorted);
            }
        }
        return List.copyOf(found.values());
    }

    /** The error for a KRA prototype whose distances match no cluster around its hops. */
    static InputException noKraCluster(ClusterExpansionSpec.KraPrototype proto, String hops, double tol) {
        return proto.at("distances_to_ends_angstrom").error("no cluster " + proto.sites() + " lies at these "
                        + "distances from the end points of the " + hops + " hops (within " + tol + " Å)",
                "measure the distances from both end points of the hop in the structure ('ionhop lattice' lists the hops)");
    }
}
