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
