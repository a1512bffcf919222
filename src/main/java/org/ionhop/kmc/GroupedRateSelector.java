package org.ionhop.kmc;

import java.util.Arrays;

/**
 * Exact selector for events whose rate, when on, is fixed per event (the non-interacting lattice
 * gas): events with the same rate form a group; a group keeps its members in a swap-remove array,
 * so switching an event on or off is O(1). Selection scans the few groups (group weight = rate *
 * member count, computed afresh from an integer count, so no running total can drift), then picks
 * a member uniformly from the remainder of the same random number.
 *
 * <p>Each event's group and its position in that group share one {@code long}, so switching an
 * event touches one cache line of per-event state (this loop is memory-bound on large lattices).
 */
public final class GroupedRateSelector implements FixedRateSelector {
    private static final long GROUP_BITS = 0xFFFF_FFFF_0000_0000L;
    private final double[] groupRateHz;   // per group
    private final int[] groupSize;
    private final int[][] members;
    private final long[] slot;            // per event: group << 32 | (position + 1); low word 0 = off

    /** @param rateWhenOnHz the rate each event has whenever it is on (values are grouped exactly) */
    public GroupedRateSelector(double[] rateWhenOnHz) {
        double[] distinct = Arrays.stream(rateWhenOnHz).filter(r -> r > 0).distinct().sorted().toArray();
        groupRateHz = distinct;
        slot = new long[rateWhenOnHz.length];
        int[] capacity = new int[distinct.length];
        for (int e = 0; e < rateWhenOnHz.length; e++) {
            int g = rateWhenOnHz[e] > 0 ? Arrays.binarySearch(distinct, rateWhenOnHz[e]) : -1;
            slot[e] = (long) g << 32;
            if (g >= 0) capacity[g]++;
        }
        members = new int[distinct.length][];
        for (int g = 0; g < distinct.length; g++) members[g] = new int[capacity[g]];
        groupSize = new int[distinct.length];
    }

    /** Number of distinct rate values. */
    public int groupCount() { return groupRateHz.length; }

    @Override
    public void setRate(int event, double rateHz) {
        if (rateHz > 0) {
            int g = (int) (slot[event] >>> 32);
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
    public void switchOn(int event) {
        long s = slot[event];
        if ((int) s != 0) return;
        int g = (int) (s >>> 32);
        int p = groupSize[g]++;
        members[g][p] = event;
        slot[event] = s | (p + 1);
    }

    @Override
    public void switchOff(int event) {
        long s = slot[event];
        int p1 = (int) s;
        if (p1 == 0) return;
        int g = (int) (s >>> 32);
        int last = members[g][--groupSize[g]];
        members[g][p1 - 1] = last;
        slot[last] = (slot[last] & GROUP_BITS) | p1;
        slot[event] = s & GROUP_BITS;
    }

    @Override
    public double totalRateHz() {
        double total = 0;
        for (int g = 0; g < groupRateHz.length; g++) total += groupRateHz[g] * groupSize[g];
        return total;
    }

    @Override
    public int select(double x) {
        int chosen = -1;
        double offset = x;
        for (int g = 0; g < groupRateHz.length; g++) {
            if (groupSize[g] == 0) continue;
            chosen = g;
            offset = x;
            double weight = groupRateHz[g] * groupSize[g];
            if (x < weight) break;
            x -= weight;
        }
        // Rounding can leave x at or past the end of the last non-empty group: clamp into it.
        int k = (int) (offset / groupRateHz[chosen]);
        return members[chosen][Math.min(k, groupSize[chosen] - 1)];
    }
}
