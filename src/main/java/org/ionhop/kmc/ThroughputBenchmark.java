package org.ionhop.kmc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;

/**
 * Measures kMC loop throughput: replicas are set up and warmed up (JIT) first, then only the
 * measurement loop is timed. With several threads, all replicas start together after a barrier and
 * the throughput is total hops over the slowest replica's loop time.
 */
public final class ThroughputBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final HopNetwork network;
    private final RateParameters parameters;
    private final Carriers carriers;

    /**
     * Hops done, loop wall time (slowest replica) and loop CPU time (all replicas). On a shared
     * machine CPU time is the fairer per-thread figure: it does not count time the thread waited
     * for a core.
     */
    public record Measurement(long hops, double wallSeconds, double cpuSeconds, int threads) {
        /** All replicas' hops per wall-clock second. */
        public double hopsPerSecond() { return hops / wallSeconds; }

        /** Hops per CPU second of one thread. */
        public double hopsPerCpuSecond() { return hops / cpuSeconds; }
    }

    public ThroughputBenchmark(HopNetwork network, RateParameters parameters, Carriers carriers) {
        this.network = network;
        this.parameters = parameters;
        this.carriers = carriers;
    }

    /** One replica per thread, each doing {@code hopsPerReplica} timed hops after {@code warmupHops}. */
    public Measurement measure(SelectorKind selector, long warmupHops, long hopsPerReplica, int threads) {
        KmcSettings settings = KmcSettings.of(carriers, RunLength.totalHops(hopsPerReplica), Double.POSITIVE_INFINITY)
                .withEquilibration(RunLength.totalHops(warmupHops)).withSelector(selector)
                .withReplicas(threads).withThreads(threads);
        KmcSimulation simulation = new KmcSimulation(network, parameters, settings);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<double[]>> runs = new ArrayList<>();
            for (int r = 0; r < threads; r++) {
                int replica = r;
                runs.add(pool.submit(() -> {
                    KmcReplica k = simulation.newReplica(replica);
                    k.equilibrate();
                    start.await();
                    long cpu0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    ReplicaResult result = k.measure();
                    return new double[] {result.totalHops(), (System.nanoTime() - t0) * 1e-9,
                        (CPU.getCurrentThreadCpuTime() - cpu0) * 1e-9};
                }));
            }
            long hops = 0;
            double slowest = 0;
            double cpu = 0;
            for (Future<double[]> f : runs) {
                double[] hs = f.get();
                hops += (long) hs[0];
                slowest = Math.max(slowest, hs[1]);
                cpu += hs[2];
            }
            return new Measurement(hops, slowest, cpu, threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("benchmark replica failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
