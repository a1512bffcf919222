package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Report structure: one row per case with its status, notes for expected deviations, JSON without NaN. */
class ValidationReportTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static List<CaseResult> results() {
        Reference exp = new Reference("libh4-ortho-ea", "activation energy (eV)", 0.69, 0, Double.NaN, Double.NaN,
                "Matsuo et al., Appl. Phys. Lett. 91, 224103 (2007)", true);
        Measurement ea = new Measurement(0.31, 0.02, 7, "eV");
        Comparison vsExp = Comparison.evaluate(exp, ea, Tolerance.absolute(0.1, "DFT-level model"));
        Comparison vsModel = Comparison.evaluate(Reference.analytic("deck:m", "eV", 0.30, "deck input"), ea,
                Tolerance.statistical("exact"));
        CaseResult deviation = CaseResult.of("exp-case", Tier.PREDICTION, "Ea", vsExp, 1.0)
                .withExpectedDeviation(vsModel, "fixed vacancy content omits E_f/2");
        Comparison nanError = Comparison.evaluate(Reference.analytic("a", "x", 1, "D = |r|² theory"),
                new Measurement(5, Double.NaN, INF, ""), Tolerance.statistical("exact"));
        CaseResult failed = CaseResult.of("bad-case", Tier.ANALYTIC, "x", nanError, 0.5);
        return List.of(deviation, failed);
    }

    @Test
    void markdownHasARowAndNotesPerCase() {
        String md = ValidationReport.markdown(results(), false, "test");
        assertTrue(md.contains("2 cases: 0 pass, 1 expected deviation, 0 inconclusive, 1 fail"), md);
        assertTrue(md.contains("| exp-case | prediction | 0.690000 (libh4-ortho-ea) | ✓ | 0.310000 ± 0.020 eV | 19σ |"), md);
        assertTrue(md.contains("[libh4-ortho-ea] — Matsuo et al."), md);
        assertTrue(md.contains("**expected-deviation** |"), md);
        assertTrue(md.contains("| bad-case | analytic |") && md.contains("**fail** |"), md);
        assertTrue(md.contains("- expected deviation: fixed vacancy content omits E_f/2"), md);
        assertTrue(md.contains("- model expectation: 0.300000 (deck input)") && md.contains("— met"), md);
        assertEquals(1, ValidationReport.failures(results()));
        long rows = md.lines().filter(l -> l.startsWith("| ")).count();
        assertEquals(3, rows, "header + one row per case");
        for (String row : md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| case")).toList()) {
            assertEquals(9, row.split("(?<!\\\\)\\|", -1).length, "7 cells between 8 unescaped pipes: " + row);
        }
    }

    @Test
    void jsonCarriesBothComparisonsAndNullForMissingNumbers() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ValidationReport.json(results(), true, "test"));
        assertEquals(1, root.get("expected_deviations").asInt());
        assertEquals(1, root.get("failed").asInt());
        JsonNode first = root.get("cases").get(0);
        assertEquals("expected-deviation", first.get("status").asText());
        assertEquals(0.38, first.get("comparison").get("deviation").asDouble(), 1e-12);
        assertTrue(first.get("model_expectation").get("within").asBoolean());
        JsonNode second = root.get("cases").get(1).get("comparison");
        assertTrue(second.get("result").get("stderr").isNull(), "NaN written as null");
        assertEquals("fail", root.get("cases").get(1).get("status").asText());
    }
}
