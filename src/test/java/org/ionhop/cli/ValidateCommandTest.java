package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ionhop validate --only} on fast analytic cases, end to end: exit code, report files, and the
 * reference value in the JSON checked against the Boltzmann law computed here by hand.
 */
class ValidateCommandTest {
    @TempDir
    Path dir;


    @Test
    void fastAnalyticCasesWriteTheReport() throws Exception {
        CliRun r = CliRun.of("validate", "--quick", "--only", "boltzmann-occupation-1200K,fermi-dirac-occupation-300K",
                "--out", dir.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Path md = dir.resolve("validation-report.md");
        String text = Files.readString(md);
        assertTrue(text.contains("| case | tier | published / exact value (source) | primary | IonHop ± stat (± input) | deviation | verdict |"), text);
        assertTrue(text.contains("| boltzmann-occupation-1200K | analytic |"), text);
        assertTrue(text.contains("### fermi-dirac-occupation-300K — pass"), text);
        assertTrue(Files.size(dir.resolve("parity.png")) > 1000);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("validation-report.json").toFile());
        assertEquals("quick", json.get("suite").asText());
        assertEquals(2, json.get("cases").size());
        assertEquals(0, json.get("failed").asInt());
        JsonNode boltzmann = json.get("cases").get(0);
        assertEquals("boltzmann-occupation-1200K", boltzmann.get("name").asText());
        // one ion on equal numbers of A and B sites, B higher by 0.1 eV: P(B) = e^{-x}/(1 + e^{-x})
        double x = 0.1 / (Units.KB_EV_PER_K * 1200);
        double pB = Math.exp(-x) / (1 + Math.exp(-x));
        JsonNode cmp = boltzmann.get("comparison");
        assertEquals(pB, cmp.get("reference").get("value").asDouble(), 1e-12);
        double value = cmp.get("result").get("value").asDouble(), stderr = cmp.get("result").get("stderr").asDouble();
        assertTrue(stderr > 0 && stderr < 0.02 * pB, "a meaningful error bar: " + stderr);
        assertEquals(Math.abs(value - pB), cmp.get("deviation").asDouble(), 1e-12);
        assertTrue(cmp.get("within").asBoolean());
        assertEquals("statistical", cmp.get("tolerance").get("kind").asText());
    }

    @Test
    void unknownCaseIsBadInput() {
        CliRun r = CliRun.of("validate", "--only", "no-such-case", "--out", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no-such-case"), r.err());
    }

    @Test
    void listNamesEveryTier() {
        CliRun r = CliRun.of("validate", "--list");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("analytic\tcorrelation-factor-honeycomb"), r.out());
        assertTrue(r.out().contains("input-recovery\tmgsc2se4-ea-input-recovery"), r.out());
        assertTrue(r.out().contains("prediction\tmgsc2se4-ea-vs-aimd"), r.out());
        assertTrue(r.out().contains("sensitivity\tmgsc2se4-xv-for-sigma-298K-impedance"), r.out());
        assertTrue(r.out().contains("input-recovery\tlibh4-ortho-ea-input-recovery"), r.out());
    }
}
