package org.ionhop.kmc;

/**
 * Exact selector for events with a fixed rate when on (like {@link GroupedRateSelector}), laid out
 * for lattices much larger than the CPU caches: one bit per event says whether it is on, and
 * integer counts of on-events per group over 4096-event and 262144-event blocks form a 64-ary
 * count tree. Switching an event flips one bit and bumps two counters (no swap-remove scattering
 * writes over memory); selection picks the group by weight rate * count, then the k-th on-event of
 * that group by walking the counts and popcounts. Counts are integers, so nothing drifts.
 *
 * <p>Neighbouring sites' events are neighbouring bits, so a hop's updates touch a few cache lines of
 * a bitmap 64 times smaller than a per-event index: the whole state of a 10^6-site lattice is about
 * 1 MB per rate group.
 */
public final class BitmapRateSelector extends RateGroupSelector {
    private static final int WORD_SHIFT = 6;      // 64 events per word
    private static final int MID_SHIFT = 12;      // 4096 events per mid block (64 words)
    private static final int TOP_SHIFT = 18;      // 262144 events per top block (64 mid blocks)

    private final short[] groupOf;                // per event, -1 = never on
    private final long[] on;                      // bit per event
    private final long[][] groupMembers;          // per group: bit per event in that group; null when one group
    private final int[][] midCount;               // per group, per 4096 events
    private final int[][] topCount;               // per group, per 262144 events

    /** @param rateWhenOnHz the rate each event has whenever it is on (values are grouped exactly) */
    public BitmapRateSelector(double[] rateWhenOnHz) {
        super(rateWhenOnHz);
        int events = rateWhenOnHz.length;
        int groups = groupRateHz.length;
        if (groups > Short.MAX_VALUE) {
            throw new IllegalArgumentException(groups + " distinct rates: use the sum-tree selector");
        }
        groupOf = new short[events];
        int words = (events >> WORD_SHIFT) + 1;
        on = new long[words];
        groupMembers = groups > 1 ? new long[groups][words] : null;
        for (int e = 0; e < events; e++) {
            int g = groupOfRate(rateWhenOnHz[e]);
            groupOf[e] = (short) g;
            if (g >= 0 && groupMembers != null) groupMembers[g][e >> WORD_SHIFT] |= 1L << e;
        }
        midCount = new int[groups][(events >> MID_SHIFT) + 1];
        topCount = new int[groups][(events >> TOP_SHIFT) + 1];
    }

    @Override
    protected int groupOf(int event) { return groupOf[event]; }

    @Override
    public void switchOn(int event) {
        int w = event >> WORD_SHIFT;
        long bit = 1L << event;
        if ((on[w] & bit) != 0) return;
        on[w] |= bit;
        count(groupOf[event], event, 1);
    }

    @Override
    public void switchOff(int event) {
        int w = event >> WORD_SHIFT;
        long bit = 1L << event;
        if ((on[w] & bit) == 0) return;
        on[w] &= ~bit;
        count(groupOf[event], event, -1);
    }

    private void count(int g, int event, int delta) {
        midCount[g][event >> MID_SHIFT] += delta;
        topCount[g][event >> TOP_SHIFT] += delta;
        groupCount[g] += delta;
    }

    /** The k-th (0-based, in event order) on-event of group g. */
    @Override
    protected int member(int g, int k) {
        int[] top = topCount[g];
        int t = 0;
        while (k >= top[t]) k -= top[t++];
        int[] mid = midCount[g];
        int m = t << (TOP_SHIFT - MID_SHIFT);
        while (k >= mid[m]) k -= mid[m++];
        long[] members = groupMembers == null ? null : groupMembers[g];
        int w = m << (MID_SHIFT - WORD_SHIFT);
        long bits;
        while (true) {
            bits = members == null ? on[w] : on[w] & members[w];
            int c = Long.bitCount(bits);
            if (k < c) break;
            k -= c;
            w++;
        }
        for (; k > 0; k--) bits &= bits - 1; // drop the k lowest set bits
        return (w << WORD_SHIFT) + Long.numberOfTrailingZeros(bits);
    }
}
