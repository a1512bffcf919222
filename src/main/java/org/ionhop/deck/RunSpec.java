package org.ionhop.deck;

/**
 * How long and how often to run and sample.
 *
 * @param length        production run length per temperature and replica
 * @param equilibration discarded run before sampling starts (length 0 = none)
 * @param sampling      either a number of samples or a sampling interval
 * @param replicas      independent runs per temperature (error bars come from their spread)
 * @param threads       worker threads; 0 = all available cores
 * @param seed          master random seed (same deck + same build = same numbers)
 * @param checkpointIntervalSeconds wall-clock seconds between checkpoints; 0 = none (only on SIGTERM)
 */
public record RunSpec(Length length, Length equilibration, Sampling sampling, int replicas, int threads, long seed,
                      double checkpointIntervalSeconds, double fitWindowStart, double fitWindowEnd, SourceRef where) {

    /**
     * Default of {@code run.msd_fit_window}: D is fitted to the MSD between these fractions of the
     * longest time lag (after the short-time transient, before the statistics of long lags thin out).
     */
    public static final double[] DEFAULT_FIT_WINDOW = {0.1, 0.5};

    /** Default of {@code run.replicas}. */
    public static final int DEFAULT_REPLICAS = 4;
    /** Default of {@code run.samples}. */
    public static final int DEFAULT_SAMPLES = 200;
    /** Default of {@code run.seed}. */
    public static final long DEFAULT_SEED = 20240229L;
    /** Default of {@code run.checkpoint_interval_s}: losing at most ten minutes to a crash. */
    public static final double DEFAULT_CHECKPOINT_INTERVAL_S = 600;

    /** A run length in one of three units. */
    public record Length(LengthUnit unit, double value, SourceRef where) {}

    /** simulated_time_s (seconds of simulated time), hops_per_ion (hops / number of ions), total_hops. */
    public enum LengthUnit {
        SIMULATED_TIME_S("simulated_time_s"), HOPS_PER_ION("hops_per_ion"), TOTAL_HOPS("total_hops");

        private final String key;

        LengthUnit(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** Either {@code samples} grid points over the run, or one sample every {@code sample_interval_s}. */
    public record Sampling(boolean byCount, int samples, double intervalSeconds, SourceRef where) {}

    /** Threads to use: the deck's value, or all available processors when it is 0. */
    public int threadsOrAllCores() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
