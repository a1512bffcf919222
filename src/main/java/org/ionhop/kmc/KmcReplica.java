package org.ionhop.kmc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.EnvironmentTally;
import org.ionhop.rates.PeriodicHops;
import org.ionhop.rates.RateModel;

/**
 * One replica: the lattice-gas state and the rejection-free loop. Events are directed hops (index =
 * hop index); an event is on when its source holds an ion and its target is empty. After a hop
 * only the rates it can change are updated: without pair interactions, the hops out of and into
 * the two sites involved; with them, also those of the sites in the interaction shells around
 * them. The loop touches only primitive arrays and allocates nothing.
 *
 * <p>Use: {@link #equilibrate()}, then {@link #measure()}; or {@link #run(StopFlag)}, which can pause
 * at a hop boundary, {@link #captureState()} for a checkpoint, and continue. Not thread-safe; one
 * thread per replica.
 */
public final class KmcReplica {
    /** A {@link StopFlag} is read once per this many hops of a phase (a power of two). */
    public static final int STOP_CHECK_HOPS = 1024;
    private static final StopFlag NEVER = new StopFlag();
    private final int replica;
    private final KmcSettings settings;
    private final RateModel rates;
    private final EventSelector selector;  // null on the uniform-rate path, which needs none
    private final RestorableUniformRandomProvider random;
    private final ZigguratSampler.Exponential exponential; // unit-mean waiting times from random
    private final boolean interacting;
    private final FixedRates isolatedRates; // per hop (or per hop of the cell); used without pair interactions
    private final boolean dependent;      // environment-dependent barriers: rates from the RateModel's tables
    private final int[] dependentStart;   // HopEnvironment: per site, the hops whose rate reads it; null without
    private final int[] dependentHops;
    private final int[] hopStamp;         // scratch for updateDependent: hops already recomputed

    private final FixedRateSelector fixed; // the same selector when it takes fixed rates, else null
    private final int[] hopStart;         // the network's; null when hops are computed
    private final int[] hopTarget;        // the network's, for setting all rates at once; ditto
    private final int[] link;             // HopTable.link: target, reverse per hop; null when hops are computed
    private final int[] chosen;           // HopTable.chosen: source, target, target's first hop, type per hop; ditto
    private final int[] hopType;          // HopTable.hopType: class, vector id, position, hop counts per type
    private final double[] vectorAngstrom; // HopTable.vectorAngstrom: distinct hop vectors
    private final PeriodicHops periodic;  // hops computed from one cell; null with the tables
    private final HopNetwork network;     // for site types, which repeat by cell when hops are computed
    private final int siteTypeCount;

    private final long[] occupiedBits;    // bit per site: 1/8 of a boolean[], so the neighbour checks stay in L2
    private final boolean[] occupied;     // per site, for the RateModel; null without pair interactions
    private final int[] ionAt;            // per site, -1 when empty; on the uniform-rate path only up to date after syncIonAt()
    private final double[] displacement;  // per ion, 3 components, Å
    private final long[] hopsPerClass;
    private final double[] occupancyClock; // per site: [2s] seconds occupied so far, [2s+1] time the ion arrived
    private final int ionCount;
    private final SiteZones zones;          // null for a single-phase supercell: then no zone bookkeeping
    private final int[] zoneOfSite;         // zones.zoneOfSite(), or null
    private final int zoneCount;
    private final double[] zoneDisplacement; // per ion and zone, 3 components, Å; null without zones
    private final long[] hopsPerZone;        // null without zones
    private final EnvironmentTally tally;    // sorts hops into environment bins; null: no tally
    private final long[] hopsPerBin;         // per environment bin; null without a tally
    private final int[] siteStamp;   // scratch for updateInteracting: marks sites already collected; null without interactions
    private final int[] affected;
    private final int[] affectedCell; // with the cell template: cell coordinates and site in cell of each affected site
    private int stamp;

    // The uniform-rate path (SelectorKind.UNIFORM_RATE): every hop has rate uniformRateHz when possible.
    private final double uniformRateHz;   // > 0 on this path, else 0
    private final int[] siteOfIon;        // per ion, its site (tables); null off this path or with the template
    private final long[] placeOfIon;      // per ion, its cell coordinates and site in the cell, packed (template)
    private final int placeShift1, placeShift0; // bit offsets of c1 and c0 in a packed place; c2 at bits of s
    private final int placeShift2;
    private final long placeMask0, placeMask1, placeMask2, placeMaskSite;
    private final int slotsPerIon;        // most hops out of any site: an ion's draw picks one of these slots
    private final long drawThreshold;     // 2^64 mod (ions x slots): draws whose low word is below it are redone
    // Uniform-rate path on the tables: per site and hop slot, hop type << 32 | target site, the site itself
    // for a slot beyond its hops; one 8-byte read per draw and per neighbour instead of hopStart, link and
    // chosen (20^3: 1 of 4 cache lines per hop). Null otherwise.
    private final long[] slotHop;
    /** The uniform-rate path on the tables keeps {@link #slotHop} only up to this many entries (8 bytes each). */
    static final int SLOT_TABLE_MAX_ENTRIES = 1 << 25;
    private long possibleHops;            // hops whose source holds an ion and whose target is empty

    private double timeSeconds;
    private long hops;
    private long equilibrationHops;
    private ReplicaState.Phase phase = ReplicaState.Phase.EQUILIBRATION;
    private long phaseHops;
    private final int[] placedSite;       // per ion, as placed before equilibration (deterministic per seed and replica)
    private int[] measurementStartSite;   // set when measurement starts
    private final TrajectoryRecorder measurementRecorder; // allocated first, see the constructor
    private TrajectoryRecorder recorder;  // set when measurement starts
    private ReplicaResult result;         // set when measurement ends

