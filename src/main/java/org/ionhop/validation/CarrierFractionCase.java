package org.ionhop.validation;

import java.nio.file.Path;
import java.util.Locale;

import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.deck.Deck;
import org.ionhop.output.RunResult;
import org.ionhop.output.TemperatureRecord;
import org.ionhop.rates.DeckModel;

/**
 * The vacancy fraction a measured quantity needs, when the model's result scales with an unpublished
 * vacancy content. A deck with a dilute vacancy fraction x_run gives σ (or the per-ion jump rate) at one
 * temperature; in the dilute limit both are proportional to x_v (every vacancy carries the same current),
 * so the measurement needs x_v = x_run · measured / model. That number, not a pass over decades, is the
 * prediction: it is compared with the range a referee would find plausible, within one standard
 * uncertainty propagated from the published inputs (the barrier's stated accuracy, exact through
 * e^{δE/kT}, since shifting E_KRA scales every rate alike) and the attempt-frequency range (every rate ∝ ν).
 * A measurement that needs more vacancies than plausible even at the favourable end of that band fails.
 *
 * <p>Not covered: corrections of order x_v to the dilute scaling (vacancy–vacancy encounters), which matter
 * only where the needed x_v is itself large; the 16c site energy (an assumption with a range, not
 * propagated here: see the deck header).
 */
final class CarrierFractionCase implements ValidationCase {
    /** What is matched. */
    enum Quantity { CONDUCTIVITY, JUMP_RATE }

    /**
     * Plausible Mg-vacancy fractions: a MODEL ASSUMPTION of IonHop, not a published number. x_v = 0.10 in MgSc2Se4
     * would be Mg0.9Sc2Se4, a deficit needing 0.2 e per formula unit of compensation, which a phase-pure refined
     * sample would show; no deficit is reported in the text read (literature.md: the vacancy content is not given).
     */
    static final double PLAUSIBLE_MAX_VACANCY_FRACTION = 0.10;
    /** references.yaml range of typical attempt frequencies, propagated as log-uniform. */
    static final String ATTEMPT_FREQUENCY_ID = "attempt-frequency-typical";

    private final String name;
    private final String deckFile;
    private final String carrierSiteLabel;
    private final double kelvin;
    private final Quantity quantity;
    private final String measuredId;
    private final String barrierId;
    private final int hopsPerCompletedJump;

    /**
     * @param hopsPerCompletedJump for {@link Quantity#JUMP_RATE}: recorded hops per completed site-to-site jump
     *                             (4 for a path through an intermediate site with two equivalent empty exits: two
     *                             hops per excursion, half of the excursions return)
     */
    CarrierFractionCase(String name, String deckFile, String carrierSiteLabel, double kelvin, Quantity quantity,
                        String measuredId, String barrierId, int hopsPerCompletedJump) {
        this.name = name;
        this.deckFile = deckFile;
        this.carrierSiteLabel = carrierSiteLabel;
        this.kelvin = kelvin;
        this.quantity = quantity;
        this.measuredId = measuredId;
        this.barrierId = barrierId;
        this.hopsPerCompletedJump = hopsPerCompletedJump;
    }

    @Override public String name() { return name; }

