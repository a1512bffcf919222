package org.ionhop.kmc;

/**
 * Exact selector for events with a fixed rate when on (like {@link GroupedRateSelector}), laid out
 * for lattices much larger than the CPU caches: one bit per event says whether it is on, and
 * integer counts of on-events per group over blocks of 2^9, 2^12, 2^15 and 2^18 events form an
 * 8-ary count tree over the 64-bit words. Switching an event flips one bit and bumps the block
 * counters (no swap-remove scattering writes over memory); selection picks the group by weight
 * rate * count, then the k-th on-event of that group by walking down the counts (at most 8 per
 * level below the top) and popcounts. Counts are integers, so nothing drifts.
 *
 * <p>Neighbouring sites' events are neighbouring bits, so a hop's updates touch a few cache lines of
 * a bitmap 64 times smaller than a per-event index: the whole state of a 10^6-site lattice is about
 * 1 MB per rate group. With a single rate group (the common case) no per-event group is stored, so
 * a switch reads nothing but the bitmap and the counts.
 */
public final class BitmapRateSelector extends RateGroupSelector {
    private static final int WORD_SHIFT = 6;      // 64 events per word
    private static final int FANOUT_SHIFT = 3;    // 8 children per count-tree node
    /** Block sizes (log2, in events) of the count levels, bottom up; the top level is scanned whole. */
    private static final int SHIFT0 = 9, SHIFT1 = 12, SHIFT2 = 15, SHIFT3 = 18;
    private static final int[] LEVEL_SHIFT = {SHIFT0, SHIFT1, SHIFT2, SHIFT3};
    private static final int LEVELS = LEVEL_SHIFT.length;

    private final short[] groupOf;                // per event, -1 = never on; null when every event is in group 0
    private final long[] on;                      // bit per event
    private final long[][] groupMembers;          // per group: bit per event in that group; null when one group
    private final int[][][] levelCount;           // per group, per level (bottom up), per block
    private final int[] count0, count1, count2, count3; // group 0's levels, read directly when it is the only group

    /** @param rateWhenOnHz the rate each event has whenever it is on (values are grouped exactly) */
    public BitmapRateSelector(double[] rateWhenOnHz) {
        this(FixedRates.perEvent(rateWhenOnHz));
    }

    BitmapRateSelector(FixedRates rateWhenOn) {
        super(rateWhenOn);
        int events = rateWhenOn.events();
        int groups = groupRateHz.length;
        if (groups > Short.MAX_VALUE) {
            throw new IllegalArgumentException(groups + " distinct rates: use the sum-tree selector");
        }
        // Every event in group 0 (one positive rate everywhere) is the common case: then no per-event
        // group is stored at all (checked on one period of the rates, which repeat).
        boolean allInGroupZero = true;
        for (double r : rateWhenOn.period()) allInGroupZero &= groupOfRate(r) == 0;
        int words = (events >> WORD_SHIFT) + 1;
        on = new long[words];
        groupMembers = groups > 1 ? new long[groups][words] : null;
        if (allInGroupZero) {
            groupOf = null;
        } else {
            groupOf = new short[events];
            for (int e = 0; e < events; e++) {
                int g = groupOfRate(rateWhenOn.rateHz(e));
                groupOf[e] = (short) g;
                if (g >= 0 && groupMembers != null) groupMembers[g][e >> WORD_SHIFT] |= 1L << e;
            }
        }
        levelCount = new int[groups][LEVELS][];
        for (int g = 0; g < groups; g++) {
            for (int l = 0; l < LEVELS; l++) levelCount[g][l] = new int[(events >> LEVEL_SHIFT[l]) + 1];
        }
        int[][] zero = groups > 0 ? levelCount[0] : new int[LEVELS][1];
        count0 = zero[0];
        count1 = zero[1];
        count2 = zero[2];
        count3 = zero[3];
    }

    @Override
    protected int groupOf(int event) { return groupOf == null ? 0 : groupOf[event]; }

    @Override
    public void switchOn(int event) {
        int w = event >> WORD_SHIFT;
        long bit = 1L << event;
        if ((on[w] & bit) != 0) return;
        on[w] |= bit;
        count(groupOf(event), event, 1);
    }

    @Override
    public void switchOff(int event) {
        int w = event >> WORD_SHIFT;
        long bit = 1L << event;
        if ((on[w] & bit) == 0) return;
        on[w] &= ~bit;
        count(groupOf(event), event, -1);
    }

    private void count(int g, int event, int delta) {
        if (groupOf == null) {
            // One group (the common case): constant shifts and no array-of-arrays loads on the hot path.
            count0[event >> SHIFT0] += delta;
            count1[event >> SHIFT1] += delta;
            count2[event >> SHIFT2] += delta;
            count3[event >> SHIFT3] += delta;
            groupCount[0] += delta;
            return;
        }
        int[][] levels = levelCount[g];
        for (int l = 0; l < LEVELS; l++) levels[l][event >> LEVEL_SHIFT[l]] += delta;
        groupCount[g] += delta;
    }

    /** The k-th (0-based, in event order) on-event of group g. */
    @Override
    protected int member(int g, int k) {
        int[][] levels = levelCount[g];
        int[] top = levels[LEVELS - 1];
        int b = 0;
        while (k >= top[b]) k -= top[b++];
        for (int l = LEVELS - 2; l >= 0; l--) {
            int[] count = levels[l];
            b <<= FANOUT_SHIFT;
            while (k >= count[b]) k -= count[b++];
        }
        long[] members = groupMembers == null ? null : groupMembers[g];
        int w = b << (LEVEL_SHIFT[0] - WORD_SHIFT);
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
