package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import org.ionhop.deck.Deck;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.HostDisorderLandscape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realised host configuration reaches the HDF5 result site by site, with units. */
class HostDisorderOutputTest {

    @Test
    void theRealisedConfigurationIsWrittenSiteBySite(@TempDir Path dir) throws Exception {
        String deck = "structure: " + Path.of("lattices/LiBH4_P63mc.cif").toAbsolutePath() + "\n"
                + "species: {element: Li, charge: +1}\n"
                + "network: {sites: [Li1], cutoff_angstrom: 4.5}\n"
                + "supercell: [3, 3, 2]\n"
                + "carriers: {vacancies: 1}\n"
                + "hop_classes:\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.262, length_tolerance_angstrom: 0.005, barrier_eV: 0.3}\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.276, length_tolerance_angstrom: 0.005, barrier_eV: 0.3}\n"
                + "temperatures_K: [450]\n"
                + "run: {hops_per_ion: 10}\n"
                + "host_disorder:\n"
                + "  mixtures: [{site: B1, species: {BH4: 0.75, I: 0.25}}]\n";
        DeckModel m = DeckModel.build(Deck.parse(deck, dir.resolve("d.yaml")));
        HostDisorderLandscape host = m.landscapeTerm(HostDisorderLandscape.class).orElseThrow();
        RunResult sample = SampleRun.create(1);
        RunResult run = new RunResult(sample.metadata(),
                StructureRecord.of(m.crystal()).withHostDisorder(HostDisorderRecord.of(host)), sample.hopClasses(),
                sample.networkSites(),
                sample.temperatures(), sample.arrhenius());
        Path file = dir.resolve("r.h5");
        new Hdf5ResultWriter().write(file, run);
        try (HdfFile h = new HdfFile(file)) {
            Dataset species = h.getDatasetByPath("/host_disorder/species");
            assertArrayEquals(host.mixedSites().get(0).species(), (String[]) species.getData());
            assertEquals("none", species.getAttribute("units").getData());
            Dataset cart = h.getDatasetByPath("/host_disorder/site_cartesian");
            assertEquals("angstrom", cart.getAttribute("units").getData());
            double[][] xyz = (double[][]) cart.getData();
            assertEquals(36, xyz.length);
            assertEquals(host.mixedSites().get(0).sites().cartesian(5, 2), xyz[5][2]);
            assertEquals("1", h.getDatasetByPath("/host_disorder/site_fractional").getAttribute("units").getData());
            String composition = (String) h.getByPath("/host_disorder").getAttribute("composition").getData();
            assertTrue(composition.contains("I 9/36 = 0.2500 (deck 0.2500)"), composition);
        }
    }
}
