package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * 'ionhop lattice' on the shipped cluster-expansion deck prints every orbit with its multiplicity
 * and ECI. Hand counts for h-LiBH4 (2 Li and 2 B1 per cell, Li on a triangular net in each ab
 * plane): 3 B1 at 2.496 Å per Li (6 per cell), 1 B1 at 3.106 Å per Li (2 per cell), 6 in-plane Li
 * neighbours at 4.276 Å (6 pairs per cell), one I-capped triangle per in-plane bond (6 per cell).
 */
class ClusterExpansionLatticeTest {
    private static final String DECK = "inputs/LiBH4_I_cluster_expansion.yaml";

    @Test
    void textListsEveryOrbit() {
        CliRun r = CliRun.of("lattice", DECK);
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("Cluster expansion (occupation basis"), out);
        assertTrue(out.matches("(?s).*Li1 B1=I\\s+2\\.496\\s+6\\s+3\\.00\\s+-0\\.0400.*"), out);
        assertTrue(out.matches("(?s).*Li1 Li1\\s+4\\.276\\s+6\\s+6\\.00\\s+0\\.0150.*"), out);
        assertTrue(out.contains("barrier tables:"), out);
    }

    /**
     * A tolerance wide enough to let the 4.276 Å pair prototype also match the 4.262 Å pairs: two
     * orbits (6 in-plane and 6 inter-plane pairs per cell), hop environments of 18 sites; 'ionhop
     * lattice' still lists the orbits and says that 'ionhop run' refuses the tables.
     */
    @Test
    void tooLargeEnvironmentsStillShowTheOrbits(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(DECK))
                .replace("../lattices/LiBH4_P63mc.cif", java.nio.file.Path.of("lattices/LiBH4_P63mc.cif").toAbsolutePath().toString())
                .replace("distance_tolerance_angstrom: 0.005", "distance_tolerance_angstrom: 0.02");
        java.nio.file.Path deck = java.nio.file.Files.writeString(dir.resolve("wide.yaml"), text);
        CliRun r = CliRun.of("lattice", deck.toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out() + r.err();
        assertTrue(out.contains("ionhop run refuses this deck") && out.contains("18 other mobile sites"), out);
        assertTrue(out.matches("(?s).*Li1 Li1\\s+4\\.276\\s+6\\s+6\\.00.*Li1 Li1\\s+4\\.262\\s+6\\s+6\\.00.*"), out);
        CliRun run = CliRun.of("run", deck.toString(), "--quick");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("at most 16"), run.err());
    }

    @Test
    void jsonCarriesOrbitsAndKraClusters() throws Exception {
        CliRun r = CliRun.of("lattice", DECK, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode ce = new ObjectMapper().readTree(r.out()).get("clusterExpansion");
        assertEquals("occupation", ce.get("basis").asText());
        JsonNode orbits = ce.get("orbits");
        assertEquals(4, orbits.size());
        int[] perCell = {6, 2, 6, 6};
        for (int k = 0; k < 4; k++) assertEquals(perCell[k], orbits.get(k).get("perCell").asInt(), orbits.get(k).toString());
        assertEquals(3, orbits.get(3).get("pointsAngstrom").size());
        assertEquals(3, orbits.get(3).get("distancesAngstrom").size());
        assertEquals(3, ce.get("kraClusters").size());
        assertTrue(ce.get("largestEnvironment").asInt() <= 16);
    }
}
