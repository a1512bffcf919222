package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ionhop.analysis.RegionStatistics;
import org.ionhop.analysis.StudentT;
import org.ionhop.common.Units;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.kmc.SiteZones;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.RegionMap;
import org.ionhop.rates.CompositeDecks;
import org.ionhop.rates.DeckModel;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-zone outputs of a composite against exact results, one tracer on a laminate with interface
 * bands whose sites are lower in energy than either phase:
 * <ul>
 * <li>time-averaged share of the tracer in each zone = Σ_{s in zone} e^{−E_s/kT} / Z (detailed
 *   balance across the boundaries, whatever the barriers);</li>
 * <li>each zone's own D* along the layers = Γ_zone a²: every in-plane hop from a zone's sites has
 *   that zone's barrier and no energy change, so the displacement accumulated in the zone is a
 *   sum of independent ±a steps at rate Γ_zone for the time spent there.</li>
 * </ul>
 */
class CompositeZoneStatisticsTest {
    @TempDir Path dir;

    private static final double KELVIN = 600;

    @Test
    void tracerOccupiesZonesByBoltzmannAndEachZoneHasItsOwnDiffusion() {
        String regions = """
                regions:
                  layers: {normal: c, stack: [{phase: A, thickness_cells: 4}, {phase: B, thickness_cells: 4}]}
                  phases:
                    - {name: A}
                    - {name: B, barrier_shift_eV: -0.10, site_energy_shift_eV: 0.04}
                  interfaces:
                    - {between: [A, B], width_angstrom: 3.0, barrier_shift_eV: -0.05, site_energy_shift_eV: -0.03}
                """;
        DeckModel model = DeckModel.build(CompositeDecks.deck(dir, 3, 3, 8, "{ions: 1}", regions));
        HopNetwork net = model.network();
        RegionMap map = model.regionMap();
        RateParameters p = model.rateParameters(KELVIN);
        RateModel rates = new KmcSimulation(net, p, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1)).rateModel();
        int zones = map.zoneCount();
        assertEquals(List.of("A", "B", "interface A|B"), map.zoneNames());

        double kT = Units.KB_EV_PER_K * KELVIN;
        double[] weight = new double[zones];
        double z = 0;
        for (int s = 0; s < net.siteCount(); s++) {
            double w = Math.exp(-rates.siteEnergyEv(s) / kT);
            weight[map.zoneOf(s)] += w;
            z += w;
        }
        // In-plane rate of each zone, from a hop along +a out of one of its sites.
        double[] gamma = new double[zones];
        for (int s = 0; s < net.siteCount(); s++) {
            for (int h = net.hopStart()[s]; h < net.hopStart()[s + 1]; h++) {
                if (net.hopVector()[3 * h] > 1) gamma[map.zoneOf(s)] = rates.isolatedRateHz(h);
            }
        }

        double hopTime = 1 / (6 * gamma[2]);
        long hops = 20_000;
        KmcSettings s = KmcSettings.of(Carriers.ions(1), RunLength.seconds(hops * hopTime), hops * hopTime / 10)
                .withEquilibration(RunLength.totalHops(500)).withReplicas(256).withThreads(2).withSeed(5);
        SiteZones siteZones = new SiteZones(map.siteZones(), zones, null, null);
        List<ReplicaResult> rs = new KmcSimulation(net, p, s, siteZones).run();
        RegionStatistics st = RegionStatistics.of(map.zoneNames(), map.siteZones(), rs);

        double q = StudentT.twoSidedQuantile(StudentT.THREE_SIGMA_COVERAGE, rs.size() - 1);
        double a = CompositeDecks.A;
        for (int k = 0; k < zones; k++) {
            double expected = weight[k] / z;
            var got = st.carrierFraction()[k];
            assertTrue(got.stderr() < 0.1 * expected, "zone " + k + " occupancy error too wide: " + got);
            assertTrue(Math.abs(got.value() - expected) <= q * got.stderr(),
                    "zone " + map.zoneNames().get(k) + ": tracer share " + got + ", Boltzmann " + expected);

            double inPlane = (st.tracerCm2PerS()[k][0] + st.tracerCm2PerS()[k][4]) / 2;
            double err = Math.hypot(st.tracerStderrCm2PerS()[k][0], st.tracerStderrCm2PerS()[k][4]) / 2;
            double theory = gamma[k] * a * a * Units.ANGSTROM2_TO_CM2;
            assertTrue(err < 0.12 * theory, "zone " + k + " D* error too wide: " + err + " vs " + theory);
            assertTrue(Math.abs(inPlane - theory) <= q * err, "zone " + map.zoneNames().get(k) + ": D*_in-plane "
                    + inPlane + " ± " + err + " cm²/s, exact Γ a² = " + theory);
        }
        // the three zones have clearly different mobilities, so the per-zone D* resolves them
        assertTrue(gamma[1] > 3 * gamma[0] && gamma[2] > 1.5 * gamma[0]);
        double hopShare = 0;
        for (var h : st.hopFraction()) hopShare += h.value();
        assertEquals(1.0, hopShare, 1e-12);
    }
}
