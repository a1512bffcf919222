package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.ExitCodes;
import org.ionhop.run.LatticeGasDeckFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Decks that used to run and report wrong numbers: a network of closed clusters (negative D* and
 * sigma with exit 0, or exit 70 "pilot run made no hop"), a frozen start, an unknown element, a
 * species on another element's sites. Each is refused before any run with one line naming the deck
 * line and key, or warned about; {@code ionhop lattice} shows the network's connectivity.
 */
class NetworkChecksCommandTest {

    /** P-1, a = 10 Å: Li1 at the inversion centre, Li2 at ±(0.1,0.1,0.1): Li2–Li1–Li2 triplets 1.732 Å apart. */
    static final String TRIPLETS_CIF = cubicCif("triplets", 10.0, "P -1", "Li1 Li 0 0 0\nLi2 Li 0.1 0.1 0.1\n");

    /** A CIF with a cubic-metric cell of edge {@code a} (Å), a space-group symbol and atom-site rows "label element x y z". */
    static String cubicCif(String name, double a, String symbol, String rows) {
        StringBuilder sb = new StringBuilder("data_" + name + "\n");
        for (String axis : new String[] {"a", "b", "c"}) sb.append("_cell_length_").append(axis).append(' ').append(a).append('\n');
        for (String angle : new String[] {"alpha", "beta", "gamma"}) sb.append("_cell_angle_").append(angle).append(" 90\n");
        sb.append("_symmetry_space_group_name_H-M '").append(symbol).append("'\nloop_\n");
        for (String tag : new String[] {"label", "type_symbol", "fract_x", "fract_y", "fract_z"}) {
            sb.append("_atom_site_").append(tag).append('\n');
        }
        return sb.append(rows).toString();
    }

    static final String TRIPLETS_DECK = """
            title: closed triplets
            structure: trip.cif
            species: {element: Li, charge: 1}
            network: {sites: [Li1, Li2], cutoff_angstrom: 2.0}
            supercell: [2, 2, 2]
            carriers: {ion_fraction: 0.34}
            hop_classes:
              - {from: Li1, to: Li2, length_angstrom: 1.732, barrier_eV: 0.3}
            temperatures_K: [600, 700]
            run:
              hops_per_ion: 100
              samples: 20
              replicas: 4
              seed: 3
            """;

    private static Path triplets(Path dir) throws IOException {
        Files.writeString(dir.resolve("trip.cif"), TRIPLETS_CIF);
        Path deck = dir.resolve("trip.yaml");
        Files.writeString(deck, TRIPLETS_DECK);
        return deck;
    }

