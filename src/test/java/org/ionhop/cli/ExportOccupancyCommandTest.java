package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionhop.PythonReference;
import org.ionhop.common.ExitCodes;
import org.ionhop.run.LatticeGasDeckFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's occupancies, exported as CIF, read back by pymatgen and compared with the result file read
 * by h5py (averaged over the supercell's cells in Python, independently of IonHop): every network
 * site of the cell carries its time-averaged occupancy, the host keeps its own. Also exact: the
 * time-averaged occupancies of all supercell sites add up to the number of ions.
 */
class ExportOccupancyCommandTest {
    @TempDir
    static Path dir;
    private static Path result;

    /** Li on a simple-cubic lattice (a = 3 Å) with an interstitial i1 at the cube centre, 0.1 eV higher; Cl host. */
    @BeforeAll
    static void run() throws IOException {
        LatticeGasDeckFixture.writeCubicCif(dir, "Cl1 Cl 0.5 0.5 0\n");
        Path deck = dir.resolve("occ.yaml");
        Files.writeString(deck, """
                structure: sc.cif
                species: {element: Li, charge: 1}
                network:
                  sites: [Li1]
                  extra_sites: [{label: i1, fractional: [0.5, 0.5, 0.5], energy_eV: 0.1}]
                  cutoff_angstrom: 2.7
                supercell: [4, 4, 4]
                carriers: {ions: 40}
                hop_classes:
                  - {from: Li1, to: i1, length_angstrom: 2.598, barrier_eV: 0.2}
                temperatures_K: [500, 700]
                run:
                  hops_per_ion: 100
                  samples: 20
                  replicas: 2
                  seed: 3
                """);
        result = dir.resolve("occ.h5");
        CliRun r = CliRun.of("run", deck.toString(), "--quiet", "-o", result.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void occupancyCifMatchesTheResultFileAndSumsToTheIonCount() throws Exception {
        Path cif = dir.resolve("occupancy.cif");
        CliRun r = CliRun.of("export-occupancy", result.toString(), "-o", cif.toString(), "--temperature", "700");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("700K") && r.out().contains("i1"), r.out());
        PythonReference.require("pymatgen.io.cif", "python3-pymatgen");
        PythonReference.require("h5py", "python3-h5py");
        String script = String.join("\n",
                "import json, sys, warnings",
                "warnings.simplefilter('ignore')",
                "import h5py, numpy as np",
                "from pymatgen.io.cif import CifParser",
                "s = CifParser(sys.argv[2]).get_structures(primitive=False)[0]",
                "with h5py.File(sys.argv[1], 'r') as f:",
                "    t = f['temperatures/700K']",
                "    occ = t['site_occupancy'][()]",
                "    m = f['network/cell_site_fractional'].shape[0]",
                "    expected = occ.reshape(-1, m).mean(axis=0)",
                "    frac = f['network/cell_site_fractional'][()]",
                "    units = t['site_occupancy'].attrs['units']",
                "    ions = t['initial_sites'].shape[1]",
                "    out = {'sum': float(occ.sum()), 'ions': int(ions), 'units': units.decode() if isinstance(units, bytes) else units,",
                "           'sites': []}",
                "    for k in range(m):",
                "        got = [float(sum(x.species.values())) for x in s if str(list(x.species.keys())[0]) == 'Li'",
                "               and np.allclose((x.frac_coords - frac[k] + 0.5) % 1 - 0.5, 0, atol=1e-6)]",
                "        out['sites'].append({'expected': float(expected[k]), 'got': got})",
                "    out['cl'] = [float(sum(x.species.values())) for x in s if str(list(x.species.keys())[0]) == 'Cl']",
                "print(json.dumps(out))");
        JsonNode j = PythonReference.json(script, result.toString(), cif.toString());
        assertEquals("1", j.get("units").asText());
        assertEquals(40, j.get("ions").asInt());
        assertEquals(40, j.get("sum").asDouble(), 1e-9, "time-averaged occupancies add up to the ion count");
        assertEquals(2, j.get("sites").size());
        for (JsonNode site : j.get("sites")) {
            // pymatgen merges nothing here: one Li per network position, at the occupancy h5py computes.
            assertEquals(1, site.get("got").size(), site.toString());
            assertEquals(site.get("expected").asDouble(), site.get("got").get(0).asDouble(), 1e-6, site.toString());
        }
        assertEquals(3, j.get("cl").size(), "host Cl at 3c with occupancy 1");
        for (JsonNode c : j.get("cl")) assertEquals(1.0, c.asDouble(), 1e-12);
    }

    @Test
    void withoutTemperatureOneFilePerTemperature() {
        Path cif = dir.resolve("all.cif");
        CliRun r = CliRun.of("export-occupancy", result.toString(), "-o", cif.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("all_500K.cif")) && Files.exists(dir.resolve("all_700K.cif")), r.out());
        assertTrue(r.out().indexOf("500K") < r.out().indexOf("700K"), "ascending: " + r.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        Path notH5 = dir.resolve("not.h5");
        Files.writeString(notH5, "hello");
        for (String[] args : new String[][] {
            {"export-occupancy", result.toString(), "-o", dir.resolve("x.cif").toString(), "--temperature", "650"},
            {"export-occupancy", notH5.toString(), "-o", dir.resolve("x.cif").toString()},
            {"export-occupancy", result.toString(), "-o", dir.resolve("x.xyz").toString()}}) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        CliRun missing = CliRun.of("export-occupancy", result.toString(), "-o", dir.resolve("x.cif").toString(),
                "--temperature", "650");
        assertTrue(missing.err().contains("500K, 700K"), missing.err());
    }
}
