package org.ionhop.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ionhop.network.HopNetwork;
import org.ionhop.rates.EnvironmentTally;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;
import org.ionhop.rates.ReplicaModels;

/**
 * Runs independent replicas of a kMC simulation on a thread pool. Each replica draws from its own
 * random stream, a function of (seed, replica index) only, so results are bit-identical for any
 * thread count. The network-derived tables are built once and shared read-only by all replicas.
 */
public final class KmcSimulation {
    private final HopNetwork network;
    private final HopTable hopTable;
    private final RateModel rates;
    private final FixedRates isolatedRates;
    private final boolean fewDistinctRates;
    private final KmcSettings settings;
    private final SiteZones zones;   // null for a single-phase supercell
    private final ReplicaModels replicaModels; // per-replica host realisations and tallies
    private final EnvironmentTally tally;      // of every replica when the models are shared; may be null

    /**
     * Above this many hops the loop computes hops from the cell template
     * ({@link org.ionhop.rates.PeriodicHops}) when the network repeats one cell: the per-hop tables
     * (24 bytes per hop) then no longer stay in cache and each read is a main-memory miss. Below it,
     * reading the cached tables is cheaper than the integer arithmetic (standard problem, same-JVM
     * A/B: 20^3 0.75x, 30^3 1.05x, 40^3 1.30x, 100^3 1.74x; with a nearest-neighbour pair
     * interaction, whose rates sum the interaction shells from the template too: 30^3 1.03x, 100^3
     * 1.32x). Either way the hops, and so the results, are identical.
     */
    static final int PERIODIC_ABOVE_HOPS = 1 << 17;

    public KmcSimulation(HopNetwork network, RateParameters parameters, KmcSettings settings) {
        this(network, parameters, settings, network.hopCount() > PERIODIC_ABOVE_HOPS, null);
    }

    /** With the zones of a composite: per-zone bookkeeping and start placement ({@link SiteZones}). */
    public KmcSimulation(HopNetwork network, RateParameters parameters, KmcSettings settings, SiteZones zones) {
        this(network, parameters, settings, network.hopCount() > PERIODIC_ABOVE_HOPS, zones);
    }

    /** @param periodicHops whether the loop may compute hops from the cell template (tests compare both ways) */
    KmcSimulation(HopNetwork network, RateParameters parameters, KmcSettings settings, boolean periodicHops) {
        this(network, parameters, settings, periodicHops, null);
    }

    KmcSimulation(HopNetwork network, RateParameters parameters, KmcSettings settings, boolean periodicHops,
                  SiteZones zones) {
        this(network, ReplicaModels.same(parameters, null), settings, periodicHops, zones);
    }

    /**
     * With what may differ between replicas ({@link ReplicaModels}): each replica's own host
     * realisation and environment tally. Replica 0's parameters build the shared tables.
     */
    public KmcSimulation(HopNetwork network, ReplicaModels models, KmcSettings settings, SiteZones zones) {
        this(network, models, settings, network.hopCount() > PERIODIC_ABOVE_HOPS, zones);
    }

    KmcSimulation(HopNetwork network, ReplicaModels models, KmcSettings settings, boolean periodicHops,
                  SiteZones zones) {
        RateParameters parameters = models.parameters(0);
        this.replicaModels = models;
        this.tally = models.shared() ? models.tally(0) : null;
        this.network = network;
        this.zones = zones;
        if (zones != null && zones.zoneOfSite().length != network.siteCount()) {
            throw new IllegalArgumentException("zones give " + zones.zoneOfSite().length + " sites, the network has "
                    + network.siteCount());
        }
        // A network that repeats one cell and whose loop computes hops from it needs nothing per hop:
        // no topology, no tables, one rate per hop of the cell. Its per-hop arrays are never built.
        // (A landscape — regions' among them — or an environment model varies per hop: it keeps the
        // topology and per-hop rates.)
        boolean template = periodicHops && network.template() != null && !parameters.hasLandscape()
                && parameters.environment() == null;
        HopTopology topology = template ? null : new HopTopology(network);
        this.rates = new RateModel(network, topology, parameters);
        // Environment-dependent rates are recomputed from the rate model's per-site lists, on the tables.
        this.hopTable = new HopTable(network, topology, periodicHops && !rates.hasEnvironment());
        this.settings = settings;
        if (template) {
            double[] perPair = new double[network.template().pairsPerCell()];
            for (int p = 0; p < perPair.length; p++) perPair[p] = rates.isolatedRateHz(p);
            isolatedRates = FixedRates.periodic(perPair, network.hopCount());
            fewDistinctRates = true; // no landscape here: one rate per (class, site-type pair) at most
        } else {
            double[] perHop = new double[network.hopCount()];
            for (int h = 0; h < perHop.length; h++) perHop[h] = rates.isolatedRateHz(h);
            isolatedRates = FixedRates.perEvent(perHop);
            // Without a landscape the rates take at most one value per (class, site-type pair): few.
            fewDistinctRates = !rates.hasLandscape()
                    || SelectorKind.fewDistinctRates(perHop, SelectorKind.GROUPS_AT_MOST);
        }
        settings.carriers().ionCount(network.siteCount()); // fail early on too many carriers
    }

    private KmcSimulation(KmcSimulation built, KmcSettings settings) {
        this.network = built.network;
        this.hopTable = built.hopTable;
        this.rates = built.rates;
        this.isolatedRates = built.isolatedRates;
        this.fewDistinctRates = built.fewDistinctRates;
        this.settings = settings;
        this.zones = built.zones;
        this.replicaModels = built.replicaModels;
        this.tally = built.tally;
        settings.carriers().ionCount(network.siteCount());
    }

    /**
     * The same network and rates with other run settings, sharing everything built from them (the
     * pilot run and the measurement use one set of tables instead of building them twice).
     */
    public KmcSimulation withSettings(KmcSettings other) {
        return new KmcSimulation(this, other);
    }

    public RateModel rateModel() { return rates; }

    public KmcSettings settings() { return settings; }

    /** A fresh replica with its ions placed, ready to {@link KmcReplica#equilibrate()}. */
    public KmcReplica newReplica(int replica) {
        if (replicaModels.shared()) {
            return new KmcReplica(replica, network, hopTable, rates, isolatedRates, fewDistinctRates, settings, zones,
                    tally);
        }
        // Its own host realisation: its own per-hop rates on the shared topology tables.
        RateModel own = new RateModel(network, new HopTopology(network), replicaModels.parameters(replica));
        double[] perHop = new double[network.hopCount()];
        for (int h = 0; h < perHop.length; h++) perHop[h] = own.isolatedRateHz(h);
        return new KmcReplica(replica, network, hopTable, own, FixedRates.perEvent(perHop),
                !own.hasLandscape() || SelectorKind.fewDistinctRates(perHop, SelectorKind.GROUPS_AT_MOST), settings,
                zones, replicaModels.tally(replica));
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
