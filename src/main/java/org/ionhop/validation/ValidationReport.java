package org.ionhop.validation;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report a referee reads: one table row per case (reference with its source, IonHop's result,
 * deviation, tolerance with its reasoning, status), then the notes behind each row; and the same as JSON.
 */
public final class ValidationReport {
    private ValidationReport() {}

    /** Number of FAIL cases. */
    public static long failures(List<CaseResult> results) {
        return results.stream().filter(r -> r.status() == Status.FAIL).count();
    }

    public static String markdown(List<CaseResult> results, boolean quick, String version) {
        StringBuilder b = new StringBuilder();
        b.append("# IonHop validation report\n\n");
        b.append(String.format(Locale.ROOT, "IonHop %s, %s suite, %d cases: %d pass, %d expected deviation, %d inconclusive, %d fail.%n%n",
                version, quick ? "quick" : "full", results.size(), count(results, Status.PASS),
                count(results, Status.EXPECTED_DEVIATION), count(results, Status.INCONCLUSIVE), count(results, Status.FAIL)));
        b.append("Tiers: **analytic** = exact theory of the lattice model; **input-recovery** = the pipeline returns the "
                + "barrier its deck was given (checks the pipeline, not the material); **prediction** = computed from "
                + "published inputs and compared with an independent published result; **sensitivity** = the value of an "
                + "unpublished assumption a measurement needs. ✓ in the 'primary' column = the reference number was read "
                + "in its primary source (validation/references.yaml `verified`).\n\n");
        b.append("| case | tier | published / exact value (source) | primary | IonHop ± stat (± input) | deviation | verdict |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (CaseResult r : results) {
            Comparison c = r.comparison();
            b.append("| ").append(String.join(" | ", cell(r.name()), r.tier().label(),
                    cell(c.reference().display() + " (" + c.reference().id() + ")"),
                    c.reference().verified() ? "✓" : "✗", cell(result(c)), cell(sigmas(c)),
                    "**" + r.status().label() + "**")).append(" |\n");
        }
        b.append("\nVerdict rule: **pass** = within tolerance of the reference; **expected-deviation** = outside it, but the "
                + "case names the physics the model leaves out and the result meets the model's own expectation "
                + "(second comparison below); **inconclusive** = within tolerance of both, so the run cannot tell the reference "
                + "from the model's own value (run the full suite); **fail** = anything else. Allowed deviation = the tolerance's "
                + "fixed amount + √((k σ_result)² + z² (σ_input² + σ_reference²)), z = 3 unless a case states otherwise, k = the "
                + "Student-t multiple of the same coverage at the result's degrees of freedom; deviations are quoted in units of "
                + "σ = √(σ_result² + σ_input² + σ_reference²). σ_input is the uncertainty a prediction inherits from its published "
                + "inputs (e.g. ±0.05 eV of a DFT barrier). Nothing is tuned for --quick: its larger standard errors widen the "
                + "statistical part by themselves.\n");
        b.append("\n## Cases\n");
        for (CaseResult r : results) {
            Comparison c = r.comparison();
            b.append("\n### ").append(r.name()).append(" — ").append(r.status().label()).append("\n\n");
            b.append("- computed: ").append(r.computed()).append(String.format(Locale.ROOT, " (%.1f s)%n", r.seconds()));
            b.append("- reference: ").append(c.reference().display()).append(' ').append(c.reference().quantity())
                    .append(" [").append(c.reference().id()).append(']')
                    .append(" — ").append(c.reference().source())
                    .append(c.reference().verified() ? "" : " (not read in the primary source; see references.yaml)")
                    .append('\n');
            b.append("- tolerance: ").append(c.tolerance().rule(c.result().unit())).append(" — ")
                    .append(c.tolerance().reasoning()).append('\n');
            b.append("- result: ").append(result(c)).append(", deviation ").append(deviation(c))
                    .append(", allowed ").append(allowed(c)).append('\n');
            if (!r.inputsNote().isBlank()) b.append("- model inputs: ").append(r.inputsNote()).append('\n');
            r.modelExpectation().ifPresent(m -> {
                b.append("- expected deviation: ").append(r.explanation()).append('\n');
                b.append("- model expectation: ").append(m.reference().display()).append(" (").append(m.reference().source())
                        .append("); deviation ").append(deviation(m)).append(", allowed ").append(allowed(m))
                        .append(m.within() ? " — met" : " — NOT met").append('\n');
            });
        }
        return b.toString();
    }

