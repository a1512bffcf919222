package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.ionhop.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NebCommandTest {
    @TempDir
    Path dir;



    @Test
    void jsonBarriersAndAnAtomicallyWrittenPng() throws IOException {
        Path png = dir.resolve("profile.png");
        CliRun r = CliRun.of("neb", "inputs/neb/asymmetric.twocol.dat", "--json", "--png", png.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        // Hand-computed in inputs/neb/README.md.
        assertEquals(0.35, j.get("forward_barrier_eV").asDouble(), 1e-12);
        assertEquals(0.25, j.get("backward_barrier_eV").asDouble(), 1e-12);
        assertEquals(0.10, j.get("reaction_energy_eV").asDouble(), 1e-12);
        assertEquals(0.30, j.get("kra_barrier_eV").asDouble(), 1e-12);
        assertEquals("twocol", j.get("format").asText());
        assertEquals(png.toString(), j.get("png").asText());
        byte[] head = new byte[4];
        System.arraycopy(Files.readAllBytes(png), 0, head, 0, 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void textOutputNamesEnergySourceAndBarriers() {
        CliRun r = CliRun.of("neb", "inputs/neb/vasp-run", "--no-png");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("energy: OSZICAR E0 = energy(sigma->0)"), r.out());
        assertTrue(r.out().contains("E_KRA               0.4250 eV"), r.out());
        assertTrue(r.out().contains("forward barrier     0.4500 eV"), r.out());
    }

    @Test
    void userErrorsExitWithCode2AndOneLine() {
        CliRun missing = CliRun.of("neb", dir.resolve("none.dat").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit());
        assertEquals("ionhop: error: " + dir.resolve("none.dat") + ": NEB profile not found (check the path)",
                missing.err().trim());
        CliRun format = CliRun.of("neb", "inputs/neb/asymmetric.twocol.dat", "--format", "xyz", "--no-png");
        assertEquals(ExitCodes.BAD_INPUT, format.exit());
        assertEquals("ionhop: error: --format: unknown value 'xyz' (use one of auto, nebdat, twocol, vasp, extxyz)",
                format.err().trim());
    }

    @Test
    void defaultPlotGoesNextToTheProfile() {
        assertEquals(Path.of("inputs/neb/asymmetric.twocol.png").toAbsolutePath(),
                NebCommand.defaultPng(Path.of("inputs/neb/asymmetric.twocol.dat")));
        assertEquals(Path.of("inputs/neb/vasp-run/neb-profile.png").toAbsolutePath(),
                NebCommand.defaultPng(Path.of("inputs/neb/vasp-run")));
    }

    @Test
    void helpShowsAnExample() {
        CliRun r = CliRun.of("neb", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("./ionhop neb inputs/neb/sin2-symmetric.neb.dat"), r.out());
    }
}
