package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.ionhop.analysis.TransportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The result file opens in the HDF5 tools users have (Debian's h5py and h5dump) with the values and
 * units IonHop computed, and in jHDF. Under CI=true missing tools are a failure, elsewhere a skip.
 */
class Hdf5ResultWriterTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static RunResult run;

    @TempDir
    Path dir;

    @BeforeAll
    static void createRun() {
        run = SampleRun.create(42);
    }

    private Path writeFile() throws IOException {
        Path file = dir.resolve("result.h5");
        new Hdf5ResultWriter().write(file, run);
        return file;
    }

    @Test
    void writesAtomicallyWithNoTemporaryFilesLeft() throws IOException {
        Path file = writeFile();
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void failedWriteLeavesPreviousFileUntouched() throws IOException {
        Path file = dir.resolve("result.h5");
        Files.writeString(file, "previous");
        RunResult broken = new RunResult(run.metadata(), run.structure(), run.hopClasses(), run.networkSites(),
                run.temperatures(), null);
        // The missing Arrhenius summary fails the write half-way, after the temperatures were written.
        assertThrows(NullPointerException.class, () -> new Hdf5ResultWriter().write(file, broken));
        assertEquals("previous", Files.readString(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "temporary file removed");
        }
    }

    @Test
    void jhdfReadsValuesAndEveryDatasetHasUnits() throws IOException {
        Path file = writeFile();
        TransportResult r500 = run.temperatures().get(1).transport();
        try (HdfFile h = new HdfFile(file)) {
            assertEquals(42L, h.getAttribute("seed").getData());
            assertEquals(run.metadata().deckText(), h.getAttribute("deck").getData());
            List<Dataset> all = new ArrayList<>();
            collect(h, all);
            assertTrue(all.size() > 60, "datasets written: " + all.size());
            for (Dataset d : all) assertTrue(d.getAttribute("units") != null, d.getPath() + " has units");
            Dataset d = h.getDatasetByPath("/temperatures/500K/D_tracer");
            assertEquals("cm^2/s", d.getAttribute("units").getData());
            assertArrayEquals(r500.tracer().valueCm2PerS(), (double[][]) d.getData());
            assertEquals(r500.havenRatio().stderr(), h.getDatasetByPath("/temperatures/500K/haven_ratio_stderr").getData());
            double[][][] msd = (double[][][]) h.getDatasetByPath("/temperatures/500K/msd_collective").getData();
            assertEquals(r500.collectiveMsd().lagCount(), msd.length);
            assertArrayEquals(r500.collectiveMsd().tensorAngstrom2()[7][1], msd[7][1]);
        }
    }

    private static void collect(Group g, List<Dataset> out) {
        for (Node n : g.getChildren().values()) {
            if (n instanceof Group child) collect(child, out);
            else if (n instanceof Dataset d) out.add(d);
        }
    }

    @Test
    void h5pyReadsValuesAndUnits() throws Exception {
        requireTool(Path.of(PYTHON).toFile().canExecute() && exitCode(List.of(PYTHON, "-c", "import h5py")) == 0,
                "Debian python3-h5py (" + PYTHON + ")");
        Path file = writeFile();
        String script = String.join("\n",
                "import h5py, json, sys",
                "out = {'attrs': {}, 'datasets': {}}",
                "def dec(v):",
                "    return v.decode() if isinstance(v, bytes) else v",
                "with h5py.File(sys.argv[1], 'r') as f:",
                "    for k, v in f.attrs.items():",
                "        out['attrs'][k] = dec(v.item() if hasattr(v, 'item') else v)",
                "    def visit(name, obj):",
                "        if isinstance(obj, h5py.Dataset):",
                "            v = obj[()]",
                "            if obj.dtype.kind == 'S':",
                "                v = [dec(x) for x in v.tolist()] if obj.shape else dec(v)",
                "            else:",
                "                v = v.tolist()",
                "            out['datasets'][name] = {'units': dec(obj.attrs.get('units', b'MISSING')),",
                "                                     'shape': list(obj.shape), 'value': v}",
                "    f.visititems(visit)",
                "print(json.dumps(out))");
        JsonNode json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(run(List.of(PYTHON, "-c", script, file.toString())));
        assertEquals(42, json.at("/attrs/seed").asLong());
        assertEquals(run.metadata().deckText(), json.at("/attrs/deck").asText());
        assertEquals("0.1.0-test", json.at("/attrs/ionhop_version").asText());
        assertEquals("2026-01-02T03:04:05Z", json.at("/attrs/created").asText());
        JsonNode ds = json.get("datasets");
        ds.fields().forEachRemaining(e -> assertTrue(!e.getValue().get("units").asText().equals("MISSING"),
                e.getKey() + " lacks units"));

        for (TemperatureRecord t : run.temperatures()) {
            TransportResult r = t.transport();
            String g = "temperatures/" + Hdf5ResultWriter.groupName(r.temperatureKelvin()) + "/";
            assertScalar(ds, g + "temperature", "K", r.temperatureKelvin());
            assertScalar(ds, g + "D_tracer_iso", "cm^2/s", r.tracer().isotropic().value());
            assertScalar(ds, g + "D_tracer_iso_stderr", "cm^2/s", r.tracer().isotropic().stderr());
            assertScalar(ds, g + "D_jump_iso", "cm^2/s", r.jump().isotropic().value());
            assertScalar(ds, g + "haven_ratio", "1", r.havenRatio().value());
            assertScalar(ds, g + "conductivity", "S/cm", r.conductivitySPerCm().value());
            assertScalar(ds, g + "conductivity_stderr", "S/cm", r.conductivitySPerCm().stderr());
            assertEquals(List.of(r.tracerMsd().lagCount(), 3, 3), shape(ds.get(g + "msd_tracer")));
            assertEquals("angstrom^2", ds.get(g + "msd_tracer").get("units").asText());
            assertEquals(r.tracerMsd().tensorAngstrom2()[5][0][2], ds.get(g + "msd_tracer").at("/value/5/0/2").asDouble());
            assertEquals("s", ds.get(g + "time_lag").get("units").asText());
            assertEquals(r.tracerMsd().lagSeconds()[9], ds.get(g + "time_lag").at("/value/9").asDouble());
            assertEquals(r.jump().valueCm2PerS()[1][1], ds.get(g + "D_jump").at("/value/1/1").asDouble());
            assertEquals(t.hopCountsPerClass()[0], ds.get(g + "hop_counts").at("/value/0").asLong());
            assertEquals(List.of(16), shape(ds.get(g + "site_occupancy")));
            assertEquals("1", ds.get(g + "site_occupancy").get("units").asText());
            assertEquals(t.siteOccupancy()[5], ds.get(g + "site_occupancy").at("/value/5").asDouble());
            assertEquals(t.labelOccupancy()[1], ds.get(g + "label_occupancy").at("/value/1").asDouble());
            assertEquals(List.of(8, 2), shape(ds.get(g + "initial_sites")));
            assertEquals(t.placedSites()[3][1], ds.get(g + "initial_sites").at("/value/3/1").asInt());
            assertEquals(t.measurementStartSites()[7][0], ds.get(g + "measurement_start_sites").at("/value/7/0").asInt());
        }
        assertEquals("Li1-X1", ds.at("/network~1labels/value/1").asText());
        assertEquals("eV", ds.at("/network~1barrier/units").asText());
        assertEquals("angstrom", ds.at("/structure~1lattice_vectors/units").asText());
        assertEquals("Cl", ds.at("/structure~1site_elements/value/1").asText());
        assertEquals(List.of(2, 3), shape(ds.get("network/cell_site_fractional")));
        assertEquals(0.5, ds.at("/network~1cell_site_fractional/value/1/2").asDouble());
        assertEquals("i1", ds.at("/network~1site_label_names/value/1").asText());
        assertEquals(List.of(2, 6), shape(ds.get("network/cell_hops")));
        assertEquals(2, ds.at("/network~1supercell/value/0").asInt());
        var sigmaFit = run.arrhenius().conductivity().orElseThrow();
        assertScalar(ds, "arrhenius/activation_energy", "eV", sigmaFit.activationEnergyEv().value());
        assertScalar(ds, "arrhenius/activation_energy_stderr", "eV", sigmaFit.activationEnergyEv().stderr());
        assertScalar(ds, "arrhenius/prefactor", "S*K/cm", sigmaFit.prefactor().value());
        assertScalar(ds, "arrhenius/conductivity_300K", "S/cm", sigmaFit.predict(300).value().value());
        assertEquals(sigmaFit.predict(300).upper95(), ds.at("/arrhenius~1conductivity_300K_ci95/value/1").asDouble());
        assertScalar(ds, "arrhenius/D_jump/activation_energy", "eV",
                run.arrhenius().jumpDiffusion().orElseThrow().activationEnergyEv().value());
    }

    @Test
    void h5dumpReadsValueAndUnits() throws Exception {
        requireTool(exitCode(List.of("h5dump", "--version")) == 0, "h5dump (Debian hdf5-tools)");
        Path file = writeFile();
        TransportResult r = run.temperatures().get(0).transport();
        // -m sets the number format so the value round-trips exactly.
        String out = run(List.of("h5dump", "-m", "%.17g", "-d", "/temperatures/400K/conductivity", file.toString()));
        Matcher units = Pattern.compile("ATTRIBUTE \"units\".*?DATA \\{\\s*\\(0\\): \"([^\"]*)\"", Pattern.DOTALL).matcher(out);
        assertTrue(units.find(), out);
        assertEquals("S/cm", units.group(1));
        Matcher value = Pattern.compile("DATASPACE\\s+SCALAR\\s+DATA \\{\\s*\\(0\\): ([-+0-9.eE]+)").matcher(out);
        assertTrue(value.find(), out);
        assertEquals(r.conductivitySPerCm().value(), Double.parseDouble(value.group(1)));
    }

    private static void assertScalar(JsonNode ds, String path, String units, double expected) {
        JsonNode d = ds.get(path);
        assertTrue(d != null, "dataset " + path + " missing");
        assertEquals(units, d.get("units").asText(), path + " units");
        assertEquals(List.of(), shape(d), path + " is a scalar");
        assertEquals(expected, d.get("value").asDouble(), path);
    }

    private static List<Integer> shape(JsonNode d) {
        List<Integer> s = new ArrayList<>();
        d.get("shape").forEach(n -> s.add(n.asInt()));
        return s;
    }

    /** Missing reference tools fail the build in CI (they are installed by .ci/run) and skip elsewhere. */
    private static void requireTool(boolean available, String what) {
        if (available) return;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(what + " is required in CI (installed by .ci/run) but missing");
        }
        throw new TestAbortedException(what + " not installed; skipping the interoperability check");
    }

    private static int exitCode(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        // stderr to a file: reading one pipe to the end while the other fills up would deadlock.
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + " failed: " + Files.readString(err));
        Files.delete(err);
        return out;
    }
}
