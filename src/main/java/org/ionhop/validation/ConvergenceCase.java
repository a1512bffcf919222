package org.ionhop.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.analysis.TransportResult;
import org.ionhop.deck.Deck;
import org.ionhop.output.RunResult;
import org.ionhop.rates.DeckModel;
import org.ionhop.run.RunListener;
import org.ionhop.run.RunOptions;
import org.ionhop.run.RunPipeline;

/**
 * Has a shipped deck converged? The deck (inputs/) at its own supercell and run length, against the same deck
 * with the supercell doubled along every axis (carrier counts scaled with it, so the carrier fraction stays the
 * same) or with four times the run length, at the deck's middle temperature through the {@code ionhop run}
 * pipeline. D* of the variant is compared with the deck's own D* within their combined statistics: a
 * difference beyond that is a finite-size or run-length effect the user must know about (verdict fail).
 * σ of both runs is reported too; its D_J error is usually too large to show convergence by itself.
 */
final class ConvergenceCase implements ValidationCase {
    /** Which numerical parameter is varied. */
    enum Variant { SIZE, LENGTH }

    private static final Pattern SUPERCELL = Pattern.compile("(?m)^supercell:\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\]");
    private static final Pattern COUNT = Pattern.compile("(?m)^(\\s+(?:ions|vacancies):\\s*)(\\d+)");
    private static final Pattern RUN_HOPS = Pattern.compile("(?m)^(run:\\s*(?:#.*)?\\n(?:\\s+.*\\n)*?\\s+hops_per_ion:\\s*)([0-9.eE+]+)");

    private final String deckFile;
    private final Variant variant;

    ConvergenceCase(String deckFile, Variant variant) {
        this.deckFile = deckFile;
        this.variant = variant;
    }

    @Override
    public String name() {
        return "convergence-" + (variant == Variant.SIZE ? "size-" : "length-") + deckFile.replace(".yaml", "");
    }

    @Override public Tier tier() { return Tier.SENSITIVITY; }

    @Override
    public CaseResult run(CaseContext ctx) {
        long t0 = System.nanoTime();
        Path deck = ctx.shippedDeck(deckFile);
        String text;
        try {
            text = Files.readString(deck);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Deck base = Deck.parse(text, deck);
        double kelvin = base.temperaturesK().get(base.temperaturesK().size() / 2);
        String oneT = setTemperature(text, kelvin);
        String changed = variant == Variant.SIZE ? doubleSupercell(oneT) : longerRun(oneT, 4);
        TransportResult a = run(oneT, deck, ctx), b = run(changed, deck, ctx);
        Reference ref = new Reference("run:" + deckFile, "tracer D* (cm²/s)", a.tracer().isotropic().value(),
                a.tracer().isotropic().stderr(), Double.NaN, Double.NaN, String.format(Locale.ROOT,
                        "inputs/%s as shipped at %.0f K (%s)", deckFile, kelvin, ctx.quick() ? "--quick preset" : "full length"),
                true);
        Measurement m = Measurement.of(b.tracer().isotropic(), b.statisticalUnits() - 1, "cm²/s");
        Comparison c = Comparison.evaluate(ref, m, Tolerance.statistical("converged = the variant's D* within the "
                + "combined statistics of both runs (3σ, Student-t for the variant)"));
        String computed = String.format(Locale.ROOT, "%s: D* %.4g ± %.2g → %.4g ± %.2g cm²/s, σ %.3g ± %.2g → %.3g ± %.2g S/cm "
                        + "(%s)", variant == Variant.SIZE ? "supercell doubled along each axis, carriers scaled"
                        : "run 4× longer", a.tracer().isotropic().value(), a.tracer().isotropic().stderr(),
                b.tracer().isotropic().value(), b.tracer().isotropic().stderr(), a.conductivitySPerCm().value(),
                a.conductivitySPerCm().stderr(), b.conductivitySPerCm().value(), b.conductivitySPerCm().stderr(),
                "errors from " + a.statisticalUnits() + " / " + b.statisticalUnits() + " units");
        return new CaseResult(name(), tier(), computed, c, java.util.Optional.empty(), "", "",
                java.util.Optional.empty(), EngineRuns.seconds(t0));
    }

    private static TransportResult run(String text, Path deck, CaseContext ctx) {
        DeckModel model = DeckModel.build(Deck.parse(text, deck));
        RunResult r = new RunPipeline(model, new RunOptions(ctx.quick(), ctx.threads(), null), RunListener.SILENT).run();
        return r.temperatures().get(0).transport();
    }

    private static String setTemperature(String text, double kelvin) {
        Matcher m = Pattern.compile("(?m)^temperatures_K:\\s*\\[[^\\]]*\\]").matcher(text);
        if (!m.find()) throw new IllegalStateException("no 'temperatures_K: [...]' line to vary");
        return m.replaceFirst(String.format(Locale.ROOT, "temperatures_K: [%s]", kelvin));
    }

    static String doubleSupercell(String text) {
        Matcher m = SUPERCELL.matcher(text);
        if (!m.find()) throw new IllegalStateException("no 'supercell: [a, b, c]' line to vary");
        String out = m.replaceFirst(String.format(Locale.ROOT, "supercell: [%d, %d, %d]", 2 * Integer.parseInt(m.group(1)),
                2 * Integer.parseInt(m.group(2)), 2 * Integer.parseInt(m.group(3))));
        Matcher c = COUNT.matcher(out);
        StringBuilder b = new StringBuilder();
        while (c.find()) c.appendReplacement(b, c.group(1) + 8 * Long.parseLong(c.group(2)));
        c.appendTail(b);
        return b.toString();
    }

    static String longerRun(String text, int factor) {
        Matcher m = RUN_HOPS.matcher(text);
        if (!m.find()) throw new IllegalStateException("no 'run: hops_per_ion:' to vary");
        return m.replaceFirst(m.group(1).replace("\\", "\\\\").replace("$", "\\$")
                + String.format(Locale.ROOT, "%s", factor * Double.parseDouble(m.group(2))));
    }

    /** Every shipped deck, by size and by run length. */
    static List<ValidationCase> forShippedDecks(List<String> decks) {
        return decks.stream().<ValidationCase>mapMulti((d, out) -> {
            out.accept(new ConvergenceCase(d, Variant.SIZE));
            out.accept(new ConvergenceCase(d, Variant.LENGTH));
        }).toList();
    }
}
