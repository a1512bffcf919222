package org.ionhop.rates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.common.InputException;
import org.ionhop.common.Units;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.crystal.CrystalSite;
import org.ionhop.deck.Deck;
import org.ionhop.network.HopNetwork;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Immobile host disorder: the realised configuration (composition, reproducibility, uniform
 * placement), the rule-table energies against a brute-force recount over periodic images, detailed
 * balance hop by hop, and bad input.
 */
class HostDisorderLandscapeTest {
    static final Path CIF = Path.of("lattices/LiBH4_P63mc.cif").toAbsolutePath();
    private static final double BASE_KRA_EV = 0.30;

    /** h-LiBH4, 3x3x2, I on a fraction x of the B1 (BH4) sites, with the given rules under host_disorder. */
    static String deck(String fractions, long seed, String rules) {
        return "structure: " + CIF + "\n"
                + "species: {element: Li, charge: +1}\n"
                + "network: {sites: [Li1], cutoff_angstrom: 4.5}\n"
                + "supercell: [3, 3, 2]\n"
                + "carriers: {vacancies: 2}\n"
                + "hop_classes:\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.262, length_tolerance_angstrom: 0.005, barrier_eV: 0.30}\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.276, length_tolerance_angstrom: 0.005, barrier_eV: 0.30}\n"
                + "temperatures_K: [450]\n"
                + "run: {hops_per_ion: 10, seed: " + seed + "}\n"
                + "host_disorder:\n"
                + "  mixtures:\n"
                + "    - {site: B1, species: " + fractions + "}\n"
                + rules;
    }

    static final String RULES = "  barrier_rules:\n"
            + "    - {species: I, shell_angstrom: 3.5, kra_shift_eV: [0.0, -0.05, -0.11, -0.16]}\n"
            + "  site_energy_rules:\n"
            + "    - {species: I, shell_angstrom: 4.0, energy_shift_eV: [0.0, 0.02, 0.05, 0.07, 0.10, 0.12, 0.15, 0.17, 0.2, 0.22, 0.25]}\n";

    static DeckModel model(String text, Path dir) {
        return DeckModel.build(Deck.parse(text, dir.resolve("deck.yaml")));
    }

    private static HostDisorderLandscape host(DeckModel m) {
        return m.landscapeTerm(HostDisorderLandscape.class).orElseThrow();
    }

    @Test
    void theCompositionIsExactAndEverySiteIsEquallyLikelyToHoldTheMinority(@TempDir Path dir) {
        DeckModel m = model(deck("{BH4: 0.75, I: 0.25}", 5, RULES), dir);
        HostDisorderLandscape h = host(m);
        int sites = h.mixedSites().get(0).species().length;
        assertEquals(3 * 3 * 2 * 2, sites);
        assertEquals(Map.of("BH4", 27, "I", 9), h.composition(0));

        // Over many seeds each site holds I with probability x: per-site frequencies within 4.5 binomial sigma.
        Map<String, Double> fractions = new LinkedHashMap<>();
        fractions.put("BH4", 0.7);
        fractions.put("I", 0.3);
        int n = 50, seeds = 4000;
        int[] hits = new int[n];
        for (int s = 0; s < seeds; s++) {
            String[] sp = HostDisorderLandscape.shuffled(HostDisorderLandscape.exactComposition(fractions, n), s, 0);
            assertEquals(15, java.util.Arrays.stream(sp).filter("I"::equals).count());
            for (int i = 0; i < n; i++) if (sp[i].equals("I")) hits[i]++;
        }
        double sigma = Math.sqrt(0.3 * 0.7 / seeds);
        for (int i = 0; i < n; i++) {
            assertEquals(0.3, hits[i] / (double) seeds, 4.5 * sigma, "site " + i);
        }
    }

