package org.ionhop.run;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.analysis.AnalysisSettings;
import org.ionhop.analysis.EnvironmentStatistics;
import org.ionhop.analysis.FitWindow;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.NernstEinstein;
import org.ionhop.analysis.TransportAnalyzer;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.InputException;
import org.ionhop.common.Units;
import org.ionhop.deck.Deck;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.analysis.RegionStatistics;
import org.ionhop.network.RegionMap;
import org.ionhop.output.RegionLayout;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.Trajectory;
import org.ionhop.network.HopClass;
import org.ionhop.output.HopClassRecord;
import org.ionhop.output.NetworkSitesRecord;
import org.ionhop.output.NetworkView;
import org.ionhop.output.RunMetadata;
import org.ionhop.output.RunResult;
import org.ionhop.output.StructureRecord;
import org.ionhop.output.TemperatureRecord;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.RateParameters;

/**
 * The main job: every temperature of a deck, replicas in parallel, analysed into transport
 * coefficients, plus the Arrhenius fit over temperatures. Pure computation: writing files is
 * {@link RunOutputs}' job, so validation cases can run decks without touching the disk.
 */
public final class RunPipeline {
    private final DeckModel model;
    private final RunOptions options;
    private final RunListener listener;
    private final TransportAnalyzer analyzer;

    public RunPipeline(DeckModel model, RunOptions options, RunListener listener) {
        this.model = model;
        this.options = options;
        this.listener = listener;
        var run = model.deck().run();
        this.analyzer = new TransportAnalyzer(AnalysisSettings.defaults()
                .withFitWindow(new FitWindow(run.fitWindowStart(), run.fitWindowEnd()))
                .withNetworkDimensionality(model.connectivity().dimensionality()))
                .withThreads(analysisThreads(run, options));
        checkSampling();
    }

    /**
     * Refuses (exit code 2, one line) a slice whose estimated peak heap exceeds this JVM's limit,
     * before anything large is allocated. Called where the run happens, not where scripts for
     * other machines are written.
     */
    public void checkMemory(WorkSlice slice) {
        MemoryCheck.check(model, options, slice, Runtime.getRuntime().maxMemory());
    }

    /**
     * A sample count the analysis cannot fit (e.g. {@code samples: 2}, or 3 with the default fit
     * window) is refused now, with the deck line, rather than after the whole run.
     */
    private void checkSampling() {
        var run = model.deck().run();
        if (!run.sampling().byCount()) return; // by interval: the count is known only after the pilot run
        String problem = analyzer.samplingProblem(run.sampling().samples(), replicasPerTemperature());
        if (problem != null) {
            throw new InputException(model.deck().file(), run.sampling().where().line(), "run.samples", problem,
                    "use more samples (e.g. samples: 200), or widen run.msd_fit_window");
        }
    }

