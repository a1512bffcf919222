package org.ionhop.rates.ce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad cluster_expansion input: one InputException at the deck line and key, with a fix. */
class ClusterExpansionDeckErrorTest {
    @TempDir
    Path dir;

    private InputException error(String expansion) {
        return assertThrows(InputException.class,
                () -> CeDecks.build(dir, CeDecks.square(dir, "{ions: 6}", 600, expansion)));
    }

    /** Line of the first deck line containing {@code marker}, 1-based. */
    private int lineOf(String expansion, String marker) throws Exception {
        String[] lines = CeDecks.square(dir, "{ions: 6}", 600, expansion).split("\n");
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(marker)) return i + 1;
        throw new AssertionError(marker);
    }

    private static void located(InputException e, int line, String key, String... words) {
        assertEquals(line, e.line(), e.userMessage());
        assertEquals(key, e.key(), e.userMessage());
        assertNotNull(e.hint(), "no fix offered: " + e.userMessage());
        for (String w : words) assertTrue(e.userMessage().contains(w), "'" + w + "' missing: " + e.userMessage());
    }

    @Test
    void unknownLabel() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1, Lii], distances_angstrom: [3.0], eci_eV: 0.1}\n";
        located(error(x), lineOf(x, "Lii"), "cluster_expansion.clusters[0].sites", "Lii", "did you mean 'Li1'");
    }

    @Test
    void distanceMatchingNoClusterListsTheDistancesThatExist() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1, Li1], distances_angstrom: [3.5], eci_eV: 0.1}\n";
        located(error(x), lineOf(x, "3.5"), "cluster_expansion.clusters[0].distances_angstrom", "no cluster",
                "3.000, 4.243");
    }

    @Test
    void wrongNumberOfDistances() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1, Li1, Li1], distances_angstrom: [3.0, 3.0], eci_eV: 0.1}\n";
        located(error(x), lineOf(x, "sites: [Li1, Li1, Li1]"), "cluster_expansion.clusters[0].distances_angstrom",
                "3 pair distances");
    }

    @Test
    void nonFiniteEci() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1], eci_eV: .nan}\n";
        InputException e = error(x);
        assertEquals(lineOf(x, ".nan"), e.line(), e.userMessage());
        assertTrue(e.userMessage().contains("finite"), e.userMessage());
    }

    @Test
    void implausibleEciIsAUnitMistake() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1], eci_eV: 250}\n";
        located(error(x), lineOf(x, "250"), "cluster_expansion.clusters[0].eci_eV", "meV");
    }

    @Test
    void hostSiteWithoutItsSpecies() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1, X1], distances_angstrom: [2.1213], eci_eV: 0.1}\n";
        located(error(x), lineOf(x, "X1], dist"), "cluster_expansion.clusters[0].sites", "host_species");
    }

    @Test
    void speciesNotOnTheHostSite() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1, X1], distances_angstrom: [2.1213], host_species: {X1: Cl}, eci_eV: 0.1}\n";
        located(error(x), lineOf(x, "Cl}"), "cluster_expansion.clusters[0].host_species.X1", "Cl");
    }

    @Test
    void clusterLargerThanTheSupercellAllows() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1, Li1], distances_angstrom: [6.0], eci_eV: 0.1}\n";
        located(error(x), lineOf(x, "6.0"), "cluster_expansion.clusters[0].distances_angstrom", "larger supercell");
    }

    @Test
    void environmentTooLargeForTables() throws Exception {
        // First to fourth neighbours (3.0, 4.24, 6.0, 6.71 Å) around both ends: more than 16 other sites
        // (up to the third they are exactly 16, which tables still hold).
        String x = "  clusters:\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [3.0], eci_eV: 0.1}\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [4.2426], eci_eV: 0.1}\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [6.0], eci_eV: 0.1}\n"
                + "    - {sites: [Li1, Li1], distances_angstrom: [6.7082], eci_eV: 0.1}\n";
        String text = CeDecks.square(dir, "{ions: 6}", 600, x).replace("supercell: [4, 4, 1]", "supercell: [6, 6, 1]");
        java.nio.file.Files.writeString(dir.resolve("square.cif"), java.nio.file.Files.readString(dir.resolve(
                "square.cif")).replace("_cell_length_c 10.0", "_cell_length_c 14.0"));
        InputException e = assertThrows(InputException.class, () -> CeDecks.build(dir, text));
        located(e, lineOf(x, "cluster_expansion:"), "cluster_expansion", "at most 16", "other mobile sites");
    }

    @Test
    void kraPrototypeForAHopThatDoesNotExist() throws Exception {
        String x = "  kra_clusters:\n    - {hop_sites: [Li1, Li1], hop_length_angstrom: 3.3, sites: [X1], "
                + "distances_to_ends_angstrom: [[2.1213, 2.1213]], host_species: {X1: I}, eci_eV: -0.05}\n";
        located(error(x), lineOf(x, "3.3"), "cluster_expansion.kra_clusters[0].hop_length_angstrom", "no hop",
                "hop classes");
    }

    @Test
    void kraClusterAtDistancesNothingHas() throws Exception {
        String x = "  kra_clusters:\n    - {hop_sites: [Li1, Li1], hop_length_angstrom: 3.0, sites: [X1], "
                + "distances_to_ends_angstrom: [[2.1213, 2.5]], host_species: {X1: I}, eci_eV: -0.05}\n";
        located(error(x), lineOf(x, "2.5]"), "cluster_expansion.kra_clusters[0].distances_to_ends_angstrom",
                "no cluster");
    }

    @Test
    void unknownBasis() throws Exception {
        String x = "  basis: chebyshev\n  clusters:\n    - {sites: [Li1], eci_eV: 0.1}\n";
        located(error(x), lineOf(x, "chebyshev"), "cluster_expansion.basis", "chebyshev");
    }

    @Test
    void noClustersAtAll() throws Exception {
        String x = "  basis: spin\n";
        located(error(x), lineOf(x, "cluster_expansion:"), "cluster_expansion", "no clusters");
    }

    @Test
    void pairInteractionsAndClusterExpansionDoNotMix() throws Exception {
        String x = "  clusters:\n    - {sites: [Li1], eci_eV: 0.1}\n";
        String text = CeDecks.square(dir, "{ions: 6}", 600, x)
                .replace("hop_classes:", "pair_interactions:\n  - {shell_min_angstrom: 2.9, shell_max_angstrom: 3.1, "
                        + "energy_eV: 0.05}\nhop_classes:");
        InputException e = assertThrows(InputException.class, () -> CeDecks.build(dir, text));
        assertEquals("cluster_expansion", e.key(), e.userMessage());
        assertTrue(e.userMessage().contains("pair cluster"), e.userMessage());
    }
}
