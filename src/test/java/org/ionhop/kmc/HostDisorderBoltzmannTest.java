package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ionhop.common.Units;
import org.ionhop.deck.Deck;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.EnergyLandscape;
import org.ionhop.rates.HostDisorderLandscape;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the engine: one Li ion in h-LiBH4 with I on half the BH4 sites, site energies shifted by
 * the number of I around each Li site. For a single ion the equilibrium occupancy is exactly
 * P(site) ∝ exp(−E_site/kT), so the fraction of time spent on sites with n I neighbours is
 * Σ_{count(s)=n} e^{−E_s/kT} / Z. Sampled at fixed time intervals, per replica; the error bar is the
 * scatter over independent replicas.
 */
class HostDisorderBoltzmannTest {
    private static final double KELVIN = 500;

    @Test
    void aSingleIonOccupiesSitesByTheirBoltzmannWeight(@TempDir Path dir) {
        String text = "structure: " + Path.of("lattices/LiBH4_P63mc.cif").toAbsolutePath() + "\n"
                + "species: {element: Li, charge: +1}\n"
                + "network: {sites: [Li1], cutoff_angstrom: 4.5}\n"
                + "supercell: [3, 3, 2]\n"
                + "carriers: {ions: 1}\n"
                + "hop_classes:\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.262, length_tolerance_angstrom: 0.005, barrier_eV: 0.25}\n"
                + "  - {from: Li1, to: Li1, length_angstrom: 4.276, length_tolerance_angstrom: 0.005, barrier_eV: 0.25}\n"
                + "temperatures_K: [500]\n"
                + "run: {hops_per_ion: 10, seed: 4}\n"
                + "host_disorder:\n"
                + "  mixtures: [{site: B1, species: {BH4: 0.5, I: 0.5}}]\n"
                + "  site_energy_rules:\n"
                + "    - {species: I, shell_angstrom: 4.0, energy_shift_eV: [0.0, -0.03, -0.06, -0.09, -0.12, -0.15, -0.18, -0.21, -0.24, -0.27, -0.30]}\n"
                + "  barrier_rules:\n"
                + "    - {species: I, shell_angstrom: 3.5, kra_shift_eV: [0.0, 0.04, 0.08, 0.12]}\n";
        DeckModel m = DeckModel.build(Deck.parse(text, dir.resolve("deck.yaml")));
        HopNetwork net = m.network();
        HostDisorderLandscape host = m.landscapeTerm(HostDisorderLandscape.class).orElseThrow();
        EnergyLandscape l = m.landscape();
        double kT = Units.KB_EV_PER_K * KELVIN;
        int sites = net.siteCount();
        int maxCount = 0;
        for (int s = 0; s < sites; s++) maxCount = Math.max(maxCount, host.siteCount(0, s));
        double[] exact = new double[maxCount + 1];
        double[] uniform = new double[maxCount + 1];
        double z = 0;
        for (int s = 0; s < sites; s++) {
            double w = Math.exp(-l.siteEnergyEv(s) / kT);
            exact[host.siteCount(0, s)] += w;
            uniform[host.siteCount(0, s)] += 1.0 / sites;
            z += w;
        }
        for (int n = 0; n <= maxCount; n++) exact[n] /= z;

        int replicas = 16;
        long hops = 200_000;
        double meanHopSeconds = 1 / (12 * 1e13 * Math.exp(-0.30 / kT)); // rough; only sets the sampling spacing
        KmcSettings settings = KmcSettings.of(Carriers.ions(1), RunLength.totalHops(hops), 3 * meanHopSeconds)
                .withEquilibration(RunLength.totalHops(2000)).withReplicas(replicas).withSeed(21);
        KmcSimulation sim = new KmcSimulation(net, m.rateParameters(KELVIN), settings);
        double[][] fraction = new double[replicas][maxCount + 1];
        for (int r = 0; r < replicas; r++) {
            ReplicaResult res = sim.runReplica(r);
            Trajectory t = res.trajectory();
            int start = res.ionStartSite()[0];
            for (int k = 0; k < t.sampleCount(); k++) {
                double[] p = new double[3];
                for (int c = 0; c < 3; c++) p[c] = net.siteCartesian()[3 * start + c] + t.displacement(k, 0, c);
                fraction[r][host.siteCount(0, siteAt(net, p))] += 1.0 / t.sampleCount();
            }
        }
        boolean distinguishable = false;
        for (int n = 0; n <= maxCount; n++) {
            if (exact[n] == 0) continue;
            double mean = 0, var = 0;
            for (double[] f : fraction) mean += f[n] / replicas;
            for (double[] f : fraction) var += (f[n] - mean) * (f[n] - mean) / (replicas - 1);
            double err = Math.sqrt(var / replicas);
            assertTrue(err > 0 && err < 0.1 * exact[n] + 0.005, "too noisy for count " + n + ": ± " + err);
            assertEquals(exact[n], mean, 4 * err, "time fraction on sites with " + n + " I neighbours");
            distinguishable |= Math.abs(exact[n] - uniform[n]) > 8 * err;
        }
        assertTrue(distinguishable, "the test could not tell Boltzmann occupancies from uniform ones");
    }

    /** The network site at a (periodically wrapped) Cartesian position. */
    private static int siteAt(HopNetwork net, double[] p) {
        double[] pos = net.siteCartesian();
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int s = 0; s < net.siteCount(); s++) {
            Vector3d d = net.supercellCell().toFractional(new Vector3d(p[0] - pos[3 * s], p[1] - pos[3 * s + 1],
                    p[2] - pos[3 * s + 2]), new Vector3d());
            d.set(d.x - Math.rint(d.x), d.y - Math.rint(d.y), d.z - Math.rint(d.z));
            double dist = net.supercellCell().toCartesian(d, new Vector3d()).length();
            if (dist < bestD) {
                bestD = dist;
                best = s;
            }
        }
        assertTrue(bestD < 1e-6, "sample position is not on a site: " + bestD + " Å away");
        return best;
    }
}
