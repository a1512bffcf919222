package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every selector picks event k with probability rate_k / R after arbitrary on/off updates: the
 * observed counts agree with the binomial expectation within 4 standard deviations, and the total
 * equals the directly summed rates.
 */
class EventSelectorTest {
    private static final int EVENTS = 50;
    private static final double[] LEVELS_HZ = {1.0, 2.5, 7.0};

    enum Kind {
        GROUPED(GroupedRateSelector::new), SUM_TREE(r -> new SumTreeSelector(r.length)),
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
        for (int k = 0; k < 5000; k++) {
            int e = rng.nextInt(EVENTS);
            on[e] = rng.nextBoolean();
            sel.setRate(e, on[e] ? fixed[e] : 0);
        }
        double total = 0;
        for (int e = 0; e < EVENTS; e++) if (on[e]) total += fixed[e];
        assertEquals(total, sel.totalRateHz(), 1e-12 * total);

        int draws = 400_000;
        long[] count = new long[EVENTS];
        for (int k = 0; k < draws; k++) count[sel.select(rng.nextDouble() * sel.totalRateHz())]++;
        for (int e = 0; e < EVENTS; e++) {
            double p = on[e] ? fixed[e] / total : 0;
            double sigma = Math.sqrt(draws * p * (1 - p));
            assertTrue(Math.abs(count[e] - draws * p) <= 4 * sigma + 1e-9,
                    kind + ": event " + e + " drawn " + count[e] + " times, expected " + draws * p + " ± " + sigma);
        }
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
