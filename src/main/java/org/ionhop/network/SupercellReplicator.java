package org.ionhop.network;

import org.ionhop.crystal.Cell;

/**
 * Repeats the classified hops of the conventional cell over a supercell: site s of cell c hops to
 * site t of cell c + n (periodic), with the same vector and class. Exact by translation symmetry;
 * the network keeps the one-cell {@link CellTemplate} and builds its per-hop arrays only when
 * someone reads them, so a 10^7-site network costs a few kB until then.
 */
final class SupercellReplicator {
    private SupercellReplicator() {}

    static HopNetwork replicate(Cell cell, HopClassifier.Result conv, int[] repeats) {
        return new HopNetwork(cell, cell.supercell(repeats[0], repeats[1], repeats[2]), repeats, CellTemplate.of(conv),
                conv.sites().labels(), conv.classes());
    }
}
