package org.ionhop.network;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.crystal.Cell;
import org.ionhop.crystal.CrystalSite;

/**
 * The network sites of one conventional cell: fractional positions in [0,1), and for each site
 * the index of its label in {@link #labels()}.
 */
record NetworkSites(Cell cell, List<String> labels, double[] fractional, int[] labelIndex) {

    static NetworkSites of(Cell cell, List<CrystalSite> crystalSites, List<String> labels) {
        List<CrystalSite> chosen = new ArrayList<>();
        for (CrystalSite s : crystalSites) if (labels.contains(s.label())) chosen.add(s);
        double[] f = new double[3 * chosen.size()];
        int[] type = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            System.arraycopy(chosen.get(i).fractional(), 0, f, 3 * i, 3);
            type[i] = labels.indexOf(chosen.get(i).label());
        }
        return new NetworkSites(cell, List.copyOf(labels), f, type);
    }

    int count() { return labelIndex.length; }

    String label(int site) { return labels.get(labelIndex[site]); }

    int countWithLabel(String label) {
        int k = labels.indexOf(label), n = 0;
        for (int t : labelIndex) if (t == k) n++;
        return n;
    }
}
