package org.ionhop.validation;

import java.util.List;

import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.network.HopNetwork;

/**
 * One vacancy in an otherwise full lattice: the tracer correlation factor equals the Compaan–Haven
 * value. With one vacancy in a periodic cell of N sites the exact value is f_N = f + c_N/N
 * (constants c_N per lattice in validation/references.yaml), which is the reference used here.
 *
 * <p>Estimator: {@link ReplicaStatistics#correlationFactor} (Σ_k |R_k|² / (n a²)). Its bias from the
 * run's end (a tracer's last jumps miss their successors' correlation) is about −2t/(1−t)² per tracer
 * with t = (f−1)/(f+1), i.e. relative ≈ 1.3/m on honeycomb and &lt; 0.8/m on the other lattices for m
 * jumps per ion; the run lengths below keep it below a third of the statistical error.
 */
public final class VacancyCorrelationCase implements ValidationCase {
    private final String lattice;
    private final HopNetwork network;
    private final String referenceId;
    private final String finiteCellId;

    /**
     * @param finiteCellId     references.yaml id of c in f_N = f + c/N for this lattice
     */
    public VacancyCorrelationCase(String lattice, HopNetwork network, String referenceId, String finiteCellId) {
        this.lattice = lattice;
        this.network = network;
        this.referenceId = referenceId;
        this.finiteCellId = finiteCellId;
    }

    @Override public String name() { return "correlation-factor-" + lattice; }

    @Override public Tier tier() { return Tier.ANALYTIC; }

    /** Mean f over replicas with its standard error (shared with the kMC physics test). */
    public static ReplicaStatistics.MeanError measure(HopNetwork net, long hopsPerSite, int replicas, long seed, int threads) {
        double a2 = ReplicaStatistics.firstHopLengthSquared(net);
        KmcSettings s = KmcSettings.of(Carriers.vacancies(1), RunLength.totalHops(hopsPerSite * net.siteCount()),
                Double.POSITIVE_INFINITY).withReplicas(replicas).withSeed(seed).withThreads(threads);
        List<ReplicaResult> rs = EngineRuns.run(net, EngineRuns.uniform(net), s);
        return ReplicaStatistics.overReplicas(rs, r -> ReplicaStatistics.correlationFactor(r, a2));
    }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        ReferenceLibrary lib = ctx.references();
        Reference infinite = lib.get(referenceId);
        int n = network.siteCount();
        double finiteSizeConstant = lib.get(finiteCellId).value();
        Reference ref = infinite.withValue(referenceId + "+finite-size", infinite.value() + finiteSizeConstant / n,
                infinite.uncertainty(), String.format(java.util.Locale.ROOT,
                        "finite cell: f_N = f + %.2f/N, N = %d (references.yaml %s)", finiteSizeConstant, n, finiteCellId));
        long hopsPerSite = ctx.pick(1000L, 200L);
        int replicas = ctx.pick(16, 8);
        ReplicaStatistics.MeanError f = measure(network, hopsPerSite, replicas, 2024, ctx.threads());
        Comparison c = Comparison.evaluate(ref, f.toMeasurement("1"), Tolerance.statistical(
                "exact theory for the finite cell: only the statistical error of " + replicas + " replicas remains"));
        return CaseResult.of(name(), tier(), "tracer correlation factor, 1 vacancy in " + n + " sites, "
                + hopsPerSite + " hops per site, Σ|R_k|²/(n a²)", c, EngineRuns.seconds(t0));
    }
}
