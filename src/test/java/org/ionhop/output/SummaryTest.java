package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.TransportResult;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static final RunResult RUN = SampleRun.create(3);
    private static final List<TransportResult> RESULTS =
            RUN.temperatures().stream().map(TemperatureRecord::transport).toList();

    @Test
    void tableHasOneRowPerTemperatureAndTheActivationEnergies() {
        String table = SummaryTable.format(RESULTS, RUN.arrhenius());
        String[] lines = table.split("\n");
        assertTrue(lines[0].contains("T (K)") && lines[0].contains("sigma (S/cm)"), table);
        for (int i = 0; i < RESULTS.size(); i++) {
            TransportResult r = RESULTS.get(i);
            String row = lines[i + 1];
            assertTrue(row.trim().startsWith(Hdf5ResultWriter.groupName(r.temperatureKelvin()).replace("K", "")), row);
            assertTrue(row.contains(String.format(java.util.Locale.ROOT, "%.3e ± %.1e",
                    r.tracer().isotropic().value(), r.tracer().isotropic().stderr())), row);
            assertTrue(row.contains("8 replicas"), row);
        }
        assertTrue(lines[4].startsWith("Ea (sigma*T): " + String.format(java.util.Locale.ROOT, "%.3f",
                RUN.arrhenius().conductivity().orElseThrow().activationEnergyEv().value())), lines[4]);
        // The correlation factor, where the run has one (D_random known), on one line after the fits.
        TransportResult first = RESULTS.get(0);
        if (first.correlationFactor().isPresent()) {
            String f = table.lines().filter(l -> l.startsWith("Correlation factor f")).findFirst().orElseThrow();
            assertTrue(f.contains(String.format(java.util.Locale.ROOT, "%s K: %.3f ± %.3f",
                    Hdf5ResultWriter.groupName(first.temperatureKelvin()).replace("K", ""),
                    first.correlationFactor().get().value(), first.correlationFactor().get().stderr())), f);
        } else {
            assertTrue(table.lines().noneMatch(l -> l.startsWith("Correlation factor")), table);
        }
    }

    @Test
    void jsonCarriesTheSameNumbersAndNullForUndefined() throws Exception {
        JsonNode json = new ObjectMapper().readTree(SummaryJson.toJson(RESULTS, RUN.arrhenius()));
        assertEquals(3, json.get("temperatures").size());
        JsonNode t = json.get("temperatures").get(1);
        assertEquals(500.0, t.get("temperature_K").asDouble());
        assertEquals(RESULTS.get(1).havenRatio().value(), t.at("/haven_ratio/value").asDouble());
        assertEquals(RESULTS.get(1).conductivitySPerCm().stderr(), t.at("/conductivity_S_per_cm/stderr").asDouble());
        assertEquals(RUN.arrhenius().conductivity().orElseThrow().activationEnergyEv().stderr(),
                json.at("/arrhenius/conductivity/activation_energy_eV/stderr").asDouble());
        assertEquals(2, json.at("/arrhenius/conductivity/conductivity_300K_S_per_cm/ci95").size());

        // Two temperatures: the fit has no residual degrees of freedom, so chi²/dof is undefined -> null;
        // one temperature: no fit at all.
        JsonNode two = new ObjectMapper().readTree(
                SummaryJson.toJson(RESULTS.subList(0, 2), ArrheniusSummary.of(RESULTS.subList(0, 2))));
        assertTrue(two.at("/arrhenius/D_tracer/reduced_chi_square").isNull());
        JsonNode one = new ObjectMapper().readTree(
                SummaryJson.toJson(RESULTS.subList(0, 1), ArrheniusSummary.of(RESULTS.subList(0, 1))));
        assertTrue(one.at("/arrhenius/conductivity").isNull());
        assertTrue(SummaryTable.format(RESULTS.subList(0, 1), ArrheniusSummary.of(RESULTS.subList(0, 1)))
                .contains("needs at least two temperatures"));
    }
}
