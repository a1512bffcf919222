package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.SyntheticWalks;
import org.junit.jupiter.api.Test;

/**
 * End-to-end honesty of the activation energy: random walks at three temperatures with a known
 * barrier (rates ν exp(−Ea/kB T)) → per-temperature D and sigma with errors from 8 replicas →
 * Arrhenius fit. Over 200 independent runs, |Ea − exact| < stderr must hold about 68% of the time.
 * (Without the Student-t variance factor for the per-temperature errors the coverage drops to
 * ~55%; this test guards it.)
 */
class RunPipelineHonestyTest {

    @Test
    void activationEnergyErrorsAreHonestOverRepeatedRuns() {
        int runs = 200;
        int[] hits = new int[3];
        for (int i = 0; i < runs; i++) {
            RunResult run = SampleRun.create(5000 + 17L * i);
            hits[0] += within(run.arrhenius().tracerDiffusion().orElseThrow());
            hits[1] += within(run.arrhenius().jumpDiffusion().orElseThrow());
            hits[2] += within(run.arrhenius().conductivity().orElseThrow());
        }
        double p = 0.682689492;
        String[] names = {"Ea(D*)", "Ea(D_J)", "Ea(sigma T)"};
        for (int k = 0; k < 3; k++) {
            assertEquals(p, hits[k] / (double) runs, SyntheticWalks.binomialBand(p, runs), names[k] + " coverage");
        }
    }

    private static int within(ArrheniusFit fit) {
        return Math.abs(fit.activationEnergyEv().value() - SampleRun.EA_EV) < fit.activationEnergyEv().stderr() ? 1 : 0;
    }
}
