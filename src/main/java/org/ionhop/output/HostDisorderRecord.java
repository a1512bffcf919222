package org.ionhop.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.network.HostSites;
import org.ionhop.rates.HostDisorderLandscape;

/**
 * The realised immobile host configuration of a run, for the HDF5 group {@code /host_disorder}:
 * one entry per mixed host site of the supercell, in the order of a placement file.
 *
 * @param siteLabels             crystallographic label of each host site
 * @param species                species realised on each host site
 * @param siteCartesianAngstrom  [site][3] Cartesian position in the supercell, Å
 * @param siteFractional         [site][3] position in units of the conventional cell (0 ≤ x_k < n_k)
 * @param composition            per mixed label, realised and deck fractions (one line each)
 * @param speciesNames           with per-replica realisations: every species name, in order of first
 *                               appearance; else empty
 * @param replicaSpecies         with per-replica realisations: [replica][site] index into speciesNames
 *                               of the species replica r's host has on each site; else null
 */
public record HostDisorderRecord(List<String> siteLabels, List<String> species, double[][] siteCartesianAngstrom,
                                 double[][] siteFractional, List<String> composition, List<String> speciesNames,
                                 int[][] replicaSpecies) {

    public HostDisorderRecord {
        siteLabels = List.copyOf(siteLabels);
        species = List.copyOf(species);
        composition = List.copyOf(composition);
        speciesNames = List.copyOf(speciesNames);
    }

    /** One realisation shared by all replicas. */
    public HostDisorderRecord(List<String> siteLabels, List<String> species, double[][] siteCartesianAngstrom,
                              double[][] siteFractional, List<String> composition) {
        this(siteLabels, species, siteCartesianAngstrom, siteFractional, composition, List.of(), null);
    }

    /** Whether each replica ran on its own realisation ({@link #replicaSpecies()}). */
    public boolean perReplica() { return replicaSpecies != null; }

    /** This record (realisation 0) with the realisation of every replica, in replica order. */
    public HostDisorderRecord withReplicaRealisations(List<HostDisorderLandscape> replicas) {
        List<String> names = new ArrayList<>();
        int[][] index = new int[replicas.size()][];
        for (int r = 0; r < index.length; r++) {
            List<String> sp = new ArrayList<>();
            for (HostDisorderLandscape.MixedSites m : replicas.get(r).mixedSites()) sp.addAll(List.of(m.species()));
            index[r] = new int[sp.size()];
            for (int i = 0; i < sp.size(); i++) {
                if (!names.contains(sp.get(i))) names.add(sp.get(i));
                index[r][i] = names.indexOf(sp.get(i));
            }
        }
        return new HostDisorderRecord(siteLabels, species, siteCartesianAngstrom, siteFractional, composition, names,
                index);
    }

    public static HostDisorderRecord of(HostDisorderLandscape host) {
        List<String> labels = new ArrayList<>();
        List<String> species = new ArrayList<>();
        List<double[]> cart = new ArrayList<>();
        List<double[]> frac = new ArrayList<>();
        List<String> composition = new ArrayList<>();
        for (int m = 0; m < host.mixedSites().size(); m++) {
            HostDisorderLandscape.MixedSites mix = host.mixedSites().get(m);
            HostSites sites = mix.sites();
            for (int i = 0; i < sites.count(); i++) {
                labels.add(sites.label());
                species.add(mix.species()[i]);
                cart.add(new double[] {sites.cartesian(i, 0), sites.cartesian(i, 1), sites.cartesian(i, 2)});
                frac.add(new double[] {sites.fractional(i, 0), sites.fractional(i, 1), sites.fractional(i, 2)});
            }
            StringBuilder line = new StringBuilder(sites.label() + ":");
            int n = sites.count();
            for (Map.Entry<String, Integer> e : host.composition(m).entrySet()) {
                line.append(String.format(Locale.ROOT, " %s %d/%d = %.4f (deck %.4f);", e.getKey(), e.getValue(), n,
                        e.getValue() / (double) n, mix.spec().fractions().get(e.getKey())));
            }
            composition.add(line.toString());
        }
        return new HostDisorderRecord(labels, species, cart.toArray(new double[0][]), frac.toArray(new double[0][]),
                composition);
    }
}
