package org.ionhop.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionhop.common.InputException;
import org.ionhop.crystal.StandardLattices;
import org.junit.jupiter.api.Test;

/**
 * A supercell whose sites or hops do not fit Java's int-indexed arrays is a clear input error on
 * the supercell, found before anything is allocated (it used to be an internal error).
 */
class HugeSupercellTest {
    @Test
    void supercellBeyondArrayLimitsIsAnInputErrorBeforeAllocating() {
        // fcc with nearest-neighbour hops: 4 sites and 48 hops per cell; 1000^3 cells = 4.8e10 hops.
        HopNetworkBuilder b = new HopNetworkBuilder(StandardLattices.fcc(3.0)).mobileLabels(List.of(StandardLattices.LABEL))
                .cutoffAngstrom(2.2).supercell(1000, 1000, 1000);
        long before = usedHeap();
        InputException e = assertThrows(InputException.class, b::build);
        assertEquals("supercell", e.key());
        String msg = e.userMessage();
        assertTrue(msg.contains("1000x1000x1000") && msg.contains("hops"), msg);
        assertTrue(msg.contains("at most"), "says what would fit: " + msg);
        assertTrue(usedHeap() - before < 512L << 20, "refused before allocating the arrays");
    }

    @Test
    void largestSuggestedCubeFits() {
        HopNetworkBuilder b = new HopNetworkBuilder(StandardLattices.fcc(3.0)).mobileLabels(List.of(StandardLattices.LABEL))
                .cutoffAngstrom(2.2).supercell(1000, 1000, 1000);
        String msg = assertThrows(InputException.class, b::build).userMessage();
        int n = Integer.parseInt(msg.replaceAll(".*at most (\\d+)x\\d+x\\d+.*", "$1"));
        assertTrue(n >= 100 && n < 1000, msg);
        // 48 hops and 4 sites (3 values each) per cell: the hop count is the binding limit
        assertTrue((long) n * n * n * Math.max(48, 3 * 4) <= Integer.MAX_VALUE - 8, "the suggestion itself fits: " + n);
        assertTrue((long) (n + 1) * (n + 1) * (n + 1) * 48 > Integer.MAX_VALUE - 8, "the largest that fits: " + n);
    }

    @Test
    void cutoffLongerThanAnyHopIsRefusedForEveryCaller() {
        HopNetworkBuilder b = new HopNetworkBuilder(StandardLattices.fcc(3.0)).mobileLabels(List.of(StandardLattices.LABEL))
                .cutoffAngstrom(1e6);
        InputException e = assertThrows(InputException.class, b::classify);
        assertTrue(e.userMessage().contains("longer than any ionic hop"), e.userMessage());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
