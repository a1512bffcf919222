package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.TransportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jhdf.HdfFile;

/**
 * A temperature whose numbers are not a result (a tensor with a negative principal value beyond
 * its error bar) is never shown as one: left out of the Arrhenius fits, no numbers in the summary
 * table or JSON, flagged valid = 0 in the HDF5 file (which keeps the data for diagnosis).
 */
class InvalidResultReportingTest {
    private static final String PROBLEM = "D* = -1.000e-06 ± 1.0e-07 cm^2/s is negative beyond its error bar";
    private static final String TENSOR = "D_J has a negative principal value -1.000e-06 ± 1.0e-07 cm^2/s";

    private static TransportResult invalid(TransportResult r) {
        return new TransportResult(r.temperatureKelvin(), r.tracerMsd(), r.collectiveMsd(), r.fitWindow(),
                r.fitStartSeconds(), r.fitEndSeconds(), r.tracer(), r.jump(), r.havenRatio(), r.correlationFactor(),
                r.conductivitySPerCm(), r.ionsPerCm3(), r.chargeNumber(), r.errorSource(), r.statisticalUnits(),
                r.replicas(), List.of(PROBLEM), List.of());
    }

    private static TransportResult unresolvedTensor(TransportResult r) {
        return new TransportResult(r.temperatureKelvin(), r.tracerMsd(), r.collectiveMsd(), r.fitWindow(),
                r.fitStartSeconds(), r.fitEndSeconds(), r.tracer(), r.jump(), r.havenRatio(), r.correlationFactor(),
                r.conductivitySPerCm(), r.ionsPerCm3(), r.chargeNumber(), r.errorSource(), r.statisticalUnits(),
                r.replicas(), List.of(), List.of(TENSOR));
    }

    @Test
    void anInvalidTemperatureIsFlaggedAndNotReported(@TempDir Path dir) throws IOException {
        RunResult sample = SampleRun.create(11);
        List<TemperatureRecord> temps = new ArrayList<>(sample.temperatures());
        TemperatureRecord middle = temps.get(1);
        temps.set(1, middle.withTransport(invalid(middle.transport())));
        TemperatureRecord last = temps.get(2);
        temps.set(2, last.withTransport(unresolvedTensor(last.transport())));
        List<TransportResult> results = temps.stream().map(TemperatureRecord::transport).toList();
        ArrheniusSummary arrhenius = ArrheniusSummary.of(results);
        List<TransportResult> validOnly = List.of(results.get(0), results.get(2));   // 600 K: only its tensor is unresolved
        assertEquals(ArrheniusSummary.of(validOnly).conductivity().orElseThrow().activationEnergyEv(),
                arrhenius.conductivity().orElseThrow().activationEnergyEv());

        String table = SummaryTable.format(results, arrhenius);
        assertTrue(table.contains("     500  not a result: " + PROBLEM), table);
        // An unresolved tensor keeps its row (trace/3 is an unbiased mean) and gets a note.
        assertTrue(table.contains("note: 600 K: " + TENSOR + " (the values above are trace/3 and stay valid)"), table);
        assertTrue(table.contains("     600  "), table);

        JsonNode json = new ObjectMapper().readTree(SummaryJson.toJson(results, arrhenius));
        JsonNode t500 = json.get("temperatures").get(1);
        assertFalse(t500.get("valid").asBoolean());
        assertFalse(t500.has("D_tracer_cm2_per_s"));
        assertEquals(PROBLEM, t500.get("problems").get(0).asText());
        assertTrue(json.get("temperatures").get(0).get("valid").asBoolean());
        assertEquals(TENSOR, json.get("temperatures").get(2).get("tensor_problems").get(0).asText());
        assertTrue(json.get("temperatures").get(2).has("D_jump_cm2_per_s"));

        Path file = dir.resolve("r.h5");
        new Hdf5ResultWriter().write(file, new RunResult(sample.metadata(), sample.structure(), sample.hopClasses(),
                sample.networkSites(), temps, arrhenius));
        try (HdfFile h = new HdfFile(file)) {
            assertEquals(0, ((Number) h.getByPath("temperatures/500K").getAttribute("valid").getData()).intValue());
            assertEquals(PROBLEM, h.getByPath("temperatures/500K").getAttribute("problems").getData());
            assertEquals(1, ((Number) h.getByPath("temperatures/400K").getAttribute("valid").getData()).intValue());
            assertEquals(0, ((Number) h.getByPath("temperatures/600K").getAttribute("tensor_valid").getData()).intValue());
            assertEquals(1, ((Number) h.getByPath("temperatures/600K").getAttribute("valid").getData()).intValue());
            assertEquals(TENSOR, h.getByPath("temperatures/600K").getAttribute("tensor_problems").getData());
        }
    }
}
