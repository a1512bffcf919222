package org.ionhop.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.ionhop.common.Units;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.ionhop.validation.ReplicaStatistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Non-interacting lattice gas with site exclusion at filling c. The centre-of-mass displacement is
 * a martingale (on every periodic line, occupied→empty pairs equal empty→occupied pairs), so
 * D_J = Γ a² <#(occupied, empty) neighbour pairs> / (z N) exactly, which on N sites with n ions is
 * D0 (N - n)/(N - 1) → D0 (1 - c). The Haven ratio H_R = D* / D_J = f(c) must lie between the
 * single-vacancy Compaan–Haven value and 1, and fall as c grows.
 */
class LatticeGasTest {
    private static final double A = TestLattices.A;
    private static final double BARRIER_EV = 0.3;
    private static final double NU_HZ = 1e13;
    private static final double T_KELVIN = 600;
    private static final double F_SINGLE_VACANCY_SC = 0.65311;

    /** Each filling with the large-lattice bitmap selector and with the uniform-rate draw (rejection of blocked hops). */
    static Stream<Arguments> cases() {
        return Stream.of(0.1, 0.5, 0.8).flatMap(c -> Stream.of(Arguments.of(c, SelectorKind.BITMAP),
                Arguments.of(c, SelectorKind.UNIFORM_RATE)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void jumpDiffusionIsD0TimesOneMinusC(double c, SelectorKind selector) {
        HopNetwork net = TestLattices.simpleCubic(8);
        int n = (int) Math.round(c * net.siteCount());
        double gamma = NU_HZ * Math.exp(-BARRIER_EV / (Units.KB_EV_PER_K * T_KELVIN));
        double d0 = gamma * A * A; // (1/6) z Γ a², z = 6
        double theory = d0 * (net.siteCount() - n) / (net.siteCount() - 1.0);
        double hopTime = 1 / (6 * gamma);  // mean time between hop attempts of one ion
        int samples = 1200;
        KmcSettings s = KmcSettings.of(Carriers.ionFraction(c), RunLength.seconds(samples * 2 * hopTime), 2 * hopTime)
                .withEquilibration(RunLength.hopsPerIon(5)).withReplicas(8).withSeed(31)
                .withSelector(selector);
        List<ReplicaResult> rs = new KmcSimulation(net, RateParameters.uniform(1, 1, BARRIER_EV, NU_HZ, T_KELVIN), s).run();
        var dj = ReplicaStatistics.overReplicas(rs, r -> ReplicaStatistics.jumpDiffusion(r.trajectory(), 1, 3));
        assertTrue(dj.error() < 0.02 * theory, "too noisy: " + dj);
        assertTrue(dj.agreesWith(theory, 3), "D_J = " + dj + " Å²/s, theory D0(1-c) = " + theory + " at c = " + c);

        // Tracer D* over long windows (100 attempts per ion), so the correlation has built up.
        var tracer = ReplicaStatistics.overReplicas(rs, r -> ReplicaStatistics.tracerDiffusion(r.trajectory(), 50, 3));
        double haven = tracer.mean() / dj.mean();
        double havenError = haven * Math.hypot(tracer.error() / tracer.mean(), dj.error() / dj.mean());
        assertTrue(haven < 1 + 3 * havenError && haven > F_SINGLE_VACANCY_SC - 3 * havenError,
                "H_R = " + haven + " ± " + havenError + " outside [f_vacancy, 1] at c = " + c);
        if (c >= 0.5) {
            assertTrue(haven < 1 - 3 * havenError, "H_R = " + haven + " ± " + havenError + " shows no correlation at c = " + c);
        }
    }
}