    @Test
    void largestRemaindersKeepTheCompositionClosestToTheDeck() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("A", 0.5);
        f.put("B", 0.3);
        f.put("C", 0.2);
        String[] sp = HostDisorderLandscape.exactComposition(f, 7); // 3.5, 2.1, 1.4 -> 4, 2, 1
        assertEquals(4, java.util.Arrays.stream(sp).filter("A"::equals).count());
        assertEquals(2, java.util.Arrays.stream(sp).filter("B"::equals).count());
        assertEquals(1, java.util.Arrays.stream(sp).filter("C"::equals).count());
    }

    @Test
    void theSameSeedGivesTheSameConfigurationAndAnotherSeedAnother(@TempDir Path dir) {
        String[] a = host(model(deck("{BH4: 0.75, I: 0.25}", 11, RULES), dir)).mixedSites().get(0).species();
        String[] b = host(model(deck("{BH4: 0.75, I: 0.25}", 11, RULES), dir)).mixedSites().get(0).species();
        String[] c = host(model(deck("{BH4: 0.75, I: 0.25}", 12, RULES), dir)).mixedSites().get(0).species();
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    /**
     * Every hop's E_KRA is the class barrier plus the table entry for the number of I within the
     * shell of its midpoint, and every site's energy the entry for its count — recounted here over
     * all 27 periodic images of every B1 site, built from the CIF in the documented site order.
     */
    @Test
    void ruleTablesEqualABruteForceRecountForEveryHopAndSite(@TempDir Path dir) {
        DeckModel m = model(deck("{BH4: 0.5, I: 0.5}", 3, RULES), dir);
        HostDisorderLandscape h = host(m);
        HopNetwork net = m.network();
        EnergyLandscape l = m.landscape();
        String[] species = h.mixedSites().get(0).species();
        double[][] hostCart = hostPositions(CIF, "B1", new int[] {3, 3, 2});
        double[] kra = {0.0, -0.05, -0.11, -0.16};
        double[] site = {0.0, 0.02, 0.05, 0.07, 0.10, 0.12, 0.15, 0.17, 0.2, 0.22, 0.25};
        int[] source = new HopTopology(net).hopSource();
        double[] pos = net.siteCartesian(), vec = net.hopVector();
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int hop = 0; hop < net.hopCount(); hop++) {
            int s = source[hop];
            double[] mid = {pos[3 * s] + vec[3 * hop] / 2, pos[3 * s + 1] + vec[3 * hop + 1] / 2,
                    pos[3 * s + 2] + vec[3 * hop + 2] / 2};
            int n = countWithin(mid, hostCart, species, "I", 3.5, net);
            seen.add(n);
            assertEquals(BASE_KRA_EV + kra[n], l.kraBarrierEv(hop), 1e-12, "hop " + hop);
            assertEquals(n, h.hopCount(0, hop));
        }
        assertTrue(seen.size() >= 3, "the test needs several local counts, saw " + seen);
        for (int s = 0; s < net.siteCount(); s++) {
            int n = countWithin(new double[] {pos[3 * s], pos[3 * s + 1], pos[3 * s + 2]}, hostCart, species, "I", 4.0, net);
            assertEquals(site[n], l.siteEnergyEv(s), 1e-12, "site " + s);
        }
    }

    /** Cartesian B1 positions in the order: cell (n1 slowest, n3 fastest), then the CIF's site order. */
    static double[][] hostPositions(Path cif, String label, int[] n) {
        Crystal c = CrystalFiles.read(cif);
        List<CrystalSite> inCell = c.sitesWithLabel(label);
        double[][] out = new double[n[0] * n[1] * n[2] * inCell.size()][];
        int i = 0;
        for (int a = 0; a < n[0]; a++) for (int b = 0; b < n[1]; b++) for (int d = 0; d < n[2]; d++) {
            for (CrystalSite s : inCell) {
                double[] f = s.fractional();
                Vector3d v = c.cell().toCartesian(new Vector3d(f[0] - Math.floor(f[0]) + a, f[1] - Math.floor(f[1]) + b,
                        f[2] - Math.floor(f[2]) + d), new Vector3d());
                out[i++] = new double[] {v.x, v.y, v.z};
            }
        }
        return out;
    }

    /** Host sites of a species with any of their 27 nearest periodic images within r of the point. */
    static int countWithin(double[] p, double[][] host, String[] species, String which, double r, HopNetwork net) {
        Vector3d a = net.supercellCell().vectorA(), b = net.supercellCell().vectorB(), c = net.supercellCell().vectorC();
        int n = 0;
        for (int i = 0; i < host.length; i++) {
            if (!species[i].equals(which)) continue;
            boolean in = false;
            for (int x = -1; x <= 1 && !in; x++) for (int y = -1; y <= 1 && !in; y++) for (int z = -1; z <= 1 && !in; z++) {
                double dx = host[i][0] + x * a.x + y * b.x + z * c.x - p[0];
                double dy = host[i][1] + x * a.y + y * b.y + z * c.y - p[1];
                double dz = host[i][2] + x * a.z + y * b.z + z * c.z - p[2];
                in = Math.sqrt(dx * dx + dy * dy + dz * dz) <= r + 1e-6;
            }
            if (in) n++;
        }
        return n;
    }

    @Test
    void everyHopObeysDetailedBalance(@TempDir Path dir) {
        DeckModel m = model(deck("{BH4: 0.6, I: 0.4}", 9, RULES), dir);
        HopNetwork net = m.network();
        double kelvin = 450, kT = Units.KB_EV_PER_K * kelvin;
        HopTopology t = new HopTopology(net);
        RateModel rates = new RateModel(net, t, m.rateParameters(kelvin));
        EnergyLandscape l = m.landscape();
        boolean varies = false;
        for (int h = 0; h < net.hopCount(); h++) {
            int r = t.reverseHop()[h];
            double de = l.siteEnergyEv(net.hopTarget()[h]) - l.siteEnergyEv(t.hopSource()[h]);
            varies |= de != 0;
            double ratio = rates.isolatedRateHz(h) / rates.isolatedRateHz(r);
            assertEquals(Math.exp(-de / kT), ratio, 1e-12 * ratio, "hop " + h);
            assertEquals(l.kraBarrierEv(h), l.kraBarrierEv(r));
        }
        assertTrue(varies, "site energies must differ for the check to mean anything");
    }

    @Test
    void badInputIsReportedAtItsDeckLine(@TempDir Path dir) {
        InputException sum = assertThrows(InputException.class, () -> model(deck("{BH4: 0.7, I: 0.25}", 1, RULES), dir));
        assertEquals(13, sum.line());
        assertTrue(sum.problem().contains("sum to 0.95"), sum.userMessage());

        InputException label = assertThrows(InputException.class,
                () -> model(deck("{BH4: 0.7, I: 0.3}", 1, RULES).replace("site: B1", "site: B2"), dir));
        assertTrue(label.problem().contains("no site labelled 'B2'"), label.userMessage());
        assertEquals(13, label.line());

        InputException mobile = assertThrows(InputException.class,
                () -> model(deck("{BH4: 0.7, I: 0.3}", 1, RULES).replace("site: B1", "site: Li1"), dir));
        assertTrue(mobile.problem().contains("mobile-ion site"), mobile.userMessage());

        InputException shortTable = assertThrows(InputException.class, () -> model(deck("{BH4: 0.0, I: 1.0}", 1,
                "  barrier_rules:\n    - {species: I, shell_angstrom: 3.5, kra_shift_eV: [0.0, -0.05]}\n"), dir));
        assertEquals(15, shortTable.line());
        assertTrue(shortTable.problem().contains("with 3"), shortTable.userMessage());

        InputException shell = assertThrows(InputException.class, () -> model(deck("{BH4: 0.5, I: 0.5}", 1,
                "  barrier_rules:\n    - {species: I, shell_angstrom: 9.0, kra_shift_eV: [0.0]}\n"), dir));
        assertTrue(shell.problem().contains("periodic image"), shell.userMessage());

        InputException unknown = assertThrows(InputException.class, () -> model(deck("{BH4: 0.5, I: 0.5}", 1,
                "  barrier_rules:\n    - {species: Cl, shell_angstrom: 3.0, kra_shift_eV: [0.0]}\n"), dir));
        assertTrue(unknown.problem().contains("'Cl' is not a species"), unknown.userMessage());
    }

    @Test
    void aPlacementFileGivesTheConfigurationSiteBySite(@TempDir Path dir) throws Exception {
        StringBuilder file = new StringBuilder("# B1 sites in the documented order\n");
        for (int i = 0; i < 36; i++) file.append(i % 4 == 0 ? "I\n" : "BH4\n");
        Files.writeString(dir.resolve("host.txt"), file);
        String text = deck("{BH4: 0.75, I: 0.25}", 1, RULES).replace("species: {BH4: 0.75, I: 0.25}}",
                "species: {BH4: 0.75, I: 0.25}, placement: {file: host.txt}}");
        String[] sp = host(model(text, dir)).mixedSites().get(0).species();
        for (int i = 0; i < 36; i++) assertEquals(i % 4 == 0 ? "I" : "BH4", sp[i]);

        Files.writeString(dir.resolve("host.txt"), file.toString().replaceFirst("BH4\n", "Br\n"));
        InputException bad = assertThrows(InputException.class, () -> model(text, dir));
        assertEquals(3, bad.line());
        assertEquals(dir.resolve("host.txt"), bad.file());
    }
}
