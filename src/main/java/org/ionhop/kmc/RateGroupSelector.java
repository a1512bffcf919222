package org.ionhop.kmc;

import java.util.Arrays;

/**
 * Shared part of the selectors for events with a fixed rate when on: events with the same rate
 * form a group, a group's weight is rate * (integer) member count, so totals are recomputed exactly
 * on every call and cannot drift. Subclasses store group membership and find a group's k-th member.
 */
abstract class RateGroupSelector implements FixedRateSelector {
    /** Rate of each group, Hz, ascending. */
    protected final double[] groupRateHz;
    /** Events currently on, per group. */
    protected final int[] groupCount;

    protected RateGroupSelector(FixedRates rateWhenOn) {
        groupRateHz = rateWhenOn.distinctPositive();
        groupCount = new int[groupRateHz.length];
    }

    /** Group index of a rate that occurs among the events, -1 for a zero rate. */
    protected final int groupOfRate(double rateHz) {
        return rateHz > 0 ? Arrays.binarySearch(groupRateHz, rateHz) : -1;
    }

    /** The group an event belongs to (fixed), -1 when it can never be on. */
    protected abstract int groupOf(int event);

    /** The k-th on-member (0-based, in the subclass's own order) of a group. */
    protected abstract int member(int group, int k);

    /** Number of distinct rate values. */
    public int groupCount() { return groupRateHz.length; }

    @Override
    public void setRate(int event, double rateHz) {
        if (rateHz > 0) {
            int g = groupOf(event);
            if (g < 0 || groupRateHz[g] != rateHz) {
                throw new IllegalArgumentException("event " + event + " switched on with rate " + rateHz
                        + " Hz, not its fixed rate");
            }
            switchOn(event);
        } else {
            switchOff(event);
        }
    }

    @Override
    public double totalRateHz() {
        double total = 0;
        for (int g = 0; g < groupRateHz.length; g++) total += groupRateHz[g] * groupCount[g];
        return total;
    }

    @Override
    public int select(double x) {
        int chosen = -1;
        double offset = x;
        for (int g = 0; g < groupRateHz.length; g++) {
            if (groupCount[g] == 0) continue;
            chosen = g;
            offset = x;
            double weight = groupRateHz[g] * groupCount[g];
            if (x < weight) break;
            x -= weight;
        }
        // The remainder of x picks the member uniformly; rounding can leave it at or past the end
        // of the last non-empty group: clamp into it.
        return member(chosen, Math.min((int) (offset / groupRateHz[chosen]), groupCount[chosen] - 1));
    }
}
