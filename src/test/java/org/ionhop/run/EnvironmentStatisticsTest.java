package org.ionhop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ionhop.analysis.EnvironmentStatistics;
import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.ionhop.output.RunResult;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.EnvironmentTally;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.RateModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-environment statistics of a run against exact equilibrium results, on h-LiBH4 with I on half
 * the BH4 sites: site energies shifted by the I count around each Li site (site-energy disorder),
 * barriers by the I count around the hop midpoint. The carriers are a lattice gas with exclusion
 * only, so the stationary distribution is exactly P(config) ∝ Π_i x_i^{n_i}, x_i = exp(−E_i/kT),
 * at fixed ion number N (canonical; the grand-canonical Fermi–Dirac form with μ fixed by N is its
 * large-system limit):
 * <ul>
 * <li>⟨n_i⟩ = x_i e_{N−1}(x without i) / e_N(x), e_k the elementary symmetric polynomial;</li>
 * <li>hops i→j per unit time: k_ij ⟨n_i (1 − n_j)⟩, ⟨n_i n_j⟩ = x_i x_j e_{N−2}(without i, j) / e_N.</li>
 * </ul>
 * The run's time-weighted occupancy and escape rate per site environment must agree within 4.5
 * standard errors (the test's own, over 16 replicas), and forward and backward hops of every pair of
 * reverse environment bins must balance (χ²/pair near 1).
 */
class EnvironmentStatisticsTest {
    static final double KELVIN = 500;

    static Path deck(Path dir, int ions, String realisations, int replicas, int hopsPerIon) throws IOException {
        String text = "structure: " + Path.of("lattices/LiBH4_P63mc.cif").toAbsolutePath() + "\n"
                + "species: {element: Li, charge: +1}\n"
                + "network: {sites: [Li1], cutoff_angstrom: 4.5}\n"
                + "supercell: [3, 3, 2]\n"
                + "carriers: {ions: " + ions + "}\n"
                + "hop_classes:\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.262, length_tolerance_angstrom: 0.005, barrier_eV: 0.25}\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.276, length_tolerance_angstrom: 0.005, barrier_eV: 0.25}\n"
                + "temperatures_K: [" + KELVIN + "]\n"
                + "run: {hops_per_ion: " + hopsPerIon + ", samples: 50, replicas: " + replicas + ", seed: 4,"
                + " equilibration: {hops_per_ion: 200}}\n"
                + "host_disorder:\n"
                + "  realisations: " + realisations + "\n"
                + "  mixtures: [{site: B1, species: {BH4: 0.5, I: 0.5}}]\n"
                + "  site_energy_rules:\n"
                + "    - {species: I, shell_angstrom: 4.0, energy_shift_eV: [0.0, -0.04, -0.08, -0.12, -0.16, -0.20, -0.24, -0.28, -0.32, -0.36, -0.40]}\n"
                + "  barrier_rules:\n"
                + "    - {species: I, shell_angstrom: 3.5, kra_shift_eV: [0.0, 0.04, 0.08, 0.12]}\n";
        Path file = dir.resolve("deck.yaml");
        Files.writeString(file, text);
        return file;
    }

    /**
     * A host mixture without rules leaves every hop at one rate, the case the loop's uniform-rate path
     * handles; the per-environment hop counts must still add up to every hop the run made.
     */
    @Test
    void hopCountsPerEnvironmentAddUpToAllHopsWhenEveryHopHasOneRate(@TempDir Path dir) throws IOException {
        Path file = deck(dir, 12, "shared", 4, 200);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("  site_energy_rules:")));
        RunResult result = RunPipeline.forDeck(file, RunOptions.defaults(), RunListener.SILENT).run();
        long all = java.util.Arrays.stream(result.temperatures().get(0).hopCountsPerClass()).sum();
        long tallied = result.temperatures().get(0).environments().hopEnvironments().stream()
                .mapToLong(EnvironmentStatistics.HopEnvironment::hops).sum();
        assertTrue(all > 0);
        assertEquals(all, tallied, "every hop is counted in some environment");
    }

    @Test
    void occupancyEscapeRateAndFluxBalancePerEnvironmentMatchTheExactLatticeGas(@TempDir Path dir) throws IOException {
        int ions = 12;
        RunPipeline pipeline = RunPipeline.forDeck(deck(dir, ions, "shared", 16, 3000), RunOptions.defaults(),
                RunListener.SILENT);
        RunResult result = pipeline.run();
        EnvironmentStatistics stats = result.temperatures().get(0).environments();
        assertNotNull(stats, "a host-disorder run reports per-environment statistics");

        DeckModel m = pipeline.model();
        HopNetwork net = m.network();
        EnvironmentTally tally = m.environmentTally(0);
        RateModel rates = new RateModel(net, new HopTopology(net), m.rateParameters(KELVIN));
        int sites = net.siteCount();
        double kT = Units.KB_EV_PER_K * KELVIN;
        double lowest = Double.POSITIVE_INFINITY;
        for (int s = 0; s < sites; s++) lowest = Math.min(lowest, rates.siteEnergyEv(s));
        double[] x = new double[sites];
        for (int s = 0; s < sites; s++) x[s] = Math.exp(-(rates.siteEnergyEv(s) - lowest) / kT);
        double eN = esym(x, ions, -1, -1);
        int[] source = new HopTopology(net).hopSource();
        Map<String, double[]> exact = new HashMap<>(); // name -> {sum <n_i>, sum of hop-from rates, sites}
        for (int s = 0; s < sites; s++) {
            String name = tally.siteEnvironmentName(tally.siteEnvironments()[s]);
            double[] row = exact.computeIfAbsent(name, k -> new double[3]);
            row[0] += x[s] * esym(x, ions - 1, s, -1) / eN;
            row[2]++;
        }
        for (int h = 0; h < net.hopCount(); h++) {
            int i = source[h], j = net.hopTarget()[h];
            if (i == j) continue;
            double ni = x[i] * esym(x, ions - 1, i, -1) / eN;
            double ninj = x[i] * x[j] * esym(x, ions - 2, i, j) / eN;
            exact.get(tally.siteEnvironmentName(tally.siteEnvironments()[i]))[1] += rates.isolatedRateHz(h) * (ni - ninj);
        }
        boolean distinguishable = false;
        for (EnvironmentStatistics.SiteEnvironment e : stats.siteEnvironments()) {
            double[] row = exact.get(e.name());
            assertNotNull(row, e.name());
            assertEquals(row[2], e.sitesPerReplica(), 1e-12, "sites of " + e.name());
            double occupancy = row[0] / row[2], escape = row[1] / row[0];
            double occErr = e.occupancy().stderr(), escErr = e.escapeRateHz().stderr();
            assertTrue(occErr > 0 && occErr < 0.05, "occupancy error of " + e.name() + ": " + occErr);
            assertEquals(occupancy, e.occupancy().value(), 4.5 * occErr, "time-weighted occupancy of " + e.name());
            if (e.hopsFrom() > 2000) {
                assertEquals(escape, e.escapeRateHz().value(), 4.5 * escErr, "escape rate from " + e.name());
            }
            distinguishable |= Math.abs(occupancy - ions / (double) sites) > 8 * occErr;
            assertEquals(e.hopsFrom(), java.util.Arrays.stream(e.hopsFromPerClass()).sum(), "per class adds up");
        }
        assertTrue(distinguishable, "the test cannot tell Boltzmann occupancies from uniform ones");

        assertTrue(stats.modelDetailedBalance());
        assertTrue(stats.balancePairsTested() >= 5, "pairs tested: " + stats.balancePairsTested());
        assertTrue(stats.balanceChiSquarePerPair() < 2.0,
                "forward and backward hops must balance: chi^2/pair = " + stats.balanceChiSquarePerPair());
    }

    /**
     * An imported kMCpy model (the shipped NASICON example, flagged as not detailed-balance
     * consistent): its hops are resolved by the occupancy pattern of their kMCpy environment, and
     * the run carries the model's flag next to the measured balance. (Measured here: χ²/pair ≈ 0.65
     * over 72 pairs at 298 K, i.e. its fluxes balance within counting statistics in this cell; the
     * diagnostic's power against a circulating current is shown by FluxBalanceDiagnosticTest.)
     */
    @Test
    void anImportedKmcpyModelIsResolvedByEnvironmentPatternAndFlagged(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("inputs/NASICON_kmcpy.yaml"))
                .replace("../lattices/", Path.of("lattices").toAbsolutePath() + "/")
                .replace("NASICON_kmcpy_kmcpy_model.json", Path.of("inputs/NASICON_kmcpy_kmcpy_model.json")
                        .toAbsolutePath().toString())
                .replace("NASICON_kmcpy_initial_occupancy.txt", Path.of("inputs/NASICON_kmcpy_initial_occupancy.txt")
                        .toAbsolutePath().toString())
                .replace("hops_per_ion: 2000", "hops_per_ion: 1000");
        Path deck = dir.resolve("nasicon.yaml");
        Files.writeString(deck, text);
        RunResult result = RunPipeline.forDeck(deck, RunOptions.defaults(), RunListener.SILENT).run();
        EnvironmentStatistics stats = result.temperatures().get(0).environments();
        assertNotNull(stats, "an environment-model run reports per-environment statistics");
        assertTrue(!stats.modelDetailedBalance(), "the kMCpy model is flagged");
        assertTrue(stats.hopEnvironments().size() > 5 && stats.hopEnvironments().get(0).name().contains("pattern"),
                "hops resolved by environment pattern: " + stats.hopEnvironments());
        long hops = stats.hopEnvironments().stream().mapToLong(EnvironmentStatistics.HopEnvironment::hops).sum();
        assertEquals(result.temperatures().get(0).totalHops(), hops, "every hop is in one environment");
        long from = stats.siteEnvironments().stream().mapToLong(EnvironmentStatistics.SiteEnvironment::hopsFrom).sum();
        assertEquals(hops, from, "every hop starts from one site environment");
    }

    /** e_k of the x's without sites a and b (−1: none), by the usual product recursion. */
    static double esym(double[] x, int k, int a, int b) {
        if (k < 0) return 0;
        double[] e = new double[k + 1];
        e[0] = 1;
        for (int s = 0; s < x.length; s++) {
            if (s == a || s == b) continue;
            for (int j = k; j >= 1; j--) e[j] += x[s] * e[j - 1];
        }
        return e[k];
    }
}