    /** @param fewDistinctRates whether the isolated rates take few enough values for a rate-group selector */
    KmcReplica(int replica, HopNetwork network, HopTable hopTable, RateModel rates, FixedRates isolatedRates,
               boolean fewDistinctRates, KmcSettings settings, SiteZones zones, EnvironmentTally tally) {
        this.replica = replica;
        this.tally = tally;
        this.hopsPerBin = tally == null ? null : new long[tally.binCount()];
        this.settings = settings;
        this.rates = rates;
        this.isolatedRates = isolatedRates;
        this.interacting = rates.hasPairInteractions();
        this.dependent = rates.hasEnvironment();
        dependentStart = dependent ? rates.environment().dependentStart() : null;
        dependentHops = dependent ? rates.environment().dependentHops() : null;
        hopStamp = dependent ? new int[network.hopCount()] : null;
        this.network = network;
        link = hopTable.link;
        chosen = hopTable.chosen;
        hopType = hopTable.hopType;
        vectorAngstrom = hopTable.vectorAngstrom;
        periodic = hopTable.periodic;
        hopStart = periodic == null ? network.hopStart() : null;
        hopTarget = periodic == null ? network.hopTarget() : null;
        siteTypeCount = network.siteLabels().size();
        int sites = network.siteCount();
        ionCount = settings.carriers().ionCount(sites);
        slotsPerIon = network.maxHopsPerSite();
        SelectorKind kind = settings.selector() == SelectorKind.AUTO
                && uniformRateFits(isolatedRates, network.hopCount(), sites) ? SelectorKind.UNIFORM_RATE
                : settings.selector();
        if (kind == SelectorKind.UNIFORM_RATE && periodic == null && (long) sites * slotsPerIon > SLOT_TABLE_MAX_ENTRIES) {
            throw new IllegalArgumentException("the " + kind + " selector on a network that does not repeat one cell "
                    + "needs sites x most hops per site <= " + SLOT_TABLE_MAX_ENTRIES + ", got " + sites + " x " + slotsPerIon);
        }
        if (kind == SelectorKind.UNIFORM_RATE && (interacting || dependent || tally != null
                || isolatedRates.uniformRateHz() <= 0)) {
            throw new IllegalArgumentException("the " + kind + " selector needs one fixed rate for every hop: "
                    + "it cannot be used with pair interactions, environment-dependent barriers, per-environment "
                    + "statistics or several rates");
        }
        uniformRateHz = kind == SelectorKind.UNIFORM_RATE ? isolatedRates.uniformRateHz() : 0;
        siteOfIon = uniformRateHz > 0 && periodic == null ? new int[ionCount] : null;
        slotHop = siteOfIon == null ? null : slotTable(sites);
        placeOfIon = uniformRateHz > 0 && periodic != null ? new long[ionCount] : null;
        // A place packs (c0, c1, c2, s) into bit fields just wide enough (at most 35 bits in all, since
        // sites < 2^31), so the loop gets an ion's cell coordinates without dividing its site index.
        int bitsS = periodic == null ? 0 : bitsFor(periodic.sitesPerCell);
        int bits2 = periodic == null ? 0 : bitsFor(periodic.n2);
        int bits1 = periodic == null ? 0 : bitsFor(periodic.n1);
        int bits0 = periodic == null ? 0 : bitsFor(periodic.n0);
        placeShift2 = bitsS;
        placeShift1 = bitsS + bits2;
        placeShift0 = bitsS + bits2 + bits1;
        placeMaskSite = (1L << bitsS) - 1;
        placeMask2 = (1L << bits2) - 1;
        placeMask1 = (1L << bits1) - 1;
        placeMask0 = (1L << bits0) - 1;
        long draws = (long) ionCount * slotsPerIon;
        drawThreshold = draws > 0 ? Long.remainderUnsigned(-draws, draws) : 0;
        selector = uniformRateHz > 0 ? null : createSelector(kind, network.hopCount(), fewDistinctRates);
        fixed = selector instanceof FixedRateSelector f ? f : null;
        random = ReplicaRandom.create(settings.seed(), replica);
        exponential = ZigguratSampler.Exponential.of(random);

        // The trajectory buffer, the largest array, is allocated before the state arrays: allocated
        // last, at the start of measurement, it met a heap fragmented by the (unmoved) large arrays of
        // this state and of the pilot's, and a 10^7-site run failed at 1 GB with 0.3 GB live.
        measurementRecorder = newRecorder();
        occupiedBits = new long[(sites >> 6) + 1];
        occupied = interacting && periodic == null ? new boolean[sites] : null; // the template path reads the bits
        ionAt = new int[sites];
        Arrays.fill(ionAt, -1);
        displacement = new double[3 * ionCount];
        hopsPerClass = new long[network.classes().size()];
        occupancyClock = new double[2 * sites];
        this.zones = zones;
        zoneOfSite = zones == null ? null : zones.zoneOfSite();
        zoneCount = zones == null ? 0 : zones.zoneCount();
        zoneDisplacement = zones == null ? null : new double[3 * ionCount * zoneCount];
        hopsPerZone = zones == null ? null : new long[zoneCount];
        siteStamp = interacting ? new int[sites] : null;
        affected = new int[2 * (network.maxHopsPerSite() + 1)];
        affectedCell = new int[4 * affected.length];
        placedSite = startSites(sites);
        placeIons(placedSite);
        setAllRates();
    }

    /**
     * Whether AUTO takes the uniform-rate path: no interactions, one rate for every hop, and a drawn
     * (ion, hop slot) pair is a possible hop often enough (see {@link SelectorKind#UNIFORM_ACCEPTANCE_AT_LEAST}).
     */
    private boolean uniformRateFits(FixedRates isolated, int hopCount, int sites) {
        // The environment tally needs the hop index of every hop, which this path never forms.
        if (interacting || dependent || tally != null || isolated.uniformRateHz() <= 0 || sites == 0 || slotsPerIon == 0) {
            return false;
        }
        if (periodic == null && (long) sites * slotsPerIon > SLOT_TABLE_MAX_ENTRIES) return false;
        double emptyFraction = 1.0 - (double) ionCount / sites;
        double usedSlots = (double) hopCount / ((double) sites * slotsPerIon);
        return emptyFraction * usedSlots >= SelectorKind.UNIFORM_ACCEPTANCE_AT_LEAST;
    }

