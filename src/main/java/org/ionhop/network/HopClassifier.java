package org.ionhop.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ionhop.common.InputException;
import org.ionhop.crystal.SpaceGroup;
import org.ionhop.crystal.SymmetryOperation;

/**
 * Sorts the directed hops of the conventional cell into symmetry classes. Hop s→t with lattice
 * image n (fractional vector d = f_t + n − f_s) is sent by g = (R, τ) to the hop g(s)→g(t) whose
 * image is n' = shift_g(t) + R n − shift_g(s), so that its vector is exactly R d. Hops linked by any
 * operation, or by reversal, are joined (union–find); the components are the undirected classes.
 */
final class HopClassifier {
    /** Lengths closer than this (Å) count as equal when ordering classes. */
    private static final double LENGTH_RESOLUTION_ANGSTROM = 1e-5;

    /** The network sites and directed hops of the conventional cell, with the class of each hop. */
    record Result(NetworkSites sites, NeighbourPairs pairs, int[] classOfPair, List<HopClass> classes) {}

    private HopClassifier() {}

    static Result classify(NetworkSites net, NeighbourPairs pairs, SpaceGroup group, Path source, double cutoff) {
        List<SymmetryOperation> ops = group.operations();
        SiteSymmetry symmetry = new SiteSymmetry(net, ops, source);
        int[] parent = new int[pairs.count()];
        for (int p = 0; p < parent.length; p++) parent[p] = p;
        int[] n = new int[3];
        int[] mapped = new int[3];
        int[] sourceOf = sourceOf(pairs);
        for (int p = 0; p < pairs.count(); p++) {
            int s = sourceOf[p], t = pairs.target(p);
            for (int k = 0; k < 3; k++) n[k] = -pairs.image(p, k);
            union(parent, p, require(pairs, t, s, n, p, net, source, cutoff));
            for (int g = 0; g < ops.size(); g++) {
                SymmetryOperation op = ops.get(g);
                for (int k = 0; k < 3; k++) {
                    int rn = op.rotation(k, 0) * pairs.image(p, 0) + op.rotation(k, 1) * pairs.image(p, 1)
                            + op.rotation(k, 2) * pairs.image(p, 2);
                    mapped[k] = symmetry.shift(g, t, k) + rn - symmetry.shift(g, s, k);
                }
                union(parent, p, require(pairs, symmetry.image(g, s), symmetry.image(g, t), mapped, p, net, source, cutoff));
            }
        }
        return collect(net, pairs, sourceOf, parent);
    }

    private static int[] sourceOf(NeighbourPairs pairs) {
        int[] out = new int[pairs.count()];
        for (int s = 0; s < pairs.siteCount(); s++) {
            for (int p = pairs.start(s); p < pairs.start(s + 1); p++) out[p] = s;
        }
        return out;
    }

    /** Index of hop s→t(image n); its absence means the cutoff cuts through a symmetry orbit. */
    private static int require(NeighbourPairs pairs, int s, int t, int[] n, int original,
                               NetworkSites net, Path source, double cutoff) {
        for (int q = pairs.start(s); q < pairs.start(s + 1); q++) {
            if (pairs.target(q) == t && pairs.image(q, 0) == n[0] && pairs.image(q, 1) == n[1]
                    && pairs.image(q, 2) == n[2]) {
                return q;
            }
        }
        double length = pairs.length(original);
        throw new InputException(source, 0, "cutoff", String.format(
                "the %s-%s hop of %.6f Å has a symmetry-equivalent hop that falls outside the cutoff %.6f Å "
                        + "(the cutoff equals a hop length, or the cell parameters do not fit the space group)",
                net.label(pairs.source(original)), net.label(pairs.target(original)), length, cutoff),
                String.format("choose a cutoff not within 0.001 Å of %.4f Å", length));
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** One class under construction: its first hop and tallies. */
    private static final class Tally {
        final int representative;
        String fromLabel, toLabel;
        int directed, fromSiteHops, toSiteHops;
        double lengthSum;
        int index;

        Tally(int representative) { this.representative = representative; }

        double length() { return lengthSum / directed; }
    }

    private static Result collect(NetworkSites net, NeighbourPairs pairs, int[] sourceOf, int[] parent) {
        Tally[] byRoot = new Tally[pairs.count()];
        List<Tally> tallies = new ArrayList<>();
        for (int p = 0; p < pairs.count(); p++) {
            int root = find(parent, p);
            if (byRoot[root] == null) {
                Tally c = new Tally(root);
                String a = net.label(sourceOf[p]), b = net.label(pairs.target(p));
                c.fromLabel = a.compareTo(b) <= 0 ? a : b;
                c.toLabel = a.compareTo(b) <= 0 ? b : a;
                byRoot[root] = c;
                tallies.add(c);
            }
            Tally c = byRoot[root];
            c.directed++;
            c.lengthSum += pairs.length(p);
            String from = net.label(sourceOf[p]);
            if (from.equals(c.fromLabel)) c.fromSiteHops++;
            if (from.equals(c.toLabel)) c.toSiteHops++;
        }
        tallies.sort(Comparator.comparingLong((Tally c) -> Math.round(c.length() / LENGTH_RESOLUTION_ANGSTROM))
                .thenComparing(c -> c.fromLabel).thenComparing(c -> c.toLabel)
                .thenComparingInt(c -> c.representative));
        List<HopClass> classes = new ArrayList<>();
        for (Tally c : tallies) {
            c.index = classes.size();
            classes.add(new HopClass(c.index, c.fromLabel, c.toLabel, c.length(),
                    perSite(c.fromSiteHops, net.countWithLabel(c.fromLabel)),
                    perSite(c.toSiteHops, net.countWithLabel(c.toLabel)), c.directed / 2));
        }
        int[] classOfPair = new int[pairs.count()];
        for (int p = 0; p < classOfPair.length; p++) classOfPair[p] = byRoot[find(parent, p)].index;
        return new Result(net, pairs, classOfPair, classes);
    }

    /** Hops per site; symmetry makes every site of an orbit start the same number. */
    private static int perSite(int hops, int sites) {
        if (hops % sites != 0) {
            throw new IllegalStateException(hops + " hops over " + sites + " sites: the class is not symmetric");
        }
        return hops / sites;
    }
}