    /** The run's thread count (option, else the deck's, 0 = all processors) also for the MSD sums of the analysis. */
    private static int analysisThreads(org.ionhop.deck.RunSpec run, RunOptions options) {
        int threads = options.threads() > 0 ? options.threads() : run.threads();
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Warnings about whether the error bars mean what the user thinks, beyond the model's own: with a
     * realisation of the host disorder per replica but too few replicas for replica scatter, errors
     * come from time blocks of each replica, which share its realisation and so miss most of the
     * disorder-to-disorder scatter.
     */
    public java.util.List<String> errorBarWarnings() {
        var disorder = model.deck().hostDisorder();
        int needed = AnalysisSettings.defaults().minStatisticalUnits();
        if (disorder == null || !disorder.variesPerReplica() || replicasPerTemperature() >= needed) {
            return java.util.List.of();
        }
        return java.util.List.of("host_disorder.realisations is per_replica but the run has " + replicasPerTemperature()
                + " replicas per temperature: with fewer than " + needed + " the errors come from time blocks of each "
                + "replica, which share its realisation, so they leave out most of the disorder-to-disorder scatter; "
                + "use run.replicas >= " + needed + (options.quick() ? " (--quick runs fewer replicas than the deck)" : ""));
    }

    /** Loads a deck and builds its model (structure, network, barriers). */
    public static RunPipeline forDeck(java.nio.file.Path deckFile, RunOptions options, RunListener listener) {
        return new RunPipeline(DeckModel.build(Deck.load(deckFile)), options, listener);
    }

    /** Builds the model of an already loaded deck. */
    public static RunPipeline forDeck(Deck deck, RunOptions options, RunListener listener) {
        return new RunPipeline(DeckModel.build(deck), options, listener);
    }

    /**
     * The slice a run covers ({@code --shard K/N}, or the whole run when {@code shard} is null), from
     * the deck alone: a mistyped shard is reported before the network is built.
     */
    public static WorkSlice slice(Deck deck, RunOptions options, String shard) {
        int temperatures = deck.temperaturesK().size();
        int replicas = MeasurementPlan.replicas(deck.run(), options);
        return shard == null ? WorkSlice.whole(temperatures, replicas) : WorkSlice.parse(shard, temperatures, replicas);
    }

    public DeckModel model() { return model; }

    /** Threads the run uses (option, else the deck's run.threads; 0 there = all processors). */
    public int threads() { return analysisThreads(model.deck().run(), options); }

    public RunResult run() {
        return run(Checkpointing.none(), new RunProgress());
    }

    /**
     * Runs the whole deck, continuing from {@code progress} (empty, or read from a checkpoint) and
     * writing checkpoints as {@code checkpointing} says.
     *
     * @throws RunInterruptedException when termination was requested (a checkpoint has been written)
     */
    public RunResult run(Checkpointing checkpointing, RunProgress progress) {
        execute(wholeRun(), checkpointing, progress);
        return combine(progress);
    }

    /** The whole run as one slice. */
    public WorkSlice wholeRun() {
        return WorkSlice.whole(model.deck().temperaturesK().size(), replicasPerTemperature());
    }

    /** Shard K/N of this run ({@code --shard K/N}). */
    public WorkSlice shard(String spec) {
        return WorkSlice.parse(spec, model.deck().temperaturesK().size(), replicasPerTemperature());
    }

    public int replicasPerTemperature() {
        return MeasurementPlan.replicas(model.deck().run(), options);
    }

    /**
     * Points of the sample grid of temperature {@code t} (frames of a trajectory): the measurement time
     * over the sample interval, plus the sample at time 0. A run length in hops runs the seeded pilot.
     */
    public long sampleCount(int t) {
        double kelvin = model.deck().temperaturesK().get(t);
        if (model.deck().run().sampling().byCount()) return model.deck().run().sampling().samples();
        // A sample interval: the count depends on the measurement time, which a length in hops takes from the pilot.
        KmcSettings s = MeasurementPlan.simulation(model, model.rateParameters(kelvin), temperatureSeed(t), options).settings();
        return (long) Math.floor(s.measurement().timeLimitSeconds() / s.sampleIntervalSeconds() * (1 + 1e-12)) + 1;
    }

    /** What decides this slice's numbers; stored in its checkpoints and shards. */
    public String fingerprint(WorkSlice slice) {
        return RunFingerprint.of(model.deck().rawText(), options.quick(), slice);
    }

    /**
     * Runs the replicas of a slice that {@code progress} does not have finished yet; on return every
     * one of them is in {@code progress.finished(t)}.
     *
     * @throws RunInterruptedException when termination was requested (a checkpoint has been written)
     */
    public void execute(WorkSlice slice, Checkpointing checkpointing, RunProgress progress) {
        List<Double> temperatures = model.deck().temperaturesK();
        String fingerprint = fingerprint(slice);
        Runnable writeCheckpoint = () -> checkpointing.write(fingerprint, progress);
        for (int t = 0; t < temperatures.size(); t++) {
            int from = slice.replicaStart(t);
            int to = slice.replicaEnd(t);
            if (progress.finished(t).keySet().containsAll(range(from, to))) continue;
            if (checkpointing.terminationRequested()) {
                writeCheckpoint.run();
                throw new RunInterruptedException(checkpointing.file());
            }
            checkpointing.continueAfterPause();
            double kelvin = temperatures.get(t);
            RateParameters parameters = model.rateParameters(kelvin);
            KmcSimulation simulation = MeasurementPlan.simulation(model, parameters, temperatureSeed(t), options);
            KmcSettings settings = simulation.settings();
            listener.temperatureStarted(kelvin, to - from);
            CheckpointedReplicas.run(simulation, t, from, to,
                    settings.effectiveThreads(), progress, checkpointing, writeCheckpoint,
                    hops -> listener.replicaFinished(kelvin, hops));
            listener.temperatureFinished(kelvin);
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i < to; i++) r.add(i);
        return r;
    }

    private long temperatureSeed(int t) {
        return ReplicaSeeds.forTemperature(model.deck().run().seed(), t);
    }

    /**
     * The run's result from the finished replicas of every temperature (from one process, or merged
     * from shards): each temperature analysed from its replicas in replica order, then the Arrhenius fits.
     */
    public RunResult combine(RunProgress progress) {
        Deck deck = model.deck();
        List<TemperatureRecord> records = new ArrayList<>();
        List<TransportResult> transport = new ArrayList<>();
        List<Double> temperatures = deck.temperaturesK();
        for (int t = 0; t < temperatures.size(); t++) {
            List<ReplicaResult> replicas = List.copyOf(progress.finished(t).values());
            if (replicas.size() != replicasPerTemperature()) {
                throw new IllegalStateException("temperature " + temperatures.get(t) + " K has " + replicas.size()
                        + " of " + replicasPerTemperature() + " replicas");
            }
            TemperatureRecord r = analyze(temperatures.get(t), replicas);
            records.add(r);
            transport.add(r.transport());
        }
        return new RunResult(RunMetadata.now(deck.run().seed(), deck.rawText(),
                        RunFingerprint.ofRun(deck.rawText(), options.quick())), StructureRecord.of(model.crystal())
                        .withHostDisorder(hostDisorderRecord())
                        .withClusterExpansion(model.clusterExpansion() == null ? null
                                : org.ionhop.output.ClusterExpansionRecord.of(model.clusterExpansion(), model.network())),
                hopClassRecords(), NetworkSitesRecord.of(networkView()), records, ArrheniusSummary.of(transport),
                model.regionMap() == null ? null : RegionLayout.of(model.network(), model.regionMap()));
    }

    /** The realised host (realisation 0), with every replica's own when they differ; null without host disorder. */
    private org.ionhop.output.HostDisorderRecord hostDisorderRecord() {
        var host = model.landscapeTerm(org.ionhop.rates.HostDisorderLandscape.class);
        if (host.isEmpty()) return null;
        var record = org.ionhop.output.HostDisorderRecord.of(host.get());
        if (!model.realisationPerReplica()) return record;
        List<org.ionhop.rates.HostDisorderLandscape> perReplica = new ArrayList<>();
        for (int r = 0; r < replicasPerTemperature(); r++) perReplica.add(model.hostDisorder(r));
        return record.withReplicaRealisations(perReplica);
    }

    /** The deck's network as the exports and the result file show it (each site's own energy where it varies). */
    public NetworkView networkView() {
        return NetworkView.of(model);
    }

    /** Transport coefficients and hop counts from finished replicas of one temperature. */
    public TemperatureRecord analyze(double temperatureKelvin, List<ReplicaResult> replicas) {
        List<Trajectory> trajectories = replicas.stream().map(ReplicaResult::trajectory).toList();
        double ionsPerCm3 = NernstEinstein.ionsPerCm3(model.ionCount(), model.network().supercellCell().volume());
        double dRandomCm2PerS = model.randomWalkDiffusionAngstrom2PerS(temperatureKelvin) * Units.ANGSTROM2_TO_CM2;
        if (!Double.isFinite(dRandomCm2PerS) && model.environment() != null) {
            dRandomCm2PerS = measuredHopDiffusionAngstrom2PerS(replicas) * Units.ANGSTROM2_TO_CM2;
        }
        TransportResult result = analyzer.analyze(temperatureKelvin, trajectories, ionsPerCm3,
                model.deck().species().charge(), dRandomCm2PerS);
        long[] hops = new long[model.network().classes().size()];
        double[] siteOccupancy = new double[model.network().siteCount()];
        double[] labelOccupancy = new double[model.network().siteLabels().size()];
        int[][] placed = new int[replicas.size()][], start = new int[replicas.size()][];
        for (int i = 0; i < replicas.size(); i++) {
            ReplicaResult r = replicas.get(i);
            for (int k = 0; k < hops.length; k++) hops[k] += r.hopsPerClass()[k];
            for (int s = 0; s < siteOccupancy.length; s++) siteOccupancy[s] += r.occupationPerSite()[s] / replicas.size();
            for (int l = 0; l < labelOccupancy.length; l++) labelOccupancy[l] += r.occupationPerSiteType()[l] / replicas.size();
            placed[i] = r.ionPlacedSite();
            start[i] = r.ionStartSite();
        }
        if (java.util.Arrays.stream(hops).sum() == 0) {
            // D = 0 ± 0 and a NaN Haven ratio would look like a result: it is a run too short to measure.
            throw model.deck().run().length().where().error("no ion hopped during the measurement at "
                    + MeasurementPlan.kelvin(temperatureKelvin) + " K, so nothing can be measured",
                    "make the run longer (e.g. hops_per_ion: 1000 instead of a simulated time)");
        }
        RegionMap map = model.regionMap();
        RegionStatistics regions = map == null ? null
                : RegionStatistics.of(map.zoneNames(), map.siteZones(), replicas);
        EnvironmentStatistics environments = model.environmentTally(0) == null
                || replicas.stream().anyMatch(r -> r.hopsPerEnvironmentBin() == null
                || r.hopsPerEnvironmentBin().length != model.environmentTally(0).binCount()) ? null
                : EnvironmentStatistics.of(replicas, model::environmentTally, model.ionCount(),
                        model.network().classes().size());
        return new TemperatureRecord(result, hops, siteOccupancy, labelOccupancy, placed, start, regions, environments);
    }

    /**
     * With environment-dependent barriers no rate-table reference exists; when every hop has one
     * length a, D_random = Γ a² / 6 with Γ the measured hops per ion per second, so
     * f = D* / D_random = Σ|R|² / (n a²), the correlation factor kMCpy reports. NaN otherwise.
     */
    private double measuredHopDiffusionAngstrom2PerS(List<ReplicaResult> replicas) {
        List<HopClass> classes = model.network().classes();
        double a = classes.get(0).lengthAngstrom();
        for (HopClass c : classes) if (Math.abs(c.lengthAngstrom() - a) > 1e-6) return Double.NaN;
        double hopsPerIonSecond = 0;
        for (ReplicaResult r : replicas) {
            if (!(r.simulatedTimeSeconds() > 0)) return Double.NaN;
            hopsPerIonSecond += r.totalHops() / (r.simulatedTimeSeconds() * model.ionCount());
        }
        hopsPerIonSecond /= replicas.size();
        return hopsPerIonSecond * a * a / 6.0;
    }

    private List<HopClassRecord> hopClassRecords() {
        double[] kra = model.barriers().kraEv();
        List<HopClassRecord> out = new ArrayList<>();
        for (HopClass c : model.network().classes()) out.add(HopClassRecord.of(c, kra[c.index()]));
        return out;
    }
}