    private static String onlyLine(CliRun o) {
        String[] lines = o.err().strip().split("\n");
        assertEquals(1, lines.length, o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        return lines[0];
    }

    @Test
    void closedClustersAreRefusedAtTheCutoffLineWithThePercolationCutoff(@TempDir Path dir) throws IOException {
        Path deck = triplets(dir);
        CliRun o = CliRun.of("run", deck.toString(), "--quick", "--quiet", "-o", dir.resolve("out.h5").toString());
        assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
        String line = onlyLine(o);
        assertTrue(line.startsWith("ionhop: error: " + deck + ":4: network.cutoff_angstrom: the hop network does not "
                + "percolate"), line);
        assertTrue(line.contains("closed cluster of at most 3 sites"), line);
        // The clusters join at √0.72 × 10 Å = 8.485 Å (see NetworkConnectivityTest).
        assertTrue(line.contains("raise network.cutoff_angstrom to 8.49 Å or more (the 8.485 Å hops join the clusters: 3D)"),
                line);
        assertFalse(Files.exists(dir.resolve("out.h5")));
    }

    @Test
    void latticeShowsTheConnectivityOfDeckAndStructureFile(@TempDir Path dir) throws IOException {
        Path deck = triplets(dir);
        CliRun d = CliRun.of("lattice", deck.toString());
        assertEquals(ExitCodes.OK, d.exit(), d.err());
        assertTrue(d.out().contains("long-range transport: 0D"), d.out());
        assertTrue(d.out().contains("component 0: Li1, Li2 (3 sites per cell): 0D, a closed cluster of 3 sites  - does "
                + "not percolate"), d.out());
        assertTrue(d.out().contains("Warning: ionhop run refuses this deck"), d.out());

        CliRun c = CliRun.of("lattice", dir.resolve("trip.cif").toString(), "--species", "Li", "--cutoff", "2");
        assertEquals(ExitCodes.OK, c.exit(), c.err());
        assertTrue(c.out().contains("percolates from a cutoff of 8.485 Å: 3D"), c.out());

        CliRun j = CliRun.of("lattice", dir.resolve("trip.cif").toString(), "--species", "Li", "--cutoff", "2", "--json");
        JsonNode conn = new ObjectMapper().readTree(j.out()).get("connectivity");
        assertEquals(0, conn.get("dimensionality").asInt());
        assertEquals(Math.sqrt(0.72) * 10, conn.get("percolationCutoffAngstrom").asDouble(), 1e-6);
        assertEquals(3, conn.get("components").get(0).get("sitesPerCell").asInt());

        CliRun spinel = CliRun.of("lattice", "inputs/MgSc2Se4_Mg_vacancy.yaml", "--json");
        JsonNode s = new ObjectMapper().readTree(spinel.out()).get("connectivity");
        assertEquals(3, s.get("dimensionality").asInt());
        assertEquals(1, s.get("components").size());
        CliRun layered = CliRun.of("lattice", dir.resolve("trip.cif").toString(), "--species", "Li", "--cutoff", "9");
        assertTrue(layered.out().contains("long-range transport: 3D"), layered.out());
    }

    /**
     * Cubic a = 6 Å: Li1 (1a) and Li2 (3d) form a 3D network with 3 Å hops; Li3 (1b) is 4.24 Å from
     * everything, so with a 3.1 Å cutoff it has no hop. With Li3 high in energy and ordered
     * placement, 32 ions fill all 32 Li1/Li2 sites of the 2x2x2 supercell and the 8 vacancies sit
     * on Li3: nothing can hop.
     */
    @Test
    void aFrozenStartIsAnInputErrorNotAStackTraceAndTrappedSitesAreWarned(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("c.cif"), cubicCif("c", 6.0, "P m -3 m",
                "Li1 Li 0 0 0\nLi2 Li 0.5 0 0\nLi3 Li 0.5 0.5 0.5\n"));
        Path deck = dir.resolve("frozen.yaml");
        Files.writeString(deck, """
                structure: c.cif
                species: {element: Li}
                network: {sites: [Li1, Li2, Li3], cutoff_angstrom: 3.1}
                supercell: [2, 2, 2]
                carriers: {ions: 32, placement: ordered}
                site_energies_eV: {Li3: 0.5}
                hop_classes:
                  - {from: Li1, to: Li2, length_angstrom: 3.0, barrier_eV: 0.3}
                temperatures_K: [600]
                run: {hops_per_ion: 100, samples: 20, replicas: 2}
                """);
        CliRun o = CliRun.of("run", deck.toString(), "--quick", "--quiet", "-o", dir.resolve("f.h5").toString());
        assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        // Ordered placement puts no ion on Li3 (32 sites lie below it): no trapped-carrier warning, one error line.
        assertTrue(onlyLine(o).startsWith("ionhop: error: " + deck + ":5: carriers.ions: no ion can hop at 600 K"),
                o.err());

        // Random placement can put ions on Li3, where they stay: warned (lattice shows the same warnings as run).
        String text = Files.readString(deck);
        Files.writeString(deck, text.replace("{ions: 32, placement: ordered}", "{ions: 20, placement: random}"));
        CliRun random = CliRun.of("lattice", deck.toString());
        assertTrue(random.out().contains("Warning: 1 of 5 network sites per cell (Li3) lie in closed clusters that do "
                + "not percolate (sites without any hop: Li3 x1 per cell)"), random.out());
        assertTrue(random.out().contains("sites without any hop: Li3 x1 per cell"), random.out());
        CliRun run = CliRun.of("run", deck.toString(), "--quick", "--quiet", "-o", dir.resolve("r.h5").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().startsWith("ionhop: warning: 1 of 5 network sites per cell (Li3)"), run.err());
        Files.writeString(deck, text.replace("{ions: 32, placement: ordered}", "{ions: 20, placement: ordered}"));
        assertFalse(CliRun.of("lattice", deck.toString()).out().contains("Warning"));
    }

    @Test
    void anUnknownElementIsRefused(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 2, 0);
        Files.writeString(deck, Files.readString(deck).replace("element: Li", "element: Xx"));
        CliRun o = CliRun.of("lattice", deck.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
        assertTrue(onlyLine(o).startsWith("ionhop: error: " + deck + ":3: species.element: 'Xx' is not a chemical element"),
                o.err());
    }

    @Test
    void aSpeciesOnAnotherElementsSitesNeedsAllowSubstitution(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 2, 0);
        String text = Files.readString(deck);
        Files.writeString(deck, text.replace("element: Li", "element: Na"));
        CliRun refused = CliRun.of("run", deck.toString(), "--quick", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, refused.exit(), refused.err());
        String line = onlyLine(refused);
        assertTrue(line.startsWith("ionhop: error: " + deck + ":4: network.sites: the mobile species is Na "
                + "(species.element), but these network sites are of another element: Li1 (Li)"), line);
        assertTrue(line.contains("species.allow_substitution: true"), line);

        Files.writeString(deck, text.replace("element: Li", "element: Na, allow_substitution: true"));
        CliRun allowed = CliRun.of("lattice", deck.toString());
        assertEquals(ExitCodes.OK, allowed.exit(), allowed.err());
        assertTrue(allowed.out().contains("Warning: the mobile species Na moves on sites of another element: Li1 (Li)"),
                allowed.out());
        Files.writeString(deck, text.replace("element: Li", "element: Na, allow_substitution: maybe"));
        CliRun typo = CliRun.of("lattice", deck.toString());
        assertEquals(ExitCodes.BAD_INPUT, typo.exit(), typo.err());
        assertTrue(onlyLine(typo).contains("species.allow_substitution: expected true or false"), typo.err());
    }
}
