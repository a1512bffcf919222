package org.ionhop.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.TransportResult;
import org.ionhop.output.RunResult;
import org.ionhop.output.TemperatureRecord;

/**
 * A computed or experiment case: a deck under validation/decks/ run through the {@code ionhop run}
 * pipeline, and one of its results (the σT Arrhenius activation energy, or σ at a temperature of
 * the deck) compared with a reference. Model inputs come from the deck, which cites them; nothing
 * here is fitted to the reference.
 *
 * <p>Where the model is known to leave physics out, the case carries a {@link Expectation}: what the
 * model itself must give, with the reason. The case is then an expected deviation when it misses the
 * reference but meets the expectation (see {@link CaseResult#statusOf}).
 */
public final class DeckCase implements ValidationCase {
    /** What is taken from the run. */
    public enum Quantity {
        /** Ea of the σT Arrhenius fit (what impedance measures). */
        ACTIVATION_ENERGY,
        /** Ea of the D* Arrhenius fit (what NMR jump rates and AIMD diffusivities measure). */
        TRACER_ACTIVATION_ENERGY,
        /** σ at one temperature. */
        CONDUCTIVITY
    }

    /** What the model itself must give when it is expected to miss the reference, and why. */
    public record Expectation(Function<CaseContext, Reference> reference, Tolerance tolerance, String why) {}

    private final String name;
    private final Tier tier;
    private final String deckFile;
    private final Quantity quantity;
    private final double temperatureKelvin;
    private final Function<CaseContext, Reference> reference;
    private final Tolerance tolerance;
    private final Optional<Expectation> expectation;
    private final String inputsNote;
    private final List<MeasuredPoint> experimentPoints;
    private final String experimentEaId;
    private final String inputUncertaintyId;

    private DeckCase(String name, Tier tier, String deckFile, Quantity quantity, double temperatureKelvin,
                     Function<CaseContext, Reference> reference, Tolerance tolerance, Optional<Expectation> expectation,
                     String inputsNote, List<MeasuredPoint> experimentPoints, String experimentEaId,
                     String inputUncertaintyId) {
        this.name = name;
        this.tier = tier;
        this.deckFile = deckFile;
        this.quantity = quantity;
        this.temperatureKelvin = temperatureKelvin;
        this.reference = reference;
        this.tolerance = tolerance;
        this.expectation = expectation;
        this.inputsNote = inputsNote;
        this.experimentPoints = experimentPoints;
        this.experimentEaId = experimentEaId;
        this.inputUncertaintyId = inputUncertaintyId;
    }

    /** The σT Arrhenius activation energy of the deck's run against a reference, eV. */
    public static DeckCase activationEnergy(String name, Tier tier, String deckFile, Function<CaseContext, Reference> ref,
                                            Tolerance tol, Optional<Expectation> expectation, String inputsNote) {
        return new DeckCase(name, tier, deckFile, Quantity.ACTIVATION_ENERGY, Double.NaN, ref, tol, expectation,
                inputsNote, List.of(), null, null);
    }

    /** The D* Arrhenius activation energy of the deck's run against a reference, eV. */
    public static DeckCase tracerActivationEnergy(String name, Tier tier, String deckFile,
                                                  Function<CaseContext, Reference> ref, Tolerance tol, String inputsNote) {
        return new DeckCase(name, tier, deckFile, Quantity.TRACER_ACTIVATION_ENERGY, Double.NaN, ref, tol,
                Optional.empty(), inputsNote, List.of(), null, null);
    }

    /** σ at one of the deck's temperatures against a reference, S/cm. */
    public static DeckCase conductivity(String name, Tier tier, String deckFile, double kelvin,
                                        Function<CaseContext, Reference> ref, Tolerance tol,
                                        Optional<Expectation> expectation, String inputsNote) {
        return new DeckCase(name, tier, deckFile, Quantity.CONDUCTIVITY, kelvin, ref, tol, expectation, inputsNote,
                List.of(), null, null);
    }

    /** A measured σ drawn in the overlay: its temperature and its entry in references.yaml. */
    public record MeasuredPoint(double kelvin, String referenceId) {}

    /**
     * Measured data drawn in this case's Arrhenius overlay, by reference id (values come from
     * references.yaml, never from code); {@code eaId} may be null.
     */
    public DeckCase withExperiment(List<MeasuredPoint> points, String eaId) {
        return new DeckCase(name, tier, deckFile, quantity, temperatureKelvin, reference, tolerance, expectation,
                inputsNote, points, eaId, inputUncertaintyId);
    }