    private EventSelector createSelector(SelectorKind kind, int events, boolean fewDistinctRates) {
        if ((kind == SelectorKind.GROUPED || kind == SelectorKind.BITMAP) && (interacting || dependent)) {
            throw new IllegalArgumentException("the " + kind + " selector needs fixed rates: "
                    + "it cannot be used with pair interactions or environment-dependent barriers");
        }
        return switch (kind) {
            case AUTO -> interacting || dependent || !fewDistinctRates ? new SumTreeSelector(events)
                    : events > SelectorKind.BITMAP_ABOVE_EVENTS ? new BitmapRateSelector(isolatedRates)
                    : new GroupedRateSelector(isolatedRates);
            case GROUPED -> new GroupedRateSelector(isolatedRates);
            case BITMAP -> new BitmapRateSelector(isolatedRates);
            case SUM_TREE -> new SumTreeSelector(events);
            case LINEAR_SCAN -> new LinearScanSelector(events);
            case UNIFORM_RATE -> throw new IllegalStateException("the uniform-rate path has no selector");
        };
    }

    private int[] startSites(int sites) {
        if (settings.carriers().placement() == Carriers.Placement.GIVEN) {
            int[] given = settings.carriers().startSites();
            if (given.length != ionCount) {
                throw new IllegalArgumentException(given.length + " start sites for " + ionCount + " ions");
            }
            return given.clone();
        }
        if (settings.carriers().placement() == Carriers.Placement.LOWEST_ENERGY) {
            return IntStream.range(0, sites).boxed()
                    .sorted(Comparator.comparingDouble(rates::siteEnergyEv).thenComparingInt(s -> s))
                    .limit(ionCount).mapToInt(Integer::intValue).toArray();
        }
        if (zones != null && zones.groupOfSite() != null) return startSitesByGroup(sites);
        // Partial Fisher–Yates shuffle from the replica's own stream: reproducible per (seed, replica).
        int[] order = IntStream.range(0, sites).toArray();
        for (int k = 0; k < ionCount; k++) {
            int pick = k + random.nextInt(sites - k);
            int tmp = order[k];
            order[k] = order[pick];
            order[pick] = tmp;
        }
        return Arrays.copyOf(order, ionCount);
    }

    /**
     * Random start with a quota per group (phase): each group with a quota gets exactly that many
     * ions at random among its sites; the rest go at random to the sites of groups without one.
     */
    private int[] startSitesByGroup(int sites) {
        int[] group = zones.groupOfSite();
        int[] quota = zones.ionsPerGroup();
        int[] out = new int[ionCount];
        int placed = 0;
        for (int g = 0; g <= quota.length; g++) {
            final int gg = g;
            int[] pool = g < quota.length
                    ? IntStream.range(0, sites).filter(s -> group[s] == gg).toArray()
                    : IntStream.range(0, sites).filter(s -> quota[group[s]] < 0).toArray();
            if (g < quota.length && quota[g] < 0) continue;
            int want = g < quota.length ? quota[g] : ionCount - placed;
            if (want > pool.length || placed + want > ionCount) {
                throw new IllegalArgumentException("cannot place " + want + " ions on " + pool.length
                        + " sites of start group " + g + " (" + placed + " of " + ionCount + " placed)");
            }
            for (int k = 0; k < want; k++) {
                int pick = k + random.nextInt(pool.length - k);
                int tmp = pool[k];
                pool[k] = pool[pick];
                pool[pick] = tmp;
                out[placed++] = pool[k];
            }
        }
        return out;
    }

    private void placeIons(int[] sites) {
        for (int ion = 0; ion < sites.length; ion++) {
            setOccupied(sites[ion], true);
            ionAt[sites[ion]] = ion;
        }
    }

    /** Every hop's rate from the current occupancy (start and restore; the loop updates only what changes). */
    private void setAllRates() {
        if (uniformRateHz > 0) {
            countPossibleHops();
            return;
        }
        if (periodic != null) {
            setAllRatesPeriodic();
            return;
        }
        for (int s = 0; s < hopStart.length - 1; s++) {
            for (int h = hopStart[s]; h < hopStart[s + 1]; h++) {
                selector.setRate(h, dependent ? rates.environmentRateHz(h, occupiedBits)
                        : interacting ? rates.rateHz(h, occupied)
                        : isOccupied(s) && !isOccupied(hopTarget[h]) ? isolatedRates.rateHz(h) : 0.0);
            }
        }
    }

    /** {@link #setAllRates()} from the cell template: the same hops, rates and order. */
    private void setAllRatesPeriodic() {
        PeriodicHops t = periodic;
        int h = 0;
        for (int c0 = 0; c0 < t.n0; c0++) {
            for (int c1 = 0; c1 < t.n1; c1++) {
                for (int c2 = 0; c2 < t.n2; c2++) {
                    int cell = (c0 * t.n1 + c1) * t.n2 + c2;
                    for (int p = 0; p < t.pairsPerCell; p++, h++) {
                        int s = cell * t.sitesPerCell + t.pairSource[p];
                        int target = t.targetCell(c0, c1, c2, p) * t.sitesPerCell + t.pairTarget[p];
                        selector.setRate(h, interacting ? rates.rateHz(t, c0, c1, c2, t.pairSource[p], p, occupiedBits)
                                : isOccupied(s) && !isOccupied(target) ? isolatedRates.rateHz(h) : 0.0);
                    }
                }
            }
        }
    }

    /** {@link #slotHop} from the tables. */
    private long[] slotTable(int sites) {
        long[] table = new long[sites * slotsPerIon];
        for (int site = 0; site < sites; site++) {
            for (int slot = 0; slot < slotsPerIon; slot++) {
                int h = hopStart[site] + slot;
                table[site * slotsPerIon + slot] = h < hopStart[site + 1]
                        ? (long) chosen[HopTable.CHOSEN_STRIDE * h + HopTable.TYPE] << 32 | hopTarget[h] : site;
            }
        }
        return table;
    }

