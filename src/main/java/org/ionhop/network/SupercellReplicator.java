package org.ionhop.network;

import org.ionhop.common.InputException;
import org.ionhop.crystal.Cell;

/**
 * Repeats the classified hops of the conventional cell over a supercell: site s of cell c hops to
 * site t of cell c + n (periodic), with the same vector and class. Exact by translation symmetry;
 * the network keeps the one-cell {@link CellTemplate} and builds its per-hop arrays only when
 * someone reads them, so a 10^7-site network costs a few kB until then.
 */
final class SupercellReplicator {
    private SupercellReplicator() {}

    /** Largest element count of one Java array (a few below Integer.MAX_VALUE, as the JDK's own collections use). */
    static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * Hops and sites are int-indexed: the loop numbers every directed hop, and per-ion displacements
     * and per-site clocks take 3 and 2 doubles per site. Per-hop vectors are never built for large
     * networks (the loop computes hops from the one-cell template), so the limit is the hop count
     * and three values per site. Counted in long and refused here, before anything is allocated.
     */
    private static void checkArrayLimits(java.nio.file.Path source, int[] repeats, long cells, int sitesPerCell, int hopsPerCell) {
        long perCell = Math.max(hopsPerCell, 3L * sitesPerCell);
        if (cells * perCell <= MAX_ARRAY_LENGTH) return;
        int cube = (int) Math.cbrt((double) MAX_ARRAY_LENGTH / perCell);
        while ((long) cube * cube * cube * perCell > MAX_ARRAY_LENGTH) cube--;
        throw new InputException(source, 0, "supercell", String.format(java.util.Locale.ROOT,
                "%dx%dx%d cells hold %.3g sites and %.3g hops, more than Java arrays can index (at most %.3g "
                        + "hops and %.3g sites)", repeats[0], repeats[1], repeats[2], (double) cells * sitesPerCell,
                (double) cells * hopsPerCell, (double) MAX_ARRAY_LENGTH, (double) (MAX_ARRAY_LENGTH / 3)),
                "use a smaller supercell, at most " + cube + "x" + cube + "x" + cube + " for this network");
    }

    static HopNetwork replicate(java.nio.file.Path source, Cell cell, HopClassifier.Result conv, int[] repeats) {
        long cells = (long) repeats[0] * repeats[1] * repeats[2];
        checkArrayLimits(source, repeats, cells, conv.sites().count(), conv.pairs().count());
        return new HopNetwork(cell, cell.supercell(repeats[0], repeats[1], repeats[2]), repeats, CellTemplate.of(conv),
                conv.sites().labels(), conv.classes());
    }
}
