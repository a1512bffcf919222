package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every selector picks event k with probability rate_k / R after arbitrary on/off updates: the
 * selection counts pass a chi-square test against rate_k / R, and the total equals the directly
 * summed rates.
 */
class EventSelectorTest {
    private static final int EVENTS = 5000; // spans two 4096-event blocks of the bitmap selector
    private static final double[] LEVELS_HZ = {1.0, 2.5, 7.0};

    enum Kind {
        GROUPED(GroupedRateSelector::new), BITMAP(BitmapRateSelector::new), SUM_TREE(r -> new SumTreeSelector(r.length)),
        LINEAR(r -> new LinearScanSelector(r.length));

        final java.util.function.Function<double[], EventSelector> factory;

        Kind(java.util.function.Function<double[], EventSelector> f) { factory = f; }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void selectsInProportionToRate(Kind kind) {
        double[] fixed = new double[EVENTS];
        for (int e = 0; e < EVENTS; e++) fixed[e] = LEVELS_HZ[e % LEVELS_HZ.length];
        EventSelector sel = kind.factory.apply(fixed);
        UniformRandomProvider rng = ReplicaRandom.create(3, 0);
        boolean[] on = new boolean[EVENTS];
        // Churn: switch random events on and off, repeatedly, including redundant calls.
        for (int k = 0; k < 20000; k++) {
            int e = rng.nextInt(EVENTS);
            on[e] = rng.nextBoolean();
            sel.setRate(e, on[e] ? fixed[e] : 0);
        }
        assertProportional(kind.toString(), sel, fixed, on, rng);
    }

    /** Events far apart (several 262144-event blocks): the bitmap's block walk reaches all of them. */
    @org.junit.jupiter.api.Test
    void bitmapSelectsAcrossLargeBlocks() {
        bitmapSelectsAcrossLargeBlocks(LEVELS_HZ.length);
    }

    /** As above with a single rate: the selector then stores no per-event group. */
    @org.junit.jupiter.api.Test
    void bitmapSelectsAcrossLargeBlocksWithOneRate() {
        bitmapSelectsAcrossLargeBlocks(1);
    }

    private static void bitmapSelectsAcrossLargeBlocks(int rates) {
        int events = 1_000_000;
        double[] fixed = new double[events];
        for (int e = 0; e < events; e++) fixed[e] = LEVELS_HZ[e % rates];
        BitmapRateSelector sel = new BitmapRateSelector(fixed);
        UniformRandomProvider rng = ReplicaRandom.create(4, 0);
        boolean[] on = new boolean[events];
        for (int k = 0; k < 300; k++) {
            int e = rng.nextInt(events);
            on[e] = true;
            sel.switchOn(e);
        }
        assertProportional("bitmap", sel, fixed, on, rng);
    }

    /**
     * Pearson chi-square of the selection counts against rate_k / R over the on-events must stay
     * below dof + 5 sqrt(2 dof); off events must never be drawn.
     */
    private static void assertProportional(String what, EventSelector sel, double[] fixed, boolean[] on,
                                           UniformRandomProvider rng) {
        double total = 0;
        int onCount = 0;
        for (int e = 0; e < fixed.length; e++) {
            if (on[e]) {
                total += fixed[e];
                onCount++;
            }
        }
        assertEquals(total, sel.totalRateHz(), 1e-12 * total);
        int draws = 100 * onCount;
        int[] count = new int[fixed.length];
        for (int k = 0; k < draws; k++) count[sel.select(rng.nextDouble() * sel.totalRateHz())]++;
        double chi2 = 0;
        for (int e = 0; e < fixed.length; e++) {
            if (!on[e]) {
                assertEquals(0, count[e], what + ": drew event " + e + ", which is off");
                continue;
            }
            double expected = draws * fixed[e] / total;
            chi2 += (count[e] - expected) * (count[e] - expected) / expected;
        }
        int dof = onCount - 1;
        assertTrue(chi2 < dof + 5 * Math.sqrt(2.0 * dof), what + ": chi2 = " + chi2 + " for " + dof + " dof");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void neverPicksADisabledEventAtTheTopEdge(Kind kind) {
        double[] fixed = {1, 1, 1, 1};
        EventSelector sel = kind.factory.apply(fixed);
        sel.setRate(1, 1);
        sel.setRate(2, 1);
        IntFunction<Integer> pick = i -> sel.select(Math.nextDown(sel.totalRateHz()));
        int chosen = pick.apply(0);
        assertTrue(chosen == 1 || chosen == 2, "picked " + chosen);
        assertEquals(2, sel.select(sel.totalRateHz())); // x == R from rounding must stay in range
    }
}
