package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ionhop lattice} on a CIF written here: a cubic metric (a = c = 3 Å) with only the
 * tetragonal group P4/mmm, Li on 1a and Cl on 1d. The six Li–Li hops of 3 Å split into 4 in the
 * ab plane and 2 along c, since no operation of P4/mmm turns c into a.
 */
class LatticeCommandTest {
    /** The 16 operations of P4/mmm (ITA No. 123). */
    private static final String[] P4MMM = {"x,y,z", "-x,-y,z", "-y,x,z", "y,-x,z", "-x,y,-z", "x,-y,-z", "y,x,-z",
        "-y,-x,-z", "-x,-y,-z", "x,y,-z", "y,-x,-z", "-y,x,-z", "x,-y,z", "-x,y,z", "-y,-x,z", "y,x,z"};

    @TempDir
    Path dir;

    private Path writeCif() throws IOException {
        return writeCif(3.0);
    }

    private Path writeCif(double a) throws IOException {
        StringBuilder cif = new StringBuilder("data_tetragonal_LiCl\n_cell_length_a " + a + "\n_cell_length_b " + a
                + "\n_cell_length_c " + a + "\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
                + "_symmetry_space_group_name_H-M 'P 4/m m m'\n_symmetry_Int_Tables_number 123\n"
                + "loop_\n_symmetry_equiv_pos_as_xyz\n");
        for (String op : P4MMM) cif.append('\'').append(op).append("'\n");
        cif.append("loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n_atom_site_occupancy\nLi1 Li 0 0 0 1\nCl1 Cl 0.5 0.5 0.5 1\n");
        Path file = dir.resolve("tetragonal-" + a + ".cif");
        Files.writeString(file, cif);
        return file;
    }