    @Override public Tier tier() { return Tier.SENSITIVITY; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        Path deck = ctx.deck(deckFile);
        RunResult run = ctx.decks().result(deck);
        DeckModel model = DeckModel.build(Deck.load(deck));
        double xRun = vacancyFraction(model);
        TemperatureRecord rec = run.temperatures().stream()
                .filter(r -> Math.abs(r.transport().temperatureKelvin() - kelvin) < 1e-6).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + ": deck " + deckFile + " has no " + kelvin + " K"));
        TransportResult t = rec.transport();
        double value;
        double relErr;
        String what;
        if (quantity == Quantity.CONDUCTIVITY) {
            value = t.conductivitySPerCm().value();
            relErr = t.conductivitySPerCm().stderr() / value;
            what = "σ";
        } else {
            double[] lags = t.tracerMsd().lagSeconds();
            double recordedSeconds = lags[lags.length - 1] * t.replicas();
            double jumps = (double) rec.totalHops() / hopsPerCompletedJump;
            value = jumps / (recordedSeconds * model.ionCount());
            relErr = 1 / Math.sqrt(jumps);   // counting error of the completed jumps
            what = "completed jumps per ion per second";
        }
        Reference measured = ctx.references().get(measuredId);
        Reference barrier = ctx.references().get(barrierId);
        double xNeeded = xRun * measured.value() / value;
        double kT = Units.KB_EV_PER_K * kelvin;
        double barrierDecades = barrier.uncertainty() / (kT * Math.log(10));
        Reference nu = ctx.references().get(ATTEMPT_FREQUENCY_ID);
        double nuDecades = Math.log10(nu.high() / nu.low()) / (2 * Math.sqrt(3)); // s.d. of a log-uniform variable
        double inputDecades = Math.hypot(barrierDecades, nuDecades);
        Measurement m = new Measurement(xNeeded, xNeeded * relErr, t.statisticalUnits() - 1.0, "1",
                xNeeded * Math.log(10) * inputDecades);
        Reference plausible = new Reference(measuredId + " → plausible x_v", "vacancy fraction x_v needed",
                Double.NaN, 0, 0, PLAUSIBLE_MAX_VACANCY_FRACTION, "IonHop model assumption (not published): x_v ≤ "
                + PLAUSIBLE_MAX_VACANCY_FRACTION + " is plausible; measured " + measuredId + " = "
                + String.format(Locale.ROOT, "%.3g", measured.value()) + " from " + measured.source(), measured.verified());
        Comparison c = Comparison.evaluate(plausible, m, Tolerance.decades(0, String.format(Locale.ROOT,
                "within 1σ of the published inputs: barrier ±%.3g eV (%s) = ×/÷ %.2g at %.0f K, attempt frequency "
                        + "%.0e–%.0e Hz (%s, ×/÷ %.2g), and the run's statistics. 1σ, not 3σ: the input band alone is "
                        + "~0.9 decade at 298 K, so a 3σ window would pass any x_v ≤ 1", barrier.uncertainty(), barrierId,
                Math.pow(10, barrierDecades), kelvin, nu.low(), nu.high(), ATTEMPT_FREQUENCY_ID,
                Math.pow(10, nuDecades))).atSigmas(1));
        double band = Math.pow(10, Math.hypot(inputDecades, relErr / Math.log(10)));
        String computed = String.format(Locale.ROOT, "%s at %.0f K with x_v = %.4f (decks/%s): %.4g ± %.2g; the measured "
                        + "%.3g needs x_v = %.4f × %.3g / %.4g = %.3g (1σ band %.3g–%.3g; dilute scaling, x_v ∝ %s)",
                what, kelvin, xRun, deckFile, value, value * relErr, measured.value(), xRun, measured.value(), value,
                xNeeded, xNeeded / band, xNeeded * band, what);
        return new CaseResult(name, tier(), computed, c, java.util.Optional.empty(), "",
                "published: barrier " + barrierId + " (" + barrier.source() + "), cell from mgsc2se4-jump-distance; "
                        + "assumed: x_v (the unknown this case solves for), 16c energy, ν (range propagated)",
                java.util.Optional.empty(), EngineRuns.seconds(t0));
    }

    /** Fraction of the carrier sites left empty by the deck's ions (all ions start on them; dilute). */
    private double vacancyFraction(DeckModel model) {
        int type = model.network().siteLabels().indexOf(carrierSiteLabel);
        if (type < 0) throw new IllegalStateException(name + ": no site label " + carrierSiteLabel + " in " + deckFile);
        int sites = 0;
        for (int s : model.network().siteType()) if (s == type) sites++;
        return 1 - (double) model.ionCount() / sites;
    }
}