    /**
     * The result inherits the stated uncertainty of this published input (references.yaml id), 1:1 in the
     * result's unit: e.g. a DFT barrier's ±0.05 eV carried into a predicted activation energy.
     */
    public DeckCase withInputUncertaintyOf(String referenceId) {
        return new DeckCase(name, tier, deckFile, quantity, temperatureKelvin, reference, tolerance, expectation,
                inputsNote, experimentPoints, experimentEaId, referenceId);
    }

    @Override public String name() { return name; }

    @Override public Tier tier() { return tier; }

    public Path deck(CaseContext ctx) { return ctx.deck(deckFile); }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        RunResult run = ctx.decks().result(deck(ctx));
        List<TransportResult> transport = new ArrayList<>();
        for (TemperatureRecord r : run.temperatures()) transport.add(r.transport());
        Measurement m = measure(transport, run);
        if (inputUncertaintyId != null) m = m.withInputUncertainty(ctx.references().get(inputUncertaintyId).uncertainty());
        Comparison c = Comparison.evaluate(reference.apply(ctx), m, tolerance);
        CaseResult result = new CaseResult(name, tier, describe(transport), c, Optional.empty(), "", inputsNote,
                Optional.empty(), EngineRuns.seconds(t0));
        if (expectation.isPresent()) {
            Expectation e = expectation.get();
            result = result.withExpectedDeviation(Comparison.evaluate(e.reference().apply(ctx), m, e.tolerance()), e.why());
        }
        return result.withArrhenius(overlay(transport, run, ctx));
    }

    private Measurement measure(List<TransportResult> transport, RunResult run) {
        double dof = transport.stream().mapToDouble(r -> r.statisticalUnits() - 1).min().orElse(Double.NaN);
        if (quantity != Quantity.CONDUCTIVITY) {
            Optional<ArrheniusFit> which = quantity == Quantity.ACTIVATION_ENERGY ? run.arrhenius().conductivity()
                    : run.arrhenius().tracerDiffusion();
            ArrheniusFit fit = which.orElseThrow(() -> new IllegalStateException(
                    name + ": the deck's run has no Arrhenius fit (needs two temperatures with a positive value)"));
            return Measurement.of(fit.activationEnergyEv(), dof, "eV");
        }
        TransportResult at = transport.stream().filter(r -> Math.abs(r.temperatureKelvin() - temperatureKelvin) < 1e-6)
                .findFirst().orElseThrow(() -> new IllegalStateException(name + ": deck " + deckFile
                        + " has no temperature " + temperatureKelvin + " K"));
        return Measurement.of(at.conductivitySPerCm(), at.statisticalUnits() - 1, "S/cm");
    }

    private String describe(List<TransportResult> transport) {
        String temps = transport.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.temperatureKelvin()))
                .reduce((a, b) -> a + ", " + b).orElse("");
        if (quantity == Quantity.TRACER_ACTIVATION_ENERGY) {
            return "Ea of the D* Arrhenius fit, decks/" + deckFile + " via the ionhop run pipeline (T = " + temps + " K)";
        }
        return quantity == Quantity.ACTIVATION_ENERGY
                ? "Ea of the σT Arrhenius fit, decks/" + deckFile + " via the ionhop run pipeline (T = " + temps + " K)"
                : String.format(Locale.ROOT, "Nernst–Einstein σ at %.0f K, decks/%s via the ionhop run pipeline",
                        temperatureKelvin, deckFile);
    }

    private ArrheniusOverlay overlay(List<TransportResult> transport, RunResult run, CaseContext ctx) {
        int n = transport.size();
        double[] t = new double[n], v = new double[n], e = new double[n];
        double meanInvT = 0;
        for (int i = 0; i < n; i++) {
            t[i] = transport.get(i).temperatureKelvin();
            v[i] = transport.get(i).conductivitySPerCm().value();
            e[i] = transport.get(i).conductivitySPerCm().stderr();
            meanInvT += 1 / t[i] / n;
        }
        double tMean = 1 / meanInvT;
        double ea = run.arrhenius().conductivity().map(f -> f.activationEnergyEv().value()).orElse(Double.NaN);
        double anchor = run.arrhenius().conductivity().map(f -> f.predict(tMean).value().value()).orElse(Double.NaN);
        List<ArrheniusOverlay.ExperimentPoint> measured = new ArrayList<>();
        for (MeasuredPoint p : experimentPoints) {
            Reference r = ctx.references().get(p.referenceId());
            double lo = r.hasRange() ? r.low() : r.value(), hi = r.hasRange() ? r.high() : r.value();
            measured.add(new ArrheniusOverlay.ExperimentPoint(p.kelvin(), r.value(), lo, hi, p.referenceId()));
        }
        double measuredEa = experimentEaId == null ? Double.NaN : ctx.references().get(experimentEaId).value();
        return new ArrheniusOverlay("σ (S/cm)", t, v, e, ea, anchor, measured, measuredEa, true);
    }
}