    @Test
    void jsonListsTheSitesAndTwoClassesOfEqualLength() throws IOException {
        CliRun r = CliRun.of("lattice", writeCif().toString(), "--species", "Li", "--cutoff", "3.2", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(16, json.get("spaceGroup").get("operations").asInt());
        assertEquals(2, json.get("sites").size());
        for (JsonNode site : json.get("sites")) assertEquals(1, site.get("multiplicity").asInt());
        assertEquals("Li1", json.get("network").get("labels").get(0).asText());
        JsonNode classes = json.get("hopClasses");
        assertEquals(2, classes.size());
        List<Integer> perSite = new ArrayList<>();
        int perCell = 0;
        for (JsonNode c : classes) {
            assertEquals("Li1", c.get("fromLabel").asText());
            assertEquals("Li1", c.get("toLabel").asText());
            assertEquals(3.0, c.get("lengthAngstrom").asDouble(), 1e-9);
            perSite.add(c.get("hopsPerFromSite").asInt());
            perCell += c.get("countPerCell").asInt();
        }
        assertEquals(List.of(2, 4), perSite.stream().sorted().toList());
        assertEquals(3, perCell, "one site per cell with 6 hops: 3 undirected hops per cell");
    }

    @Test
    void extraSitesJoinTheNetworkWithTheirOwnLabel() throws IOException {
        // Interstitial "i" at 2f (1/2,0,0),(0,1/2,0): each Li has 4 at a/2, each i has 2 Li.
        CliRun r = CliRun.of("lattice", writeCif().toString(), "--species", "Li", "--extra-site", "i:1/2,0,0",
                "--cutoff", "1.6", "--supercell", "4x4x4", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode c = json.get("hopClasses");
        assertEquals(1, c.size());
        assertEquals("Li1", c.get(0).get("fromLabel").asText());
        assertEquals("i", c.get(0).get("toLabel").asText());
        assertEquals(1.5, c.get(0).get("lengthAngstrom").asDouble(), 1e-9);
        assertEquals(4, c.get(0).get("hopsPerFromSite").asInt());
        assertEquals(2, c.get(0).get("hopsPerToSite").asInt());
        assertEquals(64 * 3, json.get("network").get("siteCount").asInt());
        assertEquals(64 * 8, json.get("network").get("hopCount").asInt());
    }

    @Test
    void defaultCutoffWidensToTheNearestNeighboursAndSaysSo() throws IOException {
        // a = 5 Å: no hop within the default 4.5 Å; widened just past 5 Å, below the next shell 5√2.
        CliRun r = CliRun.of("lattice", writeCif(5.0).toString(), "--species", "Li", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        double cutoff = json.get("network").get("cutoffAngstrom").asDouble();
        assertTrue(cutoff > 5.0 && cutoff < 5.0 * Math.sqrt(2), "cutoff " + cutoff);
        assertTrue(json.get("network").get("cutoffNote").asText().contains("widened"));
        assertEquals(2, json.get("hopClasses").size());
        // a = 3 Å: hops exist within 4.5 Å, so the default stays and no note is given.
        JsonNode small = new ObjectMapper().readTree(CliRun.of("lattice", writeCif(3.0).toString(), "--species", "Li",
                "--json").out());
        assertEquals(LatticeCommand.DEFAULT_CUTOFF_ANGSTROM, small.get("network").get("cutoffAngstrom").asDouble());
        assertTrue(small.get("network").get("cutoffNote") == null);
    }

    @Test
    void shippedSpinelHasTheTetOctHopClass() throws IOException {
        // 8a Mg with the empty 16c octahedra: 4 16c per 8a and 2 8a per 16c at a√3/8 (a = 11.1198 Å).
        CliRun r = CliRun.of("lattice", "lattices/MgSc2Se4_Fd-3m.cif", "--species", "Mg", "--extra-site", "Oct16c:0,0,0",
                "--cutoff", "2.5", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (JsonNode site : json.get("sites")) {
            int expected = switch (site.get("label").asText()) {
                case "Mg1" -> 8;
                case "Sc1", "Oct16c" -> 16;
                default -> 32;
            };
            assertEquals(expected, site.get("multiplicity").asInt(), site.toString());
        }
        JsonNode c = json.get("hopClasses");
        assertEquals(1, c.size());
        assertEquals(11.1198 * Math.sqrt(3) / 8, c.get(0).get("lengthAngstrom").asDouble(), 1e-9);
        assertEquals(4, c.get(0).get("hopsPerFromSite").asInt());
        assertEquals(2, c.get(0).get("hopsPerToSite").asInt());
    }

    @Test
    void jsonListsTheExpandedSitesAndTheHopsOfOneCell() throws IOException {
        double a = 11.1198;
        CliRun r = CliRun.of("lattice", "lattices/MgSc2Se4_Fd-3m.cif", "--species", "Mg", "--extra-site", "Oct16c:0,0,0",
                "--cutoff", "2.5", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode sites = json.get("expandedSites");
        assertEquals(8 + 16 + 32 + 16, sites.size());
        List<JsonNode> network = new ArrayList<>();
        for (JsonNode s : sites) {
            for (int k = 0; k < 3; k++) {
                assertEquals(a * s.get("fractional").get(k).asDouble(), s.get("cartesianAngstrom").get(k).asDouble(), 1e-9);
            }
            if (s.has("networkSite")) {
                assertEquals(network.size(), s.get("networkSite").asInt());
                network.add(s);
            }
            assertEquals(s.get("label").asText().equals("Oct16c"), s.get("extra").asBoolean());
        }
        assertEquals(24, network.size());
        // 8 Mg with 4 hops each and 16 octahedral sites with 2 each; every vector is to + image - from, of length a√3/8.
        JsonNode hops = json.get("cellHops");
        assertEquals(8 * 4 + 16 * 2, hops.size());
        for (JsonNode h : hops) {
            JsonNode from = network.get(h.get("from").asInt()), to = network.get(h.get("to").asInt());
            assertEquals(from.get("label").asText(), h.get("fromLabel").asText());
            assertEquals(to.get("label").asText(), h.get("toLabel").asText());
            for (int k = 0; k < 3; k++) {
                double expected = a * (to.get("fractional").get(k).asDouble() + h.get("image").get(k).asInt()
                        - from.get("fractional").get(k).asDouble());
                assertEquals(expected, h.get("vectorAngstrom").get(k).asDouble(), 1e-9);
            }
            assertEquals(a * Math.sqrt(3) / 8, h.get("lengthAngstrom").asDouble(), 1e-9);
            assertEquals(0, h.get("hopClass").asInt());
        }
    }

    @Test
    void exportWritesTheFormatOfTheExtensionAndRefusesOthers() throws IOException {
        Path data = dir.resolve("spinel.data");
        CliRun r = CliRun.of("lattice", "inputs/MgSc2Se4_Mg_vacancy.yaml", "--export", data.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Exported:") && r.out().contains("2x2x2 supercell"), r.out());
        assertTrue(Files.readString(data).contains("Bonds"));
        CliRun bad = CliRun.of("lattice", "inputs/MgSc2Se4_Mg_vacancy.yaml", "--export", dir.resolve("x.pdb").toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains(".extxyz"), bad.err());
    }

    @Test
    void textTableNamesTheClasses() throws IOException {
        CliRun r = CliRun.of("lattice", writeCif().toString(), "--species", "Li", "--cutoff", "3.2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Hop classes"), r.out());
        assertTrue(r.out().contains("3.0000"), r.out());
    }

    @Test
    void badOptionsGiveOneLineAndExitTwo() throws IOException {
        String cif = writeCif().toString();
        for (String[] args : List.of(new String[] {"lattice", cif, "--species", "Li", "--sites", "Na1"},
                new String[] {"lattice", cif, "--species", "Li", "--supercell", "2x2"},
                new String[] {"lattice", cif, "--species", "Li", "--cutoff", "-1"},
                new String[] {"lattice", cif, "--species", "Li", "--cutoff", "2"},
                new String[] {"lattice", cif, "--species", "Li", "--extra-site", "Li1:0,0,0"},
                new String[] {"lattice", cif, "--species", "Li", "--supercell", "1x1x1"})) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("ionhop: error: "), r.err());
        }
    }

    @Test
    void helpShowsAnExample() {
        CliRun r = CliRun.of("lattice", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Example"), r.out());
        assertTrue(r.out().contains("ionhop lattice "), r.out());
    }
    @Test
    void aDeckShowsItsNetworkAndTheBarrierOfEveryClass() throws IOException {
        CliRun r = CliRun.of("lattice", "inputs/MgSc2Se4_Mg_vacancy.yaml", "--json");
        assertEquals(0, r.exit(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        // 2x2x2 spinel: 64 8a + 128 16c sites; 4 hops out of every 8a and 2 out of every 16c.
        assertEquals(192, json.at("/network/siteCount").asInt());
        assertEquals(64 * 4 + 128 * 2, json.at("/network/hopCount").asInt());
        assertEquals(1, json.at("/barriers").size());
        double deckKraEv = org.ionhop.rates.DeckModel.build(org.ionhop.deck.Deck.load(
                Path.of("inputs/MgSc2Se4_Mg_vacancy.yaml"))).barriers().kraEv()[0];
        assertEquals(deckKraEv, json.at("/barriers/0/kraEv").asDouble(), 1e-12);   // the barrier the run uses
        assertTrue(json.at("/barriers/0/source").asText().contains("MgSc2Se4_Mg_vacancy.yaml:"), r.out());
    }

    @Test
    void aStructureFileNeedsASpeciesAndADeckRefusesStructureOptions() throws IOException {
        CliRun noSpecies = CliRun.of("lattice", writeCif().toString());
        assertEquals(ExitCodes.BAD_INPUT, noSpecies.exit());
        assertTrue(noSpecies.err().contains("needs --species"), noSpecies.err());
        CliRun deckWithCutoff = CliRun.of("lattice", "inputs/MgSc2Se4_Mg_vacancy.yaml", "--cutoff", "3");
        assertEquals(ExitCodes.BAD_INPUT, deckWithCutoff.exit());
        assertTrue(deckWithCutoff.err().contains("a deck sets them itself"), deckWithCutoff.err());
    }

}
