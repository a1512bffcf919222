package org.ionhop.output;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.Estimate;
import org.ionhop.analysis.RegionStatistics;
import org.ionhop.analysis.TransportResult;

/**
 * The terminal summary as JSON (for {@code --json}): the same numbers as {@link SummaryTable}, units
 * in the key names, every estimate as {"value": v, "stderr": s}. Non-finite numbers become null
 * (JSON has no NaN).
 */
public final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    public static String toJson(List<TransportResult> results, ArrheniusSummary arrhenius) {
        try {
            return MAPPER.writeValueAsString(toTree(results, arrhenius));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the summary", e);
        }
    }

    /**
     * The summary of a whole run: as {@link #toJson(List, ArrheniusSummary)}, plus each zone of a composite
     * and the per-environment statistics of a disordered host or environment model.
     */
    public static String toJson(RunResult result) {
        List<TransportResult> transport = result.temperatures().stream().map(TemperatureRecord::transport).toList();
        ObjectNode root = toTree(transport, result.arrhenius());
        ArrayNode temps = (ArrayNode) root.get("temperatures");
        for (int i = 0; i < transport.size(); i++) {
            RegionStatistics r = result.temperatures().get(i).regions();
            if (r != null && transport.get(i).valid()) zones((ObjectNode) temps.get(i), r);
        }
        EnvironmentOutput.addTo(root, result);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the summary", e);
        }
    }

    /** The per-zone lines of {@link RegionSummaryTable}, with the same names and units as the HDF5 /regions group. */
    private static void zones(ObjectNode temperature, RegionStatistics r) {
        ArrayNode zones = temperature.putArray("zones");
        for (int z = 0; z < r.zoneNames().size(); z++) {
            ObjectNode o = zones.addObject();
            o.put("name", r.zoneNames().get(z));
            number(o, "volume_fraction", r.volumeFraction()[z]);
            estimate(o, "carrier_fraction", r.carrierFraction()[z]);
            estimate(o, "hop_fraction", r.hopFraction()[z]);
            estimate(o, "D_tracer_iso_cm2_per_s", r.tracerIsoCm2PerS()[z]);
        }
    }

    public static ObjectNode toTree(List<TransportResult> results, ArrheniusSummary arrhenius) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode temps = root.putArray("temperatures");
        for (TransportResult r : results) {
            ObjectNode t = temps.addObject();
            number(t, "temperature_K", r.temperatureKelvin());
            t.put("valid", r.valid());
            if (!r.tensorProblems().isEmpty()) {
                ArrayNode tensor = t.putArray("tensor_problems");
                r.tensorProblems().forEach(tensor::add);
            }
            if (!r.valid()) {
                // Not a result: no numbers a script could pick up by mistake (the HDF5 file keeps them, flagged).
                ArrayNode problems = t.putArray("problems");
                r.problems().forEach(problems::add);
                continue;
            }
            estimate(t, "D_tracer_cm2_per_s", r.tracer().isotropic());
            estimate(t, "D_jump_cm2_per_s", r.jump().isotropic());
            estimate(t, "haven_ratio", r.havenRatio());
            r.correlationFactor().ifPresent(f -> estimate(t, "correlation_factor", f));
            estimate(t, "conductivity_S_per_cm", r.conductivitySPerCm());
            t.put("statistical_units", r.statisticalUnits());
            t.put("error_source", r.errorSource().name().toLowerCase(Locale.ROOT));
        }
        ObjectNode a = root.putObject("arrhenius");
        fit(a, "conductivity", arrhenius.conductivity(), "conductivity_300K_S_per_cm", "prefactor_S_K_per_cm");
        fit(a, "D_tracer", arrhenius.tracerDiffusion(), "D_300K_cm2_per_s", "prefactor_cm2_per_s");
        fit(a, "D_jump", arrhenius.jumpDiffusion(), "D_300K_cm2_per_s", "prefactor_cm2_per_s");
        return root;
    }

    private static void fit(ObjectNode parent, String name, Optional<ArrheniusFit> maybe, String at300Key,
                            String prefactorKey) {
        if (maybe.isEmpty()) {
            parent.putNull(name);
            return;
        }
        ArrheniusFit f = maybe.get();
        ObjectNode o = parent.putObject(name);
        estimate(o, "activation_energy_eV", f.activationEnergyEv());
        estimate(o, prefactorKey, f.prefactor());
        number(o, "reduced_chi_square", f.reducedChiSquare());
        ArrheniusFit.Prediction p = f.predict(ArrheniusSummary.REFERENCE_TEMPERATURE_KELVIN);
        ObjectNode at = estimate(o, at300Key, p.value());
        ArrayNode ci = at.putArray("ci95");
        ci.add(finiteOrNull(p.lower95()));
        ci.add(finiteOrNull(p.upper95()));
    }

    private static ObjectNode estimate(ObjectNode parent, String name, Estimate e) {
        ObjectNode o = parent.putObject(name);
        number(o, "value", e.value());
        number(o, "stderr", e.stderr());
        return o;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.putNull(key);
    }

    private static com.fasterxml.jackson.databind.JsonNode finiteOrNull(double v) {
        return Double.isFinite(v) ? MAPPER.getNodeFactory().numberNode(v) : MAPPER.getNodeFactory().nullNode();
    }
}