    /** Bits needed for the values 0 .. n-1. */
    private static int bitsFor(int n) { return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1); }

    private long place(int c0, int c1, int c2, int s) {
        return (long) c0 << placeShift0 | (long) c1 << placeShift1 | (long) c2 << placeShift2 | s;
    }

    /**
     * On the uniform-rate path the loop keeps each ion's site (siteOfIon or placeOfIon) but not the
     * per-site ion index, sparing two scattered writes per hop; this rebuilds it where it is read
     * (start of measurement, checkpoint, results). Elsewhere ionAt is always up to date.
     */
    private void syncIonAt() {
        if (uniformRateHz == 0) return;
        Arrays.fill(ionAt, -1);
        for (int ion = 0; ion < ionCount; ion++) ionAt[siteOf(ion)] = ion;
    }

    /** Uniform-rate path: the site of an ion. */
    private int siteOf(int ion) {
        if (siteOfIon != null) return siteOfIon[ion];
        PeriodicHops t = periodic;
        long place = placeOfIon[ion];
        int c0 = (int) (place >>> placeShift0 & placeMask0), c1 = (int) (place >>> placeShift1 & placeMask1);
        int c2 = (int) (place >>> placeShift2 & placeMask2), s = (int) (place & placeMaskSite);
        return ((c0 * t.n1 + c1) * t.n2 + c2) * t.sitesPerCell + s;
    }

    /** Uniform-rate path: every ion's site, and the possible hops counted from the occupancy (start and restore). */
    private void countPossibleHops() {
        for (int site = 0; site < ionAt.length; site++) {
            int ion = ionAt[site];
            if (ion < 0) continue;
            if (siteOfIon != null) {
                siteOfIon[ion] = site;
            } else {
                PeriodicHops t = periodic;
                int cell = site / t.sitesPerCell, rows = cell / t.n2;
                placeOfIon[ion] = place(rows / t.n1, rows % t.n1, cell % t.n2, site % t.sitesPerCell);
            }
        }
        long count = 0;
        if (periodic == null) {
            for (int s = 0; s < hopStart.length - 1; s++) {
                if (!isOccupied(s)) continue;
                for (int h = hopStart[s]; h < hopStart[s + 1]; h++) if (!isOccupied(hopTarget[h])) count++;
            }
        } else {
            PeriodicHops t = periodic;
            for (int c0 = 0; c0 < t.n0; c0++) {
                for (int c1 = 0; c1 < t.n1; c1++) {
                    for (int c2 = 0; c2 < t.n2; c2++) {
                        int cell = (c0 * t.n1 + c1) * t.n2 + c2;
                        for (int p = 0; p < t.pairsPerCell; p++) {
                            if (isOccupied(cell * t.sitesPerCell + t.pairSource[p])
                                    && !isOccupied(t.targetCell(c0, c1, c2, p) * t.sitesPerCell + t.pairTarget[p])) {
                                count++;
                            }
                        }
                    }
                }
            }
        }
        possibleHops = count;
    }

    public int replica() { return replica; }

    public int ionCount() { return ionCount; }

    /** Runs the equilibration phase; its hops are not recorded. */
    public void equilibrate() {
        if (phase != ReplicaState.Phase.EQUILIBRATION) throw new IllegalStateException("already equilibrated");
        RunLength r = settings.equilibration();
        loop(r.timeLimitSeconds(), r.hopLimit(ionCount), null, NEVER, Long.MAX_VALUE);
        startMeasurement();
    }

    /** Runs the measurement phase from time 0 and zero displacements, and returns what it recorded. */
    public ReplicaResult measure() {
        if (phase == ReplicaState.Phase.EQUILIBRATION) startMeasurement();
        run(NEVER);
        return result;
    }

    /**
     * Runs the remaining phases until done or until {@code stop} is seen at a hop boundary.
     *
     * @return true when the replica finished ({@link #result()} is set), false when it paused
     */
    public boolean run(StopFlag stop) {
        return run(stop, Long.MAX_VALUE);
    }

    /** As {@link #run(StopFlag)}, also pausing once {@link #hops()} reaches {@code pauseAtHops}. */
    public boolean run(StopFlag stop, long pauseAtHops) {
        if (result != null) return true;
        if (phase == ReplicaState.Phase.EQUILIBRATION) {
            RunLength r = settings.equilibration();
            if (!loop(r.timeLimitSeconds(), r.hopLimit(ionCount), null, stop, pauseAtHops)) return false;
            startMeasurement();
        }
        RunLength r = settings.measurement();
        if (!loop(r.timeLimitSeconds(), r.hopLimit(ionCount), recorder, stop, pauseAtHops)) return false;
        recorder.recordThrough(timeSeconds, displacement);
        double[] perSite = occupationPerSite();
        // A finished replica never moves an ion again, so its displacements, placement and zone tallies are
        // handed over, not copied (120 MB at 10^7 sites and half filling).
        result = new ReplicaResult(replica, recorder.toTrajectory(), displacement, measurementStartSite, placedSite,
                hopsPerClass.clone(), occupationPerSiteType(perSite), perSite, phaseHops, timeSeconds,
                equilibrationHops, zoneDisplacement, hopsPerZone, hopsPerBin);
        return true;
    }

    /** The finished replica's results, or null while it is still running. */
    public ReplicaResult result() { return result; }

    private void startMeasurement() {
        equilibrationHops = phaseHops;
        phase = ReplicaState.Phase.MEASUREMENT;
        phaseHops = 0;
        resetMeasurement();
        measurementStartSite = new int[ionCount];
        syncIonAt();
        for (int s = 0; s < ionAt.length; s++) if (ionAt[s] >= 0) measurementStartSite[ionAt[s]] = s;
        recorder = measurementRecorder;
    }

    private TrajectoryRecorder newRecorder() {
        return new TrajectoryRecorder(settings.sampleIntervalSeconds(), ionCount,
                settings.measurement().timeLimitSeconds());
    }

    private void resetMeasurement() {
        timeSeconds = 0;
        Arrays.fill(displacement, 0);
        Arrays.fill(hopsPerClass, 0);
        Arrays.fill(occupancyClock, 0);
        if (zones != null) {
            Arrays.fill(zoneDisplacement, 0);
            Arrays.fill(hopsPerZone, 0);
        }
        if (hopsPerBin != null) Arrays.fill(hopsPerBin, 0);
    }

    /** One unpausable stretch of hops outside the phase bookkeeping (tests and benchmarks). */
    long advance(double timeLimitSeconds, long hopLimit, TrajectoryRecorder recorder) {
        long before = hops;
        phaseHops = 0;
        loop(timeLimitSeconds, hopLimit, recorder, NEVER, Long.MAX_VALUE);
        return hops - before;
    }

    /**
     * The kMC loop: until the time or hop limit, draw the waiting time -ln(u)/R, pick event k with
     * probability rate_k / R and apply it. A hop whose time would pass the time limit is not applied
     * (the process is memoryless, so this is exact); the clock then stops at the limit. A pause
     * (stop flag, read every {@link #STOP_CHECK_HOPS} hops, or {@code pauseAtHops}) happens before
     * any random number of the next hop is drawn, so continuing later draws the same sequence.
     *
     * @return true when the phase is complete, false when it paused
     */
    private boolean loop(double timeLimitSeconds, long hopLimit, TrajectoryRecorder recorder, StopFlag stop,
                         long pauseAtHops) {
        long done = phaseHops;
        long budget = pauseAtHops - hops;
        long end = budget >= hopLimit - done ? hopLimit : done + budget;
        boolean complete = true;
        while (done < hopLimit) {
            if (done == end || ((done & (STOP_CHECK_HOPS - 1)) == 0 && stop.requested())) {
                complete = false;
                break;
            }
            long chunkEnd = Math.min(end, (done | (STOP_CHECK_HOPS - 1)) + 1);
            long reached = uniformRateHz > 0 ? uniformRateHops(done, chunkEnd, timeLimitSeconds, recorder)
                    : hops(done, chunkEnd, timeLimitSeconds, recorder);
            done = reached;
            if (reached < chunkEnd) break; // time limit or frozen: the phase is over
        }
        if (complete && timeLimitSeconds < Double.POSITIVE_INFINITY) timeSeconds = timeLimitSeconds;
        hops += done - phaseHops;
        phaseHops = done;
        return complete;
    }

    /**
     * The hot loop, free of pause checks: hops from count {@code done} up to {@code chunkEnd}.
     *
     * @return the count reached; less than {@code chunkEnd} when the time limit or a frozen state ended the phase
     */
    private long hops(long done, long chunkEnd, double timeLimitSeconds, TrajectoryRecorder recorder) {
        while (done < chunkEnd) {
            double total = selector.totalRateHz();
            if (total <= 0) return done; // nothing can move: the state is frozen
            double next = timeSeconds - Math.log(1.0 - random.nextDouble()) / total;
            if (next > timeLimitSeconds) return done;
            if (recorder != null) recorder.recordBefore(next, displacement);
            int hop = selector.select(random.nextDouble() * total);
            if (hopsPerBin != null) hopsPerBin[tally.bin(hop, occupiedBits)]++;
            timeSeconds = next;
            if (periodic != null) applyPeriodic(hop);
            else apply(hop);
            done++;
        }
        return done;
    }

    /**
     * {@link #hops} on the uniform-rate path: the total rate is the rate times the exact count of
     * possible hops; the hop is the first drawn (ion, slot) pair whose slot is a hop of the ion's site
     * and whose target is empty. Every possible hop is one such pair, so each is picked with equal
     * probability. The draw is exact: one 64-bit number r gives ion and slot as the digits of
     * floor(r * ions * slots / 2^64), redrawn in the rare case Lemire's test says that index is biased.
     */
    private long uniformRateHops(long done, long chunkEnd, double timeLimitSeconds, TrajectoryRecorder recorder) {
        while (done < chunkEnd) {
            if (possibleHops == 0) return done; // nothing can move: the state is frozen
            double next = timeSeconds + exponential.sample() / (uniformRateHz * possibleHops);
            if (next > timeLimitSeconds) return done;
            if (recorder != null) recorder.recordBefore(next, displacement);
            timeSeconds = next;
            if (periodic != null) uniformHopPeriodic();
            else uniformHop();
            done++;
        }
        return done;
    }

    /** High 64 bits of the unsigned 128-bit product of r and a non-negative n. */
    private static long multiplyHighUnsigned(long r, long n) {
        return Math.multiplyHigh(r, n) + ((r >> 63) & n);
    }

    /** One uniform-rate hop read from the per-hop tables ({@link #slotHop}). */
    private void uniformHop() {
        int ion, from;
        long hop;
        while (true) {
            long r = random.nextLong();
            long rest = r * ionCount;
            if (Long.compareUnsigned(rest * slotsPerIon, drawThreshold) < 0) continue; // biased index: redraw
            ion = (int) multiplyHighUnsigned(r, ionCount);
            from = siteOfIon[ion];
            hop = slotHop[from * slotsPerIon + (int) multiplyHighUnsigned(rest, slotsPerIon)];
            if (!isOccupied((int) hop)) break; // a missing slot leads to the (occupied) source itself
        }
        int to = (int) hop;
        int type = HopTable.TYPE_STRIDE * (int) (hop >>> 32);
        moveIon(ion, from, to, hopType[type + HopTable.VECTOR], hopType[type + HopTable.CLASS]);
        siteOfIon[ion] = to;
        // Only hops out of or into the two sites change; counted over both sites' hops (each hop has a
        // reverse, so a neighbour n stands for the pair of hops between it and the site). A missing slot
        // names the site itself, which pairChange counts as 0.
        long delta = 0;
        for (int k = from * slotsPerIon, end = k + slotsPerIon; k < end; k++) delta += pairChange((int) slotHop[k], from, to);
        for (int k = to * slotsPerIon, end = k + slotsPerIon; k < end; k++) delta -= pairChange((int) slotHop[k], from, to);
        possibleHops += delta;
    }

    /**
     * For a neighbour n of the vacated site: +1 if it holds an ion (its hop into the vacancy became
     * possible), -1 if empty (the hop from the vacated site to it is gone); the negative for the filled
     * site. 0 for the two sites themselves (the hop between them is replaced by its reverse).
     */
    private int pairChange(int n, int from, int to) {
        int occupiedBit = (int) (occupiedBits[n >> 6] >>> n) & 1;
        return n == from || n == to ? 0 : 2 * occupiedBit - 1;
    }

    /** One uniform-rate hop with the hops computed from the cell template ({@link #uniformHop}'s twin). */
    private void uniformHopPeriodic() {
        PeriodicHops t = periodic;
        int m = t.sitesPerCell;
        int ion, from, p, c0, c1, c2, d0, d1, d2, to;
        while (true) {
            long r = random.nextLong();
            long rest = r * ionCount;
            if (Long.compareUnsigned(rest * slotsPerIon, drawThreshold) < 0) continue; // biased index: redraw
            ion = (int) multiplyHighUnsigned(r, ionCount);
            long place = placeOfIon[ion];
            int s = (int) (place & placeMaskSite);
            p = t.firstPair[s] + (int) multiplyHighUnsigned(rest, slotsPerIon);
            if (p >= t.endPair[s]) continue;
            c0 = (int) (place >>> placeShift0 & placeMask0);
            c1 = (int) (place >>> placeShift1 & placeMask1);
            c2 = (int) (place >>> placeShift2 & placeMask2);
            d0 = t.wrap0(c0, p);
            d1 = t.wrap1(c1, p);
            d2 = t.wrap2(c2, p);
            to = ((d0 * t.n1 + d1) * t.n2 + d2) * m + t.pairTarget[p];
            if (!isOccupied(to)) {
                from = ((c0 * t.n1 + c1) * t.n2 + c2) * m + s;
                break;
            }
        }
        moveIon(ion, from, to, t.pairVector[p], t.pairClass[p]);
        placeOfIon[ion] = place(d0, d1, d2, t.pairTarget[p]);
        long delta = 0;
        delta += neighbourChanges(c0, c1, c2, from, t.pairSource[p], from, to);
        delta -= neighbourChanges(d0, d1, d2, to, t.pairTarget[p], from, to);
        possibleHops += delta;
    }

    /**
     * Sum of {@link #pairChange} over the hops out of {@code site} (site s of cell (c0, c1, c2)). Away
     * from the supercell faces (most cells) a neighbour is the site plus a fixed offset per pair, with
     * no wrapping arithmetic.
     */
    private int neighbourChanges(int c0, int c1, int c2, int site, int s, int from, int to) {
        PeriodicHops t = periodic;
        int sum = 0;
        if (t.isInterior(c0, c1, c2)) {
            for (int q = t.firstPair[s], end = t.endPair[s]; q < end; q++) sum += pairChange(site + t.pairSiteDelta[q], from, to);
        } else {
            for (int q = t.firstPair[s], end = t.endPair[s]; q < end; q++) {
                sum += pairChange(t.targetCell(c0, c1, c2, q) * t.sitesPerCell + t.pairTarget[q], from, to);
            }
        }
        return sum;
    }

    /** Applies hop h read from the per-hop tables. */
    private void apply(int h) {
        int c = HopTable.CHOSEN_STRIDE * h;
        int from = chosen[c + HopTable.SOURCE];
        int to = chosen[c + HopTable.CHOSEN_TARGET];
        int toFirst = chosen[c + HopTable.TARGET_FIRST_HOP];
        int type = HopTable.TYPE_STRIDE * chosen[c + HopTable.TYPE];
        moveIon(ionAt[from], from, to, hopType[type + HopTable.VECTOR], hopType[type + HopTable.CLASS]);
        if (dependent) {
            updateDependent(from, to);
        } else if (interacting) {
            updateInteracting(from, to);
        } else {
            int fromFirst = h - hopType[type + HopTable.POSITION];
            updateVacated(fromFirst, fromFirst + hopType[type + HopTable.SOURCE_HOPS]);
            updateFilled(toFirst, toFirst + hopType[type + HopTable.TARGET_HOPS]);
        }
    }

    /**
     * Ion {@code ion} moves from {@code from} to {@code to} along hop vector {@code vector} of a hop of
     * class {@code hopClass}. (The table and template paths pass ionAt[from] themselves: with a
     * move(from, to) wrapper around this, the pair-interaction lattice gas ran 5 % slower, same-JVM A/B.)
     */
    private void moveIon(int ion, int from, int to, int vector, int hopClass) {
        setOccupied(from, false);
        setOccupied(to, true);
        if (uniformRateHz == 0) { // the uniform-rate path knows every ion's site instead (see syncIonAt)
            ionAt[from] = -1;
            ionAt[to] = ion;
        }
        occupancyClock[2 * from] += timeSeconds - occupancyClock[2 * from + 1];
        occupancyClock[2 * to + 1] = timeSeconds;
        int v = 3 * vector;
        displacement[3 * ion] += vectorAngstrom[v];
        displacement[3 * ion + 1] += vectorAngstrom[v + 1];
        displacement[3 * ion + 2] += vectorAngstrom[v + 2];
        hopsPerClass[hopClass]++;
        if (zoneOfSite != null) {
            int z = zoneOfSite[from];
            int d = 3 * (ion * zoneCount + z);
            zoneDisplacement[d] += vectorAngstrom[v];
            zoneDisplacement[d + 1] += vectorAngstrom[v + 1];
            zoneDisplacement[d + 2] += vectorAngstrom[v + 2];
            hopsPerZone[z]++;
        }
    }

    /**
     * Applies hop h of a network that repeats one cell ({@link PeriodicHops}): the same hop and the
     * same rate updates in the same order as {@link #apply}, with targets and reverse hops computed
     * from the cell template instead of read from the per-hop tables.
     */
    private void applyPeriodic(int h) {
        PeriodicHops t = periodic;
        int cell = h / t.pairsPerCell;
        int p = h - cell * t.pairsPerCell;
        int c2 = cell % t.n2, rest = cell / t.n2, c1 = rest % t.n1, c0 = rest / t.n1;
        int d0 = t.wrap0(c0, p), d1 = t.wrap1(c1, p), d2 = t.wrap2(c2, p);
        int toCell = (d0 * t.n1 + d1) * t.n2 + d2;
        int from = cell * t.sitesPerCell + t.pairSource[p];
        int to = toCell * t.sitesPerCell + t.pairTarget[p];
        moveIon(ionAt[from], from, to, t.pairVector[p], t.pairClass[p]);
        if (interacting) {
            updateInteractingPeriodic(c0, c1, c2, t.pairSource[p], d0, d1, d2, t.pairTarget[p]);
            return;
        }
        // Site vacated: its hops stop; hops into it from occupied neighbours start.
        int s = t.pairSource[p], base = cell * t.pairsPerCell;
        for (int q = t.firstPair[s]; q < t.endPair[s]; q++) {
            int tc = t.targetCell(c0, c1, c2, q);
            switchOff(base + q);
            if (isOccupied(tc * t.sitesPerCell + t.pairTarget[q])) switchOn(tc * t.pairsPerCell + t.reversePair[q]);
        }
        // Site filled: hops into it stop; its hops to empty neighbours start.
        int u = t.pairTarget[p];
        base = toCell * t.pairsPerCell;
        for (int q = t.firstPair[u]; q < t.endPair[u]; q++) {
            int tc = t.targetCell(d0, d1, d2, q);
            switchOff(tc * t.pairsPerCell + t.reversePair[q]);
            if (!isOccupied(tc * t.sitesPerCell + t.pairTarget[q])) switchOn(base + q);
        }
    }

    /** Site just emptied (its hops are first .. end-1): its own hops stop; hops into it from occupied neighbours start. */
    private void updateVacated(int first, int end) {
        for (int h = first; h < end; h++) {
            switchOff(h);
            if (isOccupied(target(h))) switchOn(reverse(h));
        }
    }

    /** Site just filled (its hops are first .. end-1): hops into it stop; its own hops to empty neighbours start. */
    private void updateFilled(int first, int end) {
        for (int h = first; h < end; h++) {
            switchOff(reverse(h));
            if (!isOccupied(target(h))) switchOn(h);
        }
    }

    private boolean isOccupied(int site) { return (occupiedBits[site >> 6] & (1L << site)) != 0; }

    private void setOccupied(int site, boolean on) {
        if (on) occupiedBits[site >> 6] |= 1L << site;
        else occupiedBits[site >> 6] &= ~(1L << site);
        if (occupied != null) occupied[site] = on;
    }

    private void switchOn(int h) {
        if (fixed != null) fixed.switchOn(h);
        else selector.setRate(h, isolatedRates.rateHz(h));
    }

    private void switchOff(int h) {
        if (fixed != null) fixed.switchOff(h);
        else selector.setRate(h, 0.0);
    }

    private int target(int h) { return link[HopTable.LINK_STRIDE * h + HopTable.TARGET]; }

    private int reverse(int h) { return link[HopTable.LINK_STRIDE * h + HopTable.REVERSE]; }

    /**
     * With environment-dependent barriers the rate model lists, per site, the hops whose rate reads
     * that site (end points and environment); those of the two sites just changed are recomputed,
     * each once, in list order (so the order, and the result, is fixed by the network alone).
     */
    private void updateDependent(int from, int to) {
        int mark = ++stamp;
        for (int k = dependentStart[from], end = dependentStart[from + 1]; k < end; k++) {
            int h = dependentHops[k];
            hopStamp[h] = mark;
            selector.setRate(h, rates.environmentRateHz(h, occupiedBits));
        }
        for (int k = dependentStart[to], end = dependentStart[to + 1]; k < end; k++) {
            int h = dependentHops[k];
            if (hopStamp[h] != mark) selector.setRate(h, rates.environmentRateHz(h, occupiedBits));
        }
    }

    /**
     * With pair interactions (shells = hop classes) the energy of every site one hop away from
     * {@code from} or {@code to} changes too, so every hop out of or into the affected sites is
     * recomputed, each once: a hop into an affected site from another affected site is handled as
     * that site's outgoing hop.
     */
    private void updateInteracting(int from, int to) {
        int count = 0;
        stamp++;
        count = markAffected(from, count);
        count = markAffected(to, count);
        for (int k = 0; k < count; k++) {
            int s = affected[k];
            for (int h = hopStart[s]; h < hopStart[s + 1]; h++) {
                selector.setRate(h, rates.rateHz(h, occupied));
                if (siteStamp[target(h)] != stamp) {
                    int r = reverse(h);
                    selector.setRate(r, rates.rateHz(r, occupied));
                }
            }
        }
    }

    /**
     * {@link #updateInteracting} with the hops computed from the cell template: the same sites
     * collected in the same order, the same rates set in the same order. Each site carries its cell
     * coordinates from the hop, so no site index is divided back into them.
     */
    private void updateInteractingPeriodic(int c0, int c1, int c2, int from, int d0, int d1, int d2, int to) {
        PeriodicHops t = periodic;
        int count = 0;
        stamp++;
        count = markAffectedPeriodic(c0, c1, c2, from, count);
        count = markAffectedPeriodic(d0, d1, d2, to, count);
        for (int k = 0; k < count; k++) {
            int a = 4 * k;
            int a0 = affectedCell[a], a1 = affectedCell[a + 1], a2 = affectedCell[a + 2], s = affectedCell[a + 3];
            int cell = (a0 * t.n1 + a1) * t.n2 + a2;
            for (int q = t.firstPair[s]; q < t.endPair[s]; q++) {
                selector.setRate(cell * t.pairsPerCell + q, rates.rateHz(t, a0, a1, a2, s, q, occupiedBits));
                int b0 = t.wrap0(a0, q), b1 = t.wrap1(a1, q), b2 = t.wrap2(a2, q);
                int toCell = (b0 * t.n1 + b1) * t.n2 + b2;
                if (siteStamp[toCell * t.sitesPerCell + t.pairTarget[q]] != stamp) {
                    int r = t.reversePair[q];
                    selector.setRate(toCell * t.pairsPerCell + r, rates.rateHz(t, b0, b1, b2, t.pairTarget[q], r, occupiedBits));
                }
            }
        }
    }

    private int markAffectedPeriodic(int c0, int c1, int c2, int s, int count) {
        PeriodicHops t = periodic;
        count = markPeriodic(c0, c1, c2, s, count);
        for (int q = t.firstPair[s]; q < t.endPair[s]; q++) {
            count = markPeriodic(t.wrap0(c0, q), t.wrap1(c1, q), t.wrap2(c2, q), t.pairTarget[q], count);
        }
        return count;
    }

    private int markPeriodic(int c0, int c1, int c2, int s, int count) {
        PeriodicHops t = periodic;
        int before = count;
        count = mark(((c0 * t.n1 + c1) * t.n2 + c2) * t.sitesPerCell + s, count);
        if (count > before) {
            int a = 4 * before;
            affectedCell[a] = c0;
            affectedCell[a + 1] = c1;
            affectedCell[a + 2] = c2;
            affectedCell[a + 3] = s;
        }
        return count;
    }

    private int markAffected(int site, int count) {
        count = mark(site, count);
        for (int h = hopStart[site]; h < hopStart[site + 1]; h++) count = mark(target(h), count);
        return count;
    }

    private int mark(int site, int count) {
        if (siteStamp[site] == stamp) return count;
        siteStamp[site] = stamp;
        affected[count] = site;
        return count + 1;
    }

    private double[] occupationPerSite() {
        syncIonAt();
        double[] f = new double[ionAt.length];
        for (int s = 0; s < f.length; s++) {
            boolean on = ionAt[s] >= 0;
            double seconds = occupancyClock[2 * s] + (on ? timeSeconds - occupancyClock[2 * s + 1] : 0);
            f[s] = timeSeconds > 0 ? seconds / timeSeconds : (on ? 1 : 0);
        }
        return f;
    }

    private double[] occupationPerSiteType(double[] perSite) {
        double[] sum = new double[siteTypeCount];
        int[] count = new int[siteTypeCount];
        for (int s = 0; s < perSite.length; s++) {
            int type = network.siteTypeOf(s);
            sum[type] += perSite[s];
            count[type]++;
        }
        for (int t = 0; t < siteTypeCount; t++) sum[t] = count[t] > 0 ? sum[t] / count[t] : 0;
        return sum;
    }

    /** Hops done so far in both phases. */
    public long hops() { return hops; }

    /** Snapshot of the random stream (for checkpoints, with the occupancy and displacements). */
    public RandomProviderState saveRandomState() { return random.saveState(); }

    /** Restores a snapshot taken with {@link #saveRandomState()}. */
    public void restoreRandomState(RandomProviderState state) { random.restoreState(state); }

    /** A deep copy of everything needed to continue this paused, unfinished replica exactly. */
    public ReplicaState captureState() {
        if (result != null) throw new IllegalStateException("replica " + replica + " has finished: keep its result");
        boolean measuring = phase == ReplicaState.Phase.MEASUREMENT;
        syncIonAt();
        return new ReplicaState(replica, phase, phaseHops, hops, equilibrationHops, timeSeconds, ionAt.clone(),
                displacement.clone(), hopsPerClass.clone(), occupancyClock.clone(),
                measuring ? measurementStartSite.clone() : null, measuring ? recorder.samples() : null,
                ((RandomProviderDefaultState) random.saveState()).getState(),
                selector instanceof GroupedRateSelector g ? g.onEventsInOrder() : null,
                zones == null ? null : zoneDisplacement.clone(), zones == null ? null : hopsPerZone.clone(),
                hopsPerBin == null ? null : hopsPerBin.clone());
    }

    private static void require(boolean fits, String what) {
        if (!fits) throw new IllegalArgumentException("replica state does not fit this simulation: its " + what + " differs");
    }

    /** Overwrites this replica (built for the same index, network and settings) with a captured state. */
    void restore(ReplicaState s) {
        require(s.replica() == replica, "replica index");
        require(s.ionAt().length == ionAt.length && s.occupancyClock().length == occupancyClock.length, "site count");
        require(s.displacementAngstrom().length == displacement.length, "ion count");
        require(s.hopsPerClass().length == hopsPerClass.length, "hop class count");
        require((s.selectorOrder() == null) != (selector instanceof GroupedRateSelector), "event selector");
        phase = s.phase();
        phaseHops = s.phaseHops();
        hops = s.totalHops();
        equilibrationHops = s.equilibrationHops();
        timeSeconds = s.timeSeconds();
        System.arraycopy(s.ionAt(), 0, ionAt, 0, ionAt.length);
        for (int site = 0; site < ionAt.length; site++) setOccupied(site, ionAt[site] >= 0);
        System.arraycopy(s.displacementAngstrom(), 0, displacement, 0, displacement.length);
        System.arraycopy(s.hopsPerClass(), 0, hopsPerClass, 0, hopsPerClass.length);
        System.arraycopy(s.occupancyClock(), 0, occupancyClock, 0, occupancyClock.length);
        require((s.hopsPerZone() == null) == (zones == null), "zones");
        if (zones != null) {
            require(s.hopsPerZone().length == zoneCount && s.zoneDisplacementAngstrom().length == zoneDisplacement.length,
                    "zone count");
            System.arraycopy(s.zoneDisplacementAngstrom(), 0, zoneDisplacement, 0, zoneDisplacement.length);
            System.arraycopy(s.hopsPerZone(), 0, hopsPerZone, 0, hopsPerZone.length);
        }
        require((s.hopsPerEnvironmentBin() == null) == (hopsPerBin == null)
                && (hopsPerBin == null || s.hopsPerEnvironmentBin().length == hopsPerBin.length), "environment bins");
        if (hopsPerBin != null) System.arraycopy(s.hopsPerEnvironmentBin(), 0, hopsPerBin, 0, hopsPerBin.length);
        if (phase == ReplicaState.Phase.MEASUREMENT) {
            measurementStartSite = s.measurementStartSite().clone();
            recorder = measurementRecorder;
            recorder.restore(s.recordedSamples());
        }
        random.restoreState(new RandomProviderDefaultState(s.randomState()));
        if (selector instanceof GroupedRateSelector g) {
            g.restoreOrder(s.selectorOrder());
        } else {
            setAllRates();
        }
    }
}
