package org.ionhop.kmc;

import java.util.Arrays;

/**
 * Exact selector for events whose rate, when on, is fixed per event (the non-interacting lattice
 * gas): events with the same rate form a group; a group keeps its members in a swap-remove array,
 * so switching an event on or off is O(1). Selection scans the few groups (group weight = rate *
 * member count, computed afresh from an integer count, so no running total can drift), then picks
 * a member uniformly from the remainder of the same random number.
 */
public final class GroupedRateSelector implements EventSelector {
    private final int[] groupOf;          // per event
    private final double[] groupRateHz;   // per group
    private final int[] groupSize;
    private final int[][] members;
    private final int[] position;         // per event: index in its group's member array, -1 when off

    /** @param rateWhenOnHz the rate each event has whenever it is on (values are grouped exactly) */
    public GroupedRateSelector(double[] rateWhenOnHz) {
        double[] distinct = Arrays.stream(rateWhenOnHz).filter(r -> r > 0).distinct().sorted().toArray();
        groupRateHz = distinct;
        groupOf = new int[rateWhenOnHz.length];
        int[] capacity = new int[distinct.length];
        for (int e = 0; e < rateWhenOnHz.length; e++) {
            groupOf[e] = rateWhenOnHz[e] > 0 ? Arrays.binarySearch(distinct, rateWhenOnHz[e]) : -1;
            if (groupOf[e] >= 0) capacity[groupOf[e]]++;
        }
        members = new int[distinct.length][];
        for (int g = 0; g < distinct.length; g++) members[g] = new int[capacity[g]];
        groupSize = new int[distinct.length];
        position = new int[rateWhenOnHz.length];
        Arrays.fill(position, -1);
    }

    /** Number of distinct rate values. */
    public int groupCount() { return groupRateHz.length; }

    @Override
    public void setRate(int event, double rateHz) {
        if (rateHz > 0) {
            if (position[event] >= 0) return;
            int g = groupOf[event];
            if (g < 0 || groupRateHz[g] != rateHz) {
                throw new IllegalArgumentException("event " + event + " switched on with rate " + rateHz
                        + " Hz, not its fixed rate");
            }
            position[event] = groupSize[g];
            members[g][groupSize[g]++] = event;
        } else {
            int p = position[event];
            if (p < 0) return;
            int g = groupOf[event];
            int last = members[g][--groupSize[g]];
            members[g][p] = last;
            position[last] = p;
            position[event] = -1;
        }
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
