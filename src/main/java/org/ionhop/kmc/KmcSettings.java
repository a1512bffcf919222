package org.ionhop.kmc;

/**
 * How to run: carriers, phase lengths, trajectory sampling, replicas, threads and seed.
 * Temperature and energies live in {@link org.ionhop.rates.RateParameters}.
 *
 * @param carriers              ions or vacancies and their starting placement
 * @param equilibration         phase whose hops are not recorded
 * @param measurement           recorded phase
 * @param sampleIntervalSeconds trajectory grid spacing, s; {@code +Infinity} records only sample 0
 * @param replicas              independent replicas (>= 1)
 * @param threads               worker threads; 0 = all available processors. Never changes results.
 * @param seed                  master seed; replica r's random stream depends only on (seed, r)
 * @param selector              event-selection algorithm (all exact)
 */
public record KmcSettings(Carriers carriers, RunLength equilibration, RunLength measurement,
                          double sampleIntervalSeconds, int replicas, int threads, long seed,
                          SelectorKind selector) {

    public KmcSettings {
        if (!(sampleIntervalSeconds > 0)) {
            throw new IllegalArgumentException("sample interval must be > 0 s, got " + sampleIntervalSeconds);
        }
        if (replicas < 1) throw new IllegalArgumentException("need at least one replica, got " + replicas);
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), got " + threads);
    }

    /** Defaults: no equilibration, one replica, all cores, seed 1, automatic selector. */
    public static KmcSettings of(Carriers carriers, RunLength measurement, double sampleIntervalSeconds) {
        return new KmcSettings(carriers, RunLength.none(), measurement, sampleIntervalSeconds, 1, 0, 1L,
                SelectorKind.AUTO);
    }

    public KmcSettings withEquilibration(RunLength r) {
        return new KmcSettings(carriers, r, measurement, sampleIntervalSeconds, replicas, threads, seed, selector);
    }

    public KmcSettings withReplicas(int n) {
        return new KmcSettings(carriers, equilibration, measurement, sampleIntervalSeconds, n, threads, seed, selector);
    }

    public KmcSettings withThreads(int n) {
        return new KmcSettings(carriers, equilibration, measurement, sampleIntervalSeconds, replicas, n, seed, selector);
    }

    public KmcSettings withSeed(long s) {
        return new KmcSettings(carriers, equilibration, measurement, sampleIntervalSeconds, replicas, threads, s, selector);
    }

    public KmcSettings withSelector(SelectorKind k) {
        return new KmcSettings(carriers, equilibration, measurement, sampleIntervalSeconds, replicas, threads, seed, k);
    }

    /** Threads actually used: the setting, or all available processors when it is 0. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
