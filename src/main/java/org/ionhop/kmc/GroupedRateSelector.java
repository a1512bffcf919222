package org.ionhop.kmc;

import java.util.Arrays;

/**
 * Exact selector for events whose rate, when on, is fixed per event (the non-interacting lattice
 * gas): events with the same rate form a group; a group keeps its members in a swap-remove array,
 * so switching an event on or off is O(1). Selection scans the few groups, then picks a member
 * uniformly from the remainder of the same random number. Best while the lattice fits in cache;
 * {@link BitmapRateSelector} is more compact for large lattices.
 *
 * <p>Each event's group and its position in that group share one {@code long}, so switching an
 * event touches one cache line of per-event state.
 */
public final class GroupedRateSelector extends RateGroupSelector {
    private static final long GROUP_BITS = 0xFFFF_FFFF_0000_0000L;
    private final int[][] members;
    private final long[] slot;            // per event: group << 32 | (position + 1); low word 0 = off

    /** @param rateWhenOnHz the rate each event has whenever it is on (values are grouped exactly) */
    public GroupedRateSelector(double[] rateWhenOnHz) {
        this(FixedRates.perEvent(rateWhenOnHz));
    }

    GroupedRateSelector(FixedRates rateWhenOn) {
        super(rateWhenOn);
        slot = new long[rateWhenOn.events()];
        int[] capacity = new int[groupRateHz.length];
        for (int e = 0; e < slot.length; e++) {
            int g = groupOfRate(rateWhenOn.rateHz(e));
            slot[e] = (long) g << 32;
            if (g >= 0) capacity[g]++;
        }
        members = new int[groupRateHz.length][];
        for (int g = 0; g < groupRateHz.length; g++) members[g] = new int[capacity[g]];
    }

    @Override
    protected int groupOf(int event) { return (int) (slot[event] >>> 32); }

    @Override
    protected int member(int group, int k) { return members[group][k]; }

    @Override
    public void switchOn(int event) {
        long s = slot[event];
        if ((int) s != 0) return;
        int g = (int) (s >>> 32);
        int p = groupCount[g]++;
        members[g][p] = event;
        slot[event] = s | (p + 1);
    }

    @Override
    public void switchOff(int event) {
        long s = slot[event];
        int p1 = (int) s;
        if (p1 == 0) return;
        int g = (int) (s >>> 32);
        int last = members[g][--groupCount[g]];
        members[g][p1 - 1] = last;
        slot[last] = (slot[last] & GROUP_BITS) | p1;
        slot[event] = s & GROUP_BITS;
    }

    /**
     * The events that are on, group by group in member order. That order decides which event a
     * random number picks, and it depends on the history of switches, so a checkpoint keeps it.
     */
    public int[] onEventsInOrder() {
        int total = 0;
        for (int size : groupCount) total += size;
        int[] out = new int[total];
        int k = 0;
        for (int g = 0; g < groupCount.length; g++) {
            System.arraycopy(members[g], 0, out, k, groupCount[g]);
            k += groupCount[g];
        }
        return out;
    }

    /** Switches everything off, then on exactly the events of {@link #onEventsInOrder()}, in that order. */
    public void restoreOrder(int[] onEvents) {
        Arrays.fill(groupCount, 0);
        for (int e = 0; e < slot.length; e++) slot[e] &= GROUP_BITS;
        for (int e : onEvents) switchOn(e);
    }
}
