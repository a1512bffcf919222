package org.ionhop.run;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.analysis.AnalysisSettings;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.NernstEinstein;
import org.ionhop.analysis.TransportAnalyzer;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.deck.Deck;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.Trajectory;
import org.ionhop.network.HopClass;
import org.ionhop.output.HopClassRecord;
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
    private final TransportAnalyzer analyzer = new TransportAnalyzer(AnalysisSettings.defaults());

    public RunPipeline(DeckModel model, RunOptions options, RunListener listener) {
        this.model = model;
        this.options = options;
        this.listener = listener;
    }

    /** Loads a deck and builds its model (structure, network, barriers). */
    public static RunPipeline forDeck(java.nio.file.Path deckFile, RunOptions options, RunListener listener) {
        return new RunPipeline(DeckModel.build(Deck.load(deckFile)), options, listener);
    }

    public DeckModel model() { return model; }

    public RunResult run() {
        Deck deck = model.deck();
        List<TemperatureRecord> records = new ArrayList<>();
        List<TransportResult> transport = new ArrayList<>();
        List<Double> temperatures = deck.temperaturesK();
        for (int i = 0; i < temperatures.size(); i++) {
            TemperatureRecord r = runTemperature(temperatures.get(i), ReplicaSeeds.forTemperature(deck.run().seed(), i));
            records.add(r);
            transport.add(r.transport());
        }
        return new RunResult(RunMetadata.now(deck.run().seed(), deck.rawText()), StructureRecord.of(model.crystal()),
                hopClassRecords(), records, ArrheniusSummary.of(transport));
    }

    /** One temperature: all replicas, then the transport analysis of their trajectories. */
    public TemperatureRecord runTemperature(double temperatureKelvin, long temperatureSeed) {
        RateParameters parameters = model.rateParameters(temperatureKelvin);
        KmcSettings settings = MeasurementPlan.settings(model, parameters, temperatureSeed, options);
        listener.temperatureStarted(temperatureKelvin, settings.replicas());
        List<ReplicaResult> replicas = new KmcSimulation(model.network(), parameters, settings)
                .run(r -> listener.replicaFinished(temperatureKelvin, r.totalHops()));
        listener.temperatureFinished(temperatureKelvin);
        return analyze(temperatureKelvin, replicas);
    }

    /** Transport coefficients and hop counts from finished replicas of one temperature. */
    public TemperatureRecord analyze(double temperatureKelvin, List<ReplicaResult> replicas) {
        List<Trajectory> trajectories = replicas.stream().map(ReplicaResult::trajectory).toList();
        double ionsPerCm3 = NernstEinstein.ionsPerCm3(model.ionCount(), model.network().supercellCell().volume());
        double dRandomCm2PerS = model.randomWalkDiffusionAngstrom2PerS(temperatureKelvin) * Units.ANGSTROM2_TO_CM2;
        TransportResult result = analyzer.analyze(temperatureKelvin, trajectories, ionsPerCm3,
                model.deck().species().charge(), dRandomCm2PerS);
        long[] hops = new long[model.network().classes().size()];
        for (ReplicaResult r : replicas) {
            for (int k = 0; k < hops.length; k++) hops[k] += r.hopsPerClass()[k];
        }
        return new TemperatureRecord(result, hops);
    }

    private List<HopClassRecord> hopClassRecords() {
        double[] kra = model.barriers().kraEv();
        List<HopClassRecord> out = new ArrayList<>();
        for (HopClass c : model.network().classes()) out.add(HopClassRecord.of(c, kra[c.index()]));
        return out;
    }
}
