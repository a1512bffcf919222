package org.ionhop.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ionhop.network.HopNetwork;
import org.ionhop.network.ZOrder;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;

/**
 * Runs independent replicas of a kMC simulation on a thread pool. Each replica draws from its own
 * random stream, a function of (seed, replica index) only, so results are bit-identical for any
 * thread count. The network-derived tables are built once and shared read-only by all replicas.
 *
 * <p>The loop runs on the network renumbered along a Z-order curve ({@link SiteOrder}), for memory
 * locality on large lattices; results and checkpoints are in the network's own site order.
 */
public final class KmcSimulation {
    private final HopNetwork internal;
    private final SiteOrder order;
    private final HopTable hopTable;
    private final RateModel rates;
    private final RateModel internalRates;
    private final double[] isolatedRateHz;   // per internal hop
    private final KmcSettings settings;

    public KmcSimulation(HopNetwork network, RateParameters parameters, KmcSettings settings) {
        HopTopology topology = new HopTopology(network);
        this.rates = new RateModel(network, topology, parameters);
        int[] zOrder = ZOrder.siteOrder(network);
        internal = network.withSiteOrder(zOrder);
        HopTopology internalTopology = new HopTopology(internal);
        order = new SiteOrder(zOrder, network, topology.hopSource(), internal, internalTopology.hopSource());
        this.hopTable = new HopTable(internal, internalTopology);
        this.internalRates = new RateModel(internal, internalTopology, parameters);
        this.settings = settings;
        isolatedRateHz = new double[internal.hopCount()];
        for (int h = 0; h < isolatedRateHz.length; h++) isolatedRateHz[h] = internalRates.isolatedRateHz(h);
        settings.carriers().ionCount(network.siteCount()); // fail early on too many carriers
    }

    /** The rates on the network as given (network site and hop indices). */
    public RateModel rateModel() { return rates; }

    public KmcSettings settings() { return settings; }

    /** A fresh replica with its ions placed, ready to {@link KmcReplica#equilibrate()}. */
    public KmcReplica newReplica(int replica) {
        return new KmcReplica(replica, internal, order, hopTable, internalRates, isolatedRateHz, settings);
    }

    /** A replica that continues exactly from a state captured by {@link KmcReplica#captureState()}. */
    public KmcReplica restoreReplica(ReplicaState state) {
        KmcReplica r = newReplica(state.replica());
        r.restore(state);
        return r;
    }

    /** Runs one replica (equilibration + measurement) in the calling thread. */
    public ReplicaResult runReplica(int replica) {
        KmcReplica r = newReplica(replica);
        r.equilibrate();
        return r.measure();
    }

    /** Runs all replicas on {@link KmcSettings#effectiveThreads()} threads; results in replica order. */
    public List<ReplicaResult> run() {
        return run(result -> { });
    }

    /**
     * As {@link #run()}, telling {@code onReplicaDone} (from the worker thread, in completion order)
     * as each replica finishes, e.g. for a progress bar. The results do not depend on it.
     */
    public List<ReplicaResult> run(java.util.function.Consumer<ReplicaResult> onReplicaDone) {
        int threads = Math.min(settings.effectiveThreads(), settings.replicas());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "ionhop-replica");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReplicaResult>> futures = new ArrayList<>();
            for (int r = 0; r < settings.replicas(); r++) {
                int replica = r;
                futures.add(pool.submit(() -> {
                    ReplicaResult result = runReplica(replica);
                    onReplicaDone.accept(result);
                    return result;
                }));
            }
            List<ReplicaResult> results = new ArrayList<>();
            for (Future<ReplicaResult> f : futures) results.add(Futures.await(f));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
