package org.ionhop.rates.kmcpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionhop.crystal.CrystalFiles;
import org.ionhop.deck.Deck;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kMCpy's NASICON model imported into IonHop gives kMCpy's rate for every event. The reference is
 * computed here from kMCpy's own files, by kMCpy's published rule (CompositeLCEModel at commit
 * 7761fdd): occupation state per active site (Na = 0, vacancy = 1; Si = 0), σ from the expansion's
 * site_basis_values, correlation = Σ over an orbit's clusters of Π σ at the event's local_env_indices,
 * E = keci · corr + empty_cluster for both expansions, direction +1 when the first mobile index holds
 * Na and the second is empty, E_b = E_KRA + direction · V_site / 2 (meV), rate = ν exp(−E_b / k_B T)
 * with kMCpy's k_B = 8.617333262145e-2 meV/K.
 */
class KmcpyImportTest {
    static final Path DATA = Path.of("validation/kmcpy-nasicon");
    static final Path CIF = Path.of("lattices/NASICON_Na4Zr2Si3O12_R-3c_rhombohedral.cif");
    static final double KB_MEV_PER_K = 8.617333262145e-2;

    static JsonNode model, events, initial, settings;
    static KmcpyImport imported;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DATA.resolve("model.json.gz")))) {
            model = json.readTree(in);
        }
        events = json.readTree(DATA.resolve("events.json").toFile());
        initial = json.readTree(DATA.resolve("initial_state.json").toFile());
        settings = json.readTree(DATA.resolve("kmc_input.json").toFile());
        imported = new KmcpyImport(KmcpyInputs.read(DATA), CrystalFiles.read(CIF));
    }

    /** kMCpy's occupation state of every active site in its initial state. */
    static int[] kmcpyInitialStates() {
        JsonNode meta = events.get("index_metadata");
        JsonNode occ = initial.get("occupation");
        JsonNode toOriginal = meta.get("active_to_original");
        int[] out = new int[toOriginal.size()];
        for (int a = 0; a < out.length; a++) out[a] = occ.get(toOriginal.get(a).asInt()).asInt();
        return out;
    }

    static double expansionMeV(JsonNode part, int[] localStates) {
        JsonNode lce = part.get("lce");
        JsonNode keci = part.get("parameters").get("keci");
        JsonNode clusters = lce.get("cluster_site_indices");
        JsonNode basisIdx = lce.get("correlation_basis_indices");
        JsonNode values = lce.get("site_basis_values");
        double[] corr = new double[clusters.size()];
        for (int f = 0; f < corr.length; f++) {
            for (int c = 0; c < clusters.get(f).size(); c++) {
                double prod = 1;
                JsonNode cluster = clusters.get(f).get(c);
                for (int p = 0; p < cluster.size(); p++) {
                    int slot = cluster.get(p).asInt();
                    prod *= values.get(slot).get(localStates[slot]).get(basisIdx.get(f).get(c).get(p).asInt()).asDouble();
                }
                corr[f] += prod;
            }
        }
        double dot = 0;
        for (int f = 0; f < corr.length; f++) dot += corr[f] * keci.get(f).asDouble();
        return dot + part.get("parameters").get("empty_cluster").asDouble();
    }

    /** kMCpy's rate of event e, Hz, signed by direction (0 when it cannot happen). */
    static double kmcpyRateHz(int e, int[] state) {
        JsonNode ev = events.get("events").get(e);
        int from = ev.get("mobile_ion_indices").get(0).asInt(), to = ev.get("mobile_ion_indices").get(1).asInt();
        int dir = state[from] == 0 && state[to] == 1 ? 1 : state[from] == 1 && state[to] == 0 ? -1 : 0;
        if (dir == 0) return 0;
        JsonNode env = ev.get("local_env_indices");
        int[] local = new int[env.size()];
        for (int k = 0; k < local.length; k++) local[k] = state[env.get(k).asInt()];
        double eb = expansionMeV(model.get("kra"), local) + dir * expansionMeV(model.get("site"), local) / 2;
        return dir * settings.get("attempt_frequency").asDouble()
                * Math.exp(-eb / (KB_MEV_PER_K * settings.get("temperature").asDouble()));
    }

    /** IonHop's rates of the same events from the deck the import writes, in the same occupation. */
    static void assertSameRates(RateModel rates, int[] state, String what) {
        boolean[] occupied = new boolean[rates.hopCount() == 0 ? 0 : imported.network().siteCount()];
        for (int a = 0; a < state.length; a++) {
            int s = imported.networkSite(a);
            if (s >= 0) occupied[s] = state[a] == 0;
        }
        int n = events.get("events").size();
        assertEquals(24, n);
        for (int e = 0; e < n; e++) {
            double expected = kmcpyRateHz(e, state);
            int h = imported.eventHop(e);
            double forward = rates.rateHz(h, occupied), backward = rates.rateHz(imported.reverseHop(h), occupied);
            double got = expected >= 0 ? forward : -backward;
            assertEquals(expected, got, 1e-9 * Math.abs(expected), what + ": event " + e);
            assertEquals(0.0, expected >= 0 ? backward : forward, what + ": event " + e + " in the other direction");
        }
    }

    static RateModel deckRates(Path deckFile) {
        DeckModel m = DeckModel.build(Deck.load(deckFile));
        // The deck's network is built the same way as the import's: same sites, same order.
        assertEquals(imported.network().siteCount(), m.network().siteCount());
        for (int i = 0; i < m.network().siteCartesian().length; i++) {
            assertEquals(imported.network().siteCartesian()[i], m.network().siteCartesian()[i], 1e-12);
        }
        return new RateModel(m.network(), new HopTopology(m.network()), m.rateParameters(settings.get("temperature").asDouble()));
    }

    @Test
    void everyEventOfTheInitialStateHasKmcpysRate(@TempDir Path dir) throws Exception {
        Path deck = writeDeck(dir);
        int[] state = kmcpyInitialStates();
        RateModel rates = deckRates(deck);
        assertSameRates(rates, state, "initial state");
        int possible = 0;
        for (int e = 0; e < 24; e++) if (kmcpyRateHz(e, state) != 0) possible++;
        assertEquals(4, possible, "two Na2 vacancies, each reachable from two occupied Na1");
    }

    @Test
    void everyEventInRandomOccupationsHasKmcpysRate(@TempDir Path dir) throws Exception {
        RateModel rates = deckRates(writeDeck(dir));
        int[] state = kmcpyInitialStates();
        Random random = new Random(7);
        JsonNode prim = events.get("index_metadata").get("active_to_primitive");
        for (int trial = 0; trial < 200; trial++) {
            for (int a = 0; a < state.length; a++) {
                if (prim.get(a).asInt() < 8) state[a] = random.nextInt(2); // Na sites; Si stays Si
            }
            assertSameRates(rates, state, "random occupation " + trial);
        }
    }

    @Test
    void theShippedModelIsFlaggedAsNotDetailedBalanceConsistent() {
        String violation = imported.model().reversalCheck();
        assertNotNull(violation);
        assertFalse(imported.model().environment(imported.network(), imported.crystal(), imported.supercell()).detailedBalance());
        // Its site expansion is a copy of the barrier expansion (kMCpy's test files).
        assertEquals(model.get("kra").get("parameters").get("keci"), model.get("site").get("parameters").get("keci"));
    }

    @Test
    void largerSupercellsGetEveryHopFromTheModel(@TempDir Path dir) throws Exception {
        Path deck = writeDeck(dir);
        String text = Files.readString(deck).replace("supercell: [2, 1, 1]", "supercell: [4, 4, 4]")
                .replace("ions: 14", "ions: 448");
        Files.writeString(deck, text);
        DeckModel m = DeckModel.build(Deck.load(deck));
        assertEquals(64 * 8, m.network().siteCount());
        assertEquals(m.network().hopCount(), m.environment().hopCount());
        assertTrue(m.environmentNotes().stream().anyMatch(n -> n.contains("NOT consistent with detailed balance")));
    }

    static Path writeDeck(Path dir) throws Exception {
        Path deck = dir.resolve("nasicon.yaml");
        int code = new picocli.CommandLine(new org.ionhop.cli.IonHopCommand()).execute("import-kmcpy", DATA.toString(),
                "--structure", CIF.toAbsolutePath().toString(), "-o", deck.toString());
        assertEquals(0, code);
        return deck;
    }
}
