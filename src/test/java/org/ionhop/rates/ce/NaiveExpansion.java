package org.ionhop.rates.ce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.deck.ClusterExpansionSpec;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.HostDisorderLandscape;
import org.joml.Vector3d;

/**
 * A deliberately naive evaluator of a deck's cluster expansion, sharing no code with the model:
 * every site of the supercell (mobile and mixed host) as a Cartesian point; a prototype's clusters
 * are all sets of sites whose labels and minimum-image distances match it (tried in every order),
 * found by brute force over all tuples; E = constant + Σ static site energies + Σ ECI Π φ.
 */
final class NaiveExpansion {
    private final DeckModel model;
    private final ClusterExpansionSpec spec;
    private final HopNetwork net;
    private final int mobile;
    private final List<String> label = new ArrayList<>();
    private final List<double[]> position = new ArrayList<>();
    private final List<String> hostSpecies = new ArrayList<>(); // null for mobile sites
    private final List<List<int[]>> clustersOfPrototype = new ArrayList<>();
    private final double[] staticSiteEv;

    NaiveExpansion(DeckModel model) {
        this(model, model.landscapeTerm(HostDisorderLandscape.class).orElse(null), model.landscape());
    }

    /** The expansion on one host realisation (its mixed-site species) and its static landscape (null: per label). */
    NaiveExpansion(DeckModel model, HostDisorderLandscape host, org.ionhop.rates.EnergyLandscape landscape) {
        this.model = model;
        this.spec = model.deck().clusterExpansion();
        this.net = model.network();
        this.mobile = net.siteCount();
        double[] pos = net.siteCartesian();
        staticSiteEv = new double[mobile];
        for (int s = 0; s < mobile; s++) {
            label.add(net.siteLabels().get(net.siteType()[s]));
            position.add(new double[] {pos[3 * s], pos[3 * s + 1], pos[3 * s + 2]});
            hostSpecies.add(null);
            staticSiteEv[s] = landscape != null ? landscape.siteEnergyEv(s) : model.siteEnergyEv()[net.siteType()[s]];
        }
        if (host != null) {
            for (HostDisorderLandscape.MixedSites m : host.mixedSites()) {
                for (int i = 0; i < m.sites().count(); i++) {
                    label.add(m.spec().siteLabel());
                    position.add(new double[] {m.sites().cartesian(i, 0), m.sites().cartesian(i, 1), m.sites().cartesian(i, 2)});
                    hostSpecies.add(m.species()[i]);
                }
            }
        }
        for (ClusterExpansionSpec.Prototype p : spec.clusters()) {
            int k = p.sites().size();
            double[][] d = pairDistances(k, p.distancesAngstrom());
            clustersOfPrototype.add(matching(p.sites(), d, null, null, null, -1, -1));
        }
    }

    int clusterCount(int prototype) { return clustersOfPrototype.get(prototype).size(); }

    double distance(int a, int b) {
        double[] p = position.get(a), q = position.get(b);
        Vector3d f = net.supercellCell().toFractional(new Vector3d(p[0] - q[0], p[1] - q[1], p[2] - q[2]), new Vector3d());
        f.set(f.x - Math.rint(f.x), f.y - Math.rint(f.y), f.z - Math.rint(f.z));
        return net.supercellCell().toCartesian(f, new Vector3d()).length();
    }

    private static double[][] pairDistances(int k, List<Double> list) {
        double[][] d = new double[k][k];
        int q = 0;
        for (int a = 0; a < k; a++) for (int b = a + 1; b < k; b++) d[a][b] = d[b][a] = list.get(q++);
        return d;
    }

    /** Sets of sites matching labels and distances (and, for a hop, distances to its two ends), sorted, unique. */
    private List<int[]> matching(List<String> labels, double[][] d, double[][] toEnds, int[] ends, int[] unused,
                                 int e1, int e2) {
        Map<String, int[]> out = new LinkedHashMap<>();
        int[] chosen = new int[labels.size()];
        extend(labels, d, toEnds, e1, e2, chosen, 0, out);
        return new ArrayList<>(out.values());
    }

    private void extend(List<String> labels, double[][] d, double[][] toEnds, int e1, int e2, int[] chosen, int k,
                        Map<String, int[]> out) {
        if (k == labels.size()) {
            int[] set = chosen.clone();
            Arrays.sort(set);
            out.putIfAbsent(Arrays.toString(set), set);
            return;
        }
        double tol = spec.toleranceAngstrom();
        for (int s = 0; s < label.size(); s++) {
            if (!label.get(s).equals(labels.get(k)) || s == e1 || s == e2) continue;
            boolean ok = true;
            for (int j = 0; j < k && ok; j++) ok = chosen[j] != s && Math.abs(distance(chosen[j], s) - d[j][k]) <= tol;
            if (ok && toEnds != null) {
                ok = Math.abs(distance(s, e1) - toEnds[k][0]) <= tol && Math.abs(distance(s, e2) - toEnds[k][1]) <= tol;
            }
            if (!ok) continue;
            chosen[k] = s;
            extend(labels, d, toEnds, e1, e2, chosen, k + 1, out);
        }
    }

    private double phi(int site, boolean[] occupied, Map<String, String> counted) {
        boolean x = site < mobile ? occupied[site] : hostSpecies.get(site).equals(counted.get(label.get(site)));
        return spec.basis().value(x);
    }

    private double product(int[] cluster, boolean[] occupied, Map<String, String> counted) {
        double p = 1;
        for (int s : cluster) p *= phi(s, occupied, counted);
        return p;
    }

    /** Lattice energy, eV. */
    double energyEv(boolean[] occupied) {
        double e = spec.constantEv();
        for (int s = 0; s < mobile; s++) if (occupied[s]) e += staticSiteEv[s];
        for (int p = 0; p < spec.clusters().size(); p++) {
            ClusterExpansionSpec.Prototype proto = spec.clusters().get(p);
            for (int[] c : clustersOfPrototype.get(p)) e += proto.eciEv() * product(c, occupied, proto.hostSpecies());
        }
        return e;
    }

    /** E_KRA of hop (i, j): the static value plus every KRA cluster around it in either orientation. */
    double kraEv(int hop, int i, int j, boolean[] occupied) {
        double e = model.landscape() != null ? model.landscape().kraBarrierEv(hop)
                : model.barriers().kraEv()[net.hopClass()[hop]];
        for (ClusterExpansionSpec.KraPrototype proto : spec.kraClusters()) {
            boolean labels = List.of(label.get(i), label.get(j)).equals(proto.hopSites())
                    || List.of(label.get(j), label.get(i)).equals(proto.hopSites());
            if (!labels || Math.abs(distance(i, j) - proto.hopLengthAngstrom()) > spec.toleranceAngstrom()) continue;
            int k = proto.sites().size();
            if (k == 0) {
                e += proto.eciEv();
                continue;
            }
            double[][] d = pairDistances(k, proto.distancesAngstrom());
            double[][] ends = new double[k][];
            for (int a = 0; a < k; a++) ends[a] = new double[] {proto.distancesToEnds().get(a).get(0), proto.distancesToEnds().get(a).get(1)};
            Map<String, int[]> sets = new LinkedHashMap<>();
            for (int[] c : matching(proto.sites(), d, ends, null, null, i, j)) sets.putIfAbsent(Arrays.toString(c), c);
            for (int[] c : matching(proto.sites(), d, ends, null, null, j, i)) sets.putIfAbsent(Arrays.toString(c), c);
            for (int[] c : sets.values()) e += proto.eciEv() * product(c, occupied, proto.hostSpecies());
        }
        return e;
    }
}
