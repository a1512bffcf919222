package org.ionhop.validation;

import java.util.List;

import org.ionhop.analysis.AnalysisSettings;
import org.ionhop.analysis.FitWindow;
import org.ionhop.analysis.TransportAnalyzer;
import org.ionhop.analysis.TransportResult;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSimulation;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.Trajectory;
import org.ionhop.network.HopNetwork;
import org.ionhop.rates.RateParameters;

/**
 * The pieces the analytic cases share: one barrier everywhere, running the engine directly, and the
 * production transport analysis of its trajectories (so the cases check the analysis users get).
 */
final class EngineRuns {
    /** Barrier, attempt frequency and temperature of the uniform-rate analytic cases (values are arbitrary: the results scale with Γ). */
    static final double BARRIER_EV = 0.3;
    static final double NU_HZ = 1e13;
    static final double T_KELVIN = 600;

    private EngineRuns() {}

    static RateParameters uniform(HopNetwork net) {
        return RateParameters.uniform(net.classes().size(), net.siteLabels().size(), BARRIER_EV, NU_HZ, T_KELVIN);
    }

    static List<ReplicaResult> run(HopNetwork net, RateParameters p, KmcSettings s) {
        return new KmcSimulation(net, p, s).run();
    }

    /**
     * Fit window for quantities whose MSD is exactly linear at every lag (random walk, lattice-gas D_J):
     * short lags give many independent windows per replica, so small errors, without any bias.
     */
    static final FitWindow SHORT_LAGS = new FitWindow(0.002, 0.01);

    /**
     * D*, D_J and the Haven ratio by the production {@link TransportAnalyzer} (default settings except
     * the fit window), no conductivity.
     */
    static TransportResult analyze(double temperatureKelvin, List<ReplicaResult> replicas, FitWindow window) {
        List<Trajectory> t = replicas.stream().map(ReplicaResult::trajectory).toList();
        return new TransportAnalyzer(AnalysisSettings.defaults().withFitWindow(window))
                .analyze(temperatureKelvin, t, 1.0, 1, Double.NaN);
    }

    /** Degrees of freedom of the analyzer's standard errors. */
    static double dof(TransportResult r) { return r.statisticalUnits() - 1; }

    static double seconds(long startNanos) { return (System.nanoTime() - startNanos) * 1e-9; }
}