    public static String json(List<CaseResult> results, boolean quick, String version) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("ionhop_version", version);
        root.put("suite", quick ? "quick" : "full");
        root.put("passed", count(results, Status.PASS));
        root.put("expected_deviations", count(results, Status.EXPECTED_DEVIATION));
        root.put("inconclusive", count(results, Status.INCONCLUSIVE));
        root.put("failed", count(results, Status.FAIL));
        ArrayNode cases = root.putArray("cases");
        for (CaseResult r : results) {
            ObjectNode n = cases.addObject();
            n.put("name", r.name());
            n.put("tier", r.tier().label());
            n.put("status", r.status().label());
            n.put("computed", r.computed());
            n.put("seconds", r.seconds());
            comparison(n.putObject("comparison"), r.comparison());
            r.modelExpectation().ifPresent(m -> {
                n.put("explanation", r.explanation());
                comparison(n.putObject("model_expectation"), m);
            });
            if (!r.inputsNote().isBlank()) n.put("inputs_note", r.inputsNote());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void comparison(ObjectNode n, Comparison c) {
        ObjectNode ref = n.putObject("reference");
        ref.put("id", c.reference().id());
        ref.put("quantity", c.reference().quantity());
        number(ref, "value", c.reference().value());
        number(ref, "uncertainty", c.reference().uncertainty());
        if (c.reference().hasRange()) {
            ref.putArray("range").add(c.reference().low()).add(c.reference().high());
        }
        ref.put("source", c.reference().source());
        ref.put("verified", c.reference().verified());
        ObjectNode res = n.putObject("result");
        number(res, "value", c.result().value());
        number(res, "stderr", c.result().stderr());
        number(res, "degrees_of_freedom", c.result().degreesOfFreedom());
        number(res, "input_uncertainty", c.result().inputUncertainty());
        res.put("unit", c.result().unit());
        ObjectNode tol = n.putObject("tolerance");
        tol.put("kind", c.tolerance().kind().name().toLowerCase(Locale.ROOT));
        number(tol, "amount", c.tolerance().amount());
        number(tol, "coverage_factor", c.coverageFactor());
        number(tol, "sigmas", c.tolerance().sigmas());
        tol.put("reasoning", c.tolerance().reasoning());
        n.put("scale", c.logarithmic() ? "log10" : "linear");
        number(n, "sigma", c.sigma());
        number(n, "deviation", c.deviation());
        number(n, "deviation_sigma", c.deviationInSigma());
        number(n, "relative_deviation", c.relativeDeviation());
        number(n, "allowed", c.allowed());
        n.put("within", c.within());
    }

    /** Non-finite numbers become null (JSON has no NaN or infinity). */
    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) n.put(key, v); else n.putNull(key);
    }

    /** A table cell: a literal '|' would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static long count(List<CaseResult> results, Status s) {
        return results.stream().filter(r -> r.status() == s).count();
    }

    private static String result(Comparison c) {
        Measurement m = c.result();
        String input = m.inputUncertainty() > 0 ? String.format(Locale.ROOT, " (± %.2g)", m.inputUncertainty()) : "";
        return String.format(Locale.ROOT, "%.6g ± %.2g%s %s", m.value(), m.stderr(), input, m.unit()).trim();
    }

    /** Deviation in σ for the summary table, e.g. "0.98σ" or "2.9σ (log10)". */
    private static String sigmas(Comparison c) {
        double s = c.deviationInSigma();
        return (Double.isInfinite(s) ? "∞" : String.format(Locale.ROOT, "%.2g", s)) + "σ"
                + (c.logarithmic() ? " (log10)" : "");
    }

    private static String deviation(Comparison c) {
        String scale = c.logarithmic() ? " decades" : "";
        double sigmas = c.deviationInSigma();
        String inSigma = Double.isInfinite(sigmas) ? "∞" : String.format(Locale.ROOT, "%.2g", sigmas);
        return String.format(Locale.ROOT, "%.3g%s (%sσ, %+.2g%%)", c.deviation(), scale, inSigma,
                100 * c.relativeDeviation());
    }

    private static String allowed(Comparison c) {
        String scale = c.logarithmic() ? " decades" : "";
        return String.format(Locale.ROOT, "≤ %.3g%s: %s, k = %.2f", c.allowed(), scale,
                c.tolerance().rule(c.result().unit()), c.coverageFactor());
    }
}
