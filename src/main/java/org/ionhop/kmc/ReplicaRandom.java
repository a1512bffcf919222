package org.ionhop.kmc;

import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One independent random stream per replica, a pure function of (seed, replica index), so results
 * never depend on thread count or scheduling. The generator is L64_X128_MIX (LXM), designed for
 * many independent streams: each replica gets its own LCG increment and state, derived by
 * SplitMix64 hashing of the seed and index. The provider is restorable (checkpoints).
 */
public final class ReplicaRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ReplicaRandom() {}

    public static RestorableUniformRandomProvider create(long seed, int replica) {
        long state = mix64(seed) ^ mix64(GOLDEN_GAMMA * (replica + 1L));
        long[] seedWords = new long[4];
        for (int k = 0; k < seedWords.length; k++) {
            state += GOLDEN_GAMMA;
            seedWords[k] = mix64(state);
        }
        return RandomSource.L64_X128_MIX.create(seedWords);
    }

    /** SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit hash. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
