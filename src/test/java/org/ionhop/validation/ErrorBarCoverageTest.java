package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.analysis.AnalysisSettings;
import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.Estimate;
import org.ionhop.analysis.StudentT;
import org.ionhop.analysis.TransportAnalyzer;
import org.ionhop.analysis.TransportResult;
import org.ionhop.common.Units;
import org.ionhop.crystal.StandardLattices;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.RunLength;
import org.ionhop.kmc.Trajectory;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;
import org.junit.jupiter.api.Test;

/**
 * Do the standard errors IonHop reports mean what they say? Many independent kMC runs of cases with exact
 * answers, analysed with the DEFAULT production settings (fit window 10–50 %, errors from the replicas):
 * the fraction of runs whose result lies within ±1 and ±2 reported standard errors of the exact value must
 * match the Student-t coverage at the error's degrees of freedom (68.3 % / 95.4 % for a normal error;
 * 66.7 % / 93.6 % for 15 degrees of freedom), to within the binomial 3σ band of the number of runs.
 * The runs are tiny (64 sites) so that 100 of each take seconds; the estimator, not the cell, is under test.
 * More runs: {@code mvn test -Dtest=ErrorBarCoverageTest -Dionhop.coverage.runs=400} (numbers in
 * validation/README.md).
 */
class ErrorBarCoverageTest {
    private static final int RUNS = Integer.getInteger("ionhop.coverage.runs", 100);
    private static final HopNetwork SC = ValidationLattices.nearestNeighbour(StandardLattices.simpleCubic(2.0), 4, 4, 4);

    /** Non-interacting lattice gas, 4 ions on 64 sites (H ≈ 1, where a noisy D_J shows most): D_J = D0 (N − n)/(N − 1). */
    @Test
    void jumpDiffusionErrorsCoverTheExactValue() {
        int ions = 4, replicas = 16;
        RateParameters p = EngineRuns.uniform(SC);
        double exact = d0Cm2PerS(p, EngineRuns.T_KELVIN) * (SC.siteCount() - ions) / (SC.siteCount() - 1.0);
        Coverage dj = new Coverage("D_J lattice gas 4/64, 16 replicas", replicas - 1);
        for (int run = 0; run < RUNS; run++) {
            TransportResult r = run(p, ions, replicas, 200, 1000 + run);
            dj.add(r.jump().isotropic(), exact);
        }
        dj.check();
    }

    /** One vacancy: H = D* / D_J = f_N (finite-cell Compaan–Haven factor) exactly. */
    @Test
    void havenRatioErrorsCoverTheExactValue() {
        int replicas = 16;
        RateParameters p = EngineRuns.uniform(SC);
        ReferenceLibrary lib = ReferenceLibrary.load(java.nio.file.Path.of("validation/references.yaml"));
        double fN = lib.get("f-vacancy-sc").value() + lib.get("f-vacancy-sc-finite-cell-c").value() / SC.siteCount();
        Coverage h = new Coverage("H single vacancy 63/64, 16 replicas", replicas - 1);
        for (int run = 0; run < RUNS; run++) {
            TransportResult r = run(p, SC.siteCount() - 1, replicas, 60 * SC.siteCount(), 5000 + run);
            h.add(r.havenRatio(), fN);
        }
        h.check();
    }

    /** Arrhenius Ea of D_J over three temperatures, 8 replicas each: Ea = the one barrier exactly. */
    @Test
    void activationEnergyErrorsCoverTheBarrier() {
        int ions = 4, replicas = 8;
        double[] temperatures = {500, 600, 700};
        Coverage ea = new Coverage("Ea(D_J) 500-700 K, 8 replicas per T", Double.POSITIVE_INFINITY);
        for (int run = 0; run < RUNS; run++) {
            List<TransportResult> results = new ArrayList<>();
            for (double t : temperatures) {
                RateParameters p = RateParameters.uniform(SC.classes().size(), SC.siteLabels().size(),
                        EngineRuns.BARRIER_EV, EngineRuns.NU_HZ, t);
                results.add(run(p, ions, replicas, 200, 9000 + 10L * run + (long) t));
            }
            ArrheniusFit fit = ArrheniusSummary.of(results).jumpDiffusion().orElseThrow();
            ea.add(fit.activationEnergyEv(), EngineRuns.BARRIER_EV);
        }
        ea.check();
    }

    private static TransportResult run(RateParameters p, int ions, int replicas, double hopsPerIon, long seed) {
        double attemptTime = 1 / (6 * p.attemptFrequencyHz()[0] * Math.exp(-p.kraBarrierEv()[0]
                / (Units.KB_EV_PER_K * p.temperatureKelvin())));
        double length = hopsPerIon * attemptTime;
        KmcSettings s = KmcSettings.of(ions == SC.siteCount() - 1 ? Carriers.vacancies(1) : Carriers.ions(ions),
                        RunLength.seconds(length), length / 200)
                .withEquilibration(RunLength.hopsPerIon(5)).withReplicas(replicas).withThreads(0).withSeed(seed);
        List<ReplicaResult> rs = new KmcSimulation(SC, p, s).run();
        List<Trajectory> t = rs.stream().map(ReplicaResult::trajectory).toList();
        return new TransportAnalyzer(AnalysisSettings.defaults()).analyze(p.temperatureKelvin(), t, 1.0, 1, Double.NaN);
    }

    private static double d0Cm2PerS(RateParameters p, double kelvin) {
        KmcSimulation probe = new KmcSimulation(SC, p, KmcSettings.of(Carriers.ions(1), RunLength.none(), 1));
        return AnalyticResults.randomWalkDiffusionAngstrom2PerS(SC, probe.rateModel(), 0) * Units.ANGSTROM2_TO_CM2;
    }

    /** Counts of |estimate − exact| ≤ 1 and ≤ 2 standard errors, checked against Student t. */
    private static final class Coverage {
        private final String name;
        private final double dof;
        private int n, in1, in2;

        Coverage(String name, double dof) {
            this.name = name;
            this.dof = dof;
        }

        void add(Estimate e, double exact) {
            double z = Math.abs(e.value() - exact) / e.stderr();
            n++;
            if (z <= 1) in1++;
            if (z <= 2) in2++;
        }

        void check() {
            double p1 = StudentT.twoSidedProbability(1, dof), p2 = StudentT.twoSidedProbability(2, dof);
            System.out.printf(Locale.ROOT, "coverage %s: %d runs, within 1σ %.1f %% (expected %.1f), within 2σ %.1f %% "
                    + "(expected %.1f)%n", name, n, 100.0 * in1 / n, 100 * p1, 100.0 * in2 / n, 100 * p2);
            assertEquals(p1, (double) in1 / n, 3 * Math.sqrt(p1 * (1 - p1) / n), name + ": fraction within 1σ");
            assertEquals(p2, (double) in2 / n, 3 * Math.sqrt(p2 * (1 - p2) / n), name + ": fraction within 2σ");
        }
    }
}
