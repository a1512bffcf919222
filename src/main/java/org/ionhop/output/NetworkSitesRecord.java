package org.ionhop.output;

import java.util.ArrayList;
import java.util.List;

/**
 * The network sites of one conventional cell and the supercell they are repeated into, for the
 * result file: what turns a per-site dataset (occupancy, initial configuration) into positions.
 * Supercell site {@code i} is site {@code s = i % m} of cell {@code c = i / m}, with
 * {@code c = (c0*n1 + c1)*n2 + c2}; its fractional coordinates in the conventional cell are
 * {@code cellFractional[s] + (c0, c1, c2)}.
 *
 * @param species               the mobile element
 * @param supercell             repeats n1, n2, n3 of the conventional cell
 * @param labelNames            the network's site labels; per-label datasets follow this order
 * @param cellFractional        [m][3] fractional coordinates of the network sites of one cell
 * @param cellCartesianAngstrom [m][3] their Cartesian positions, Å
 * @param cellLabels            [m] label of each
 * @param cellExtra             [m] 1 for an extra (interstitial) site, 0 for a structure site
 * @param cellEnergyEv          [m] site energy, eV
 * @param cellHops              [h][6] directed hops from cell (0,0,0): from, to, image a, b, c, class
 */
public record NetworkSitesRecord(String species, int[] supercell, List<String> labelNames, double[][] cellFractional,
                                 double[][] cellCartesianAngstrom, List<String> cellLabels, int[] cellExtra,
                                 double[] cellEnergyEv, int[][] cellHops) {

    public NetworkSitesRecord {
        labelNames = List.copyOf(labelNames);
        cellLabels = List.copyOf(cellLabels);
    }

    public int sitesPerCell() { return cellLabels.size(); }

    public static NetworkSitesRecord of(NetworkView view) {
        int m = view.sitesPerCell();
        double[][] frac = new double[m][], cart = new double[m][];
        List<String> labels = new ArrayList<>();
        int[] extra = new int[m];
        double[] energy = new double[m];
        for (NetworkView.NetworkSite s : view.sites()) {
            frac[s.index()] = s.fractional();
            cart[s.index()] = s.cartesianAngstrom();
            labels.add(s.label());
            extra[s.index()] = s.extra() ? 1 : 0;
            energy[s.index()] = s.energyEv();
        }
        int[][] hops = new int[view.cellHops().size()][];
        for (int h = 0; h < hops.length; h++) {
            NetworkView.CellHop c = view.cellHops().get(h);
            hops[h] = new int[] {c.from(), c.to(), c.image()[0], c.image()[1], c.image()[2], c.hopClass()};
        }
        return new NetworkSitesRecord(view.species(), view.network().supercell(), view.network().siteLabels(), frac, cart,
                labels, extra, energy, hops);
    }
}
