package org.ionhop.run;

/**
 * Seeds per temperature: each temperature of a deck gets its own master seed, a pure function of
 * (deck seed, temperature index), so temperatures are statistically independent (an Arrhenius fit
 * assumes independent errors) and a temperature's results do not depend on which other temperatures
 * run, in which process, or on how many threads.
 */
public final class ReplicaSeeds {
    private ReplicaSeeds() {}

    /** Master seed of temperature number {@code temperatureIndex} (0-based, deck order). */
    public static long forTemperature(long deckSeed, int temperatureIndex) {
        return splitMix64(deckSeed + 0x9E3779B97F4A7C15L * (temperatureIndex + 1L));
    }

    /** Seed of the short pilot run that turns a run length in hops into simulated time. */
    static long forPilot(long temperatureSeed) {
        return splitMix64(temperatureSeed ^ 0x5DEECE66DL);
    }

    private static long splitMix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
