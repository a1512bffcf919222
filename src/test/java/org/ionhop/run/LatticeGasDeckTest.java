package org.ionhop.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.output.RunResult;
import org.ionhop.output.TemperatureRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline (deck → CIF → network → rates → kMC → analysis) on a non-interacting lattice
 * gas on a simple-cubic lattice, against exact results: D0 = Γ a² with Γ = ν exp(−E/kT),
 * D_J = D0 (1 − c), Nernst–Einstein σ = n e² D_J / kT, and an Arrhenius slope of D_J equal to E.
 */
class LatticeGasDeckTest {
    private static final double A = LatticeGasDeckFixture.A;
    private static final double BARRIER = LatticeGasDeckFixture.BARRIER;
    private static final double NU = LatticeGasDeckFixture.NU;
    private static final double FILLING = LatticeGasDeckFixture.FILLING;

    static double d0Cm2PerS(double temperatureKelvin) {
        return NU * Math.exp(-BARRIER / (Units.KB_EV_PER_K * temperatureKelvin)) * A * A * Units.ANGSTROM2_TO_CM2;
    }

    @Test
    void jumpDiffusionConductivityAndArrheniusSlopeMatchTheLatticeGas(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[400, 500, 600]", 8, 0);
        RunResult result = RunPipeline.forDeck(deck, RunOptions.defaults(), RunListener.SILENT).run();
        for (TemperatureRecord rec : result.temperatures()) {
            TransportResult t = rec.transport();
            double expectedDj = d0Cm2PerS(t.temperatureKelvin()) * (1 - FILLING);
            double dj = t.jump().isotropic().value(), djErr = t.jump().isotropic().stderr();
            assertEquals(expectedDj, dj, 4 * djErr, "D_J at " + t.temperatureKelvin() + " K");
            // Tracer: D* = D0 (1-c) f(c) with f(c) strictly between the single-vacancy value 0.6531 and 1.
            double f = t.tracer().isotropic().value() / expectedDj;
            assertTrue(f > 0.6531 - 4 * t.tracer().isotropic().stderr() / expectedDj && f < 1, "f(c) = " + f);
            // Nernst-Einstein with n = ions / supercell volume.
            double n = 0.5 * 512 / (Math.pow(8 * A, 3) * Units.ANGSTROM3_TO_CM3);
            double sigma = n * Units.ELEMENTARY_CHARGE_C * Units.ELEMENTARY_CHARGE_C * dj
                    / (Units.KB_J_PER_K * t.temperatureKelvin());
            assertEquals(sigma, t.conductivitySPerCm().value(), 1e-9 * sigma, "Nernst-Einstein");
            // The pipeline's D_random for one site type is the exact uncorrelated reference
            // D0 (N - n)/(N - 1) (256 ions on 512 sites), not D0 (1 - c): f must be D* over that.
            double reportedF = t.correlationFactor().orElseThrow().value();
            double dRandom = d0Cm2PerS(t.temperatureKelvin()) * (512 - 256) / 511.0;
            assertEquals(t.tracer().isotropic().value() / dRandom, reportedF, 1e-9 * reportedF, "f = D*/D_random");
        }
        ArrheniusFit fit = result.arrhenius().jumpDiffusion().orElseThrow();
        assertEquals(BARRIER, fit.activationEnergyEv().value(), 4 * fit.activationEnergyEv().stderr(),
                "Arrhenius slope of D_J must be the barrier");
    }

    @Test
    void threadCountNeverChangesTheNumbers(@TempDir Path dir) throws IOException {
        Path deck = LatticeGasDeckFixture.write(dir, "[500]", 4, 1);
        TransportResult one = RunPipeline.forDeck(deck, new RunOptions(true, 1, null), RunListener.SILENT)
                .run().temperatures().get(0).transport();
        TransportResult four = RunPipeline.forDeck(deck, new RunOptions(true, 4, null), RunListener.SILENT)
                .run().temperatures().get(0).transport();
        assertEquals(one.tracer().isotropic(), four.tracer().isotropic());
        assertEquals(one.jump().isotropic(), four.jump().isotropic());
        assertArrayEquals(one.tracerMsd().lagSeconds(), four.tracerMsd().lagSeconds());
    }
}
