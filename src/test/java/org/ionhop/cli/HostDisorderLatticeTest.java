package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** 'ionhop lattice' on the shipped Li(BH4)1-xIx deck shows the realised composition and the hop distribution. */
class HostDisorderLatticeTest {
    private static final String DECK = "inputs/LiBH4_I_substituted.yaml";

    @Test
    void textShowsCompositionAndEveryHopOnceByLocalCount() {
        CliRun r = CliRun.of("lattice", DECK);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("site B1, 150 sites in the supercell"), r.out());
        Matcher iodide = Pattern.compile("I\\s+(\\d+) sites\\s+x = ").matcher(r.out());
        assertTrue(iodide.find(), r.out());
        assertTrue(Math.abs(Long.parseLong(iodide.group(1)) - 0.25 * 150) <= 0.5, "round(x N) sites");
        // 150 Li sites x 12 hops / 2 = 900 undirected hops, each in exactly one count row.
        String table = r.out().substring(r.out().indexOf("Hops (undirected) by number of I"));
        Matcher row = Pattern.compile("(?m)^\\s+(\\d+)\\s+(\\d+)\\s+-?\\d+\\.\\d{4}$").matcher(table);
        int total = 0;
        while (row.find()) total += Integer.parseInt(row.group(2));
        assertEquals(900, total, table);
    }

    @Test
    void jsonCarriesTheSameReport() throws Exception {
        CliRun r = CliRun.of("lattice", DECK, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode host = new ObjectMapper().readTree(r.out()).get("hostDisorder");
        JsonNode counts = host.get("mixtures").get(0).get("realisedCounts");
        assertEquals(150, counts.get("I").asInt() + counts.get("BH4").asInt());
        assertTrue(Math.abs(counts.get("I").asInt() - 37.5) <= 0.5);
        assertEquals("I", host.get("barrierRules").get(0).get("species").asText());
    }
}
