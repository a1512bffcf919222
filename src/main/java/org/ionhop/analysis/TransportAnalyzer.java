package org.ionhop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ionhop.common.Units;
import org.ionhop.kmc.Trajectory;

/**
 * Turns the replica trajectories of one temperature into D*, D_J, the Haven ratio and the
 * Nernst–Einstein conductivity, with standard errors.
 *
 * <p>D is the least-squares slope (with intercept) of MSD/2 over the fit window, computed per
 * independent unit; values are the means over units and errors the standard errors of those means.
 * The units are the replicas when there are at least {@link AnalysisSettings#minStatisticalUnits()};
 * otherwise each replica is cut into equal time blocks (block averaging, e.g. 8 blocks for a
 * single replica), each analysed as its own trajectory. Blocks of one Markovian hopping
 * trajectory are independent once they are much longer than the velocity-correlation time (a few
 * hops), which is what {@link AnalysisSettings#minBlockIntervals()} guards.
 */
public final class TransportAnalyzer {
    private final AnalysisSettings settings;
    private final MsdCalculator msd;
    private final int threads;

    public TransportAnalyzer(AnalysisSettings settings) {
        this(settings, 1);
    }

    private TransportAnalyzer(AnalysisSettings settings, int threads) {
        this.settings = settings;
        this.msd = new MsdCalculator(settings.maxLagCount(), settings.maxOriginsPerLag());
        this.threads = threads;
    }

    /**
     * The same analysis with the MSD sums (almost all of its time) spread over up to {@code threads}
     * threads, one sum per replica or block. Each sum is still done by one thread in the same order,
     * so the results are identical for any thread count.
     */
    public TransportAnalyzer withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        return new TransportAnalyzer(settings, threads);
    }

    /**
     * @param temperatureKelvin           temperature, K (for Nernst–Einstein)
     * @param replicas                    one trajectory per replica, all on the same time grid and ion count
     * @param ionsPerCm3                  mobile-ion density, cm⁻³
     * @param chargeNumber                charge number z of the mobile ion
     * @param randomWalkDiffusionCm2PerS  uncorrelated-walk D_random = (1/6) Σ_h Γ_h |r_h|² (orientation
     *                                    average, same normalisation as D_iso), cm²/s, or NaN if unknown
     */
    public TransportResult analyze(double temperatureKelvin, List<Trajectory> replicas, double ionsPerCm3,
                                   int chargeNumber, double randomWalkDiffusionCm2PerS) {
        Trajectory first = checkConsistent(replicas);
        int intervals = first.sampleCount() - 1;
        int blocks = blocksPerReplica(replicas.size(), intervals);
        int blockIntervals = intervals / blocks;

        List<java.util.concurrent.Callable<MsdCalculator.Pair>> sums = new ArrayList<>();
        for (Trajectory t : replicas) sums.add(() -> msd.compute(t, 0, intervals));
        if (blocks > 1) {
            for (Trajectory t : replicas) {
                for (int b = 0; b < blocks; b++) {
                    int blockStart = b * blockIntervals;
                    sums.add(() -> msd.compute(t, blockStart, blockIntervals));
                }
            }
        }
        List<MsdCalculator.Pair> all = computeAll(sums);
        List<MsdCalculator.Pair> full = all.subList(0, replicas.size());
        List<MsdCalculator.Pair> units = blocks == 1 ? full : all.subList(replicas.size(), all.size());

        int[] window = fitLags(units.get(0).tracer());
        double[][][] tracerUnits = new double[units.size()][][];
        double[][][] jumpUnits = new double[units.size()][][];
        for (int u = 0; u < units.size(); u++) {
            tracerUnits[u] = diffusionTensorCm2PerS(units.get(u).tracer(), window);
            jumpUnits[u] = diffusionTensorCm2PerS(units.get(u).collective(), window);
        }
        DiffusionTensor tracer = DiffusionTensor.fromUnits(tracerUnits);
        DiffusionTensor jump = DiffusionTensor.fromUnits(jumpUnits);
        Estimate haven = UnitStatistics.ratioOfMeans(traceOver3(tracerUnits), traceOver3(jumpUnits));
        Optional<Estimate> f = Double.isFinite(randomWalkDiffusionCm2PerS) && randomWalkDiffusionCm2PerS > 0
                ? Optional.of(tracer.isotropic().times(1.0 / randomWalkDiffusionCm2PerS))
                : Optional.empty();
        Estimate sigma = jump.isotropic().times(
                NernstEinstein.conductivitySPerCm(ionsPerCm3, chargeNumber, 1.0, temperatureKelvin));

        List<String> problems = new ArrayList<>();
        tracer.negativeIsotropic("D*").ifPresent(problems::add);
        jump.negativeIsotropic("D_J").ifPresent(problems::add);
        List<String> tensorProblems = new ArrayList<>();
        tracer.negativePrincipalValue("D*", settings.networkDimensionality()).ifPresent(tensorProblems::add);
        jump.negativePrincipalValue("D_J", settings.networkDimensionality()).ifPresent(tensorProblems::add);
        MsdCurve unitLags = units.get(0).tracer();
        return new TransportResult(temperatureKelvin,
                MsdCurve.mean(full.stream().map(MsdCalculator.Pair::tracer).toList()),
                MsdCurve.mean(full.stream().map(MsdCalculator.Pair::collective).toList()),
                settings.fitWindow(), unitLags.lagSeconds()[window[0]], unitLags.lagSeconds()[window[1]],
                tracer, jump, haven, f, sigma, ionsPerCm3, chargeNumber,
                blocks == 1 ? ErrorSource.REPLICAS : ErrorSource.TIME_BLOCKS, units.size(), replicas.size(), problems,
                tensorProblems);
    }

    /** Runs the MSD sums on up to {@link #threads} threads; results in the order given. */
    private List<MsdCalculator.Pair> computeAll(List<java.util.concurrent.Callable<MsdCalculator.Pair>> sums) {
        List<MsdCalculator.Pair> out = new ArrayList<>();
        int n = Math.min(threads, sums.size());
        if (n <= 1) {
            for (var sum : sums) out.add(call(sum));
            return out;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, task -> {
            Thread th = new Thread(task, "ionhop-analysis");
            th.setDaemon(true);
            return th;
        });
        try {
            List<java.util.concurrent.Future<MsdCalculator.Pair>> futures = new ArrayList<>();
            for (var sum : sums) futures.add(pool.submit(sum));
            for (var f : futures) out.add(org.ionhop.kmc.Futures.await(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static MsdCalculator.Pair call(java.util.concurrent.Callable<MsdCalculator.Pair> sum) {
        try {
            return sum.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why trajectories of {@code samples} grid points from {@code replicas} replicas could not be
     * analysed, or null when they can: the same units, lags and fit window as {@link #analyze}, so a
     * deck is refused before the run instead of after it.
     */
    public String samplingProblem(int samples, int replicas) {
        if (samples < 3) {
            return "a trajectory needs at least 3 samples (two sample intervals) for an MSD slope, got " + samples;
        }
        int intervals = samples - 1;
        int unitIntervals = intervals / blocksPerReplica(replicas, intervals);
        int lagStep = (unitIntervals + settings.maxLagCount() - 1) / settings.maxLagCount();
        double[] lags = new double[unitIntervals / lagStep + 1];
        for (int i = 0; i < lags.length; i++) lags[i] = (double) i * lagStep;
        return fitLags(lags) == null ? fitWindowProblem(lags.length - 1) : null;
    }

    private String fitWindowProblem(int lagCount) {
        return "the fit window " + settings.fitWindow().startFraction() + "-" + settings.fitWindow().endFraction()
                + " of the longest time lag holds fewer than two of the " + lagCount + " time lags";
    }

    private static Trajectory checkConsistent(List<Trajectory> replicas) {
        if (replicas.isEmpty()) throw new IllegalArgumentException("no trajectories to analyse");
        Trajectory first = replicas.get(0);
        for (Trajectory t : replicas) {
            if (t.sampleCount() != first.sampleCount() || t.ionCount() != first.ionCount()
                    || t.sampleIntervalSeconds() != first.sampleIntervalSeconds()) {
                throw new IllegalArgumentException("replica trajectories must share sample count, interval and ion count");
            }
        }
        if (first.ionCount() == 0) throw new IllegalArgumentException("trajectories have no ions");
        if (first.sampleCount() < 3) throw new IllegalArgumentException("a trajectory needs at least 3 samples");
        return first;
    }

    private int blocksPerReplica(int replicaCount, int intervals) {
        if (replicaCount >= settings.minStatisticalUnits()) return 1;
        int wanted = (settings.minStatisticalUnits() + replicaCount - 1) / replicaCount;
        return Math.max(1, Math.min(wanted, intervals / settings.minBlockIntervals()));
    }

    /** First and last lag index inside the fit window; at least two lags, lag 0 excluded. */
    private int[] fitLags(MsdCurve curve) {
        int[] window = fitLags(curve.lagSeconds());
        if (window == null) {
            throw new IllegalArgumentException(fitWindowProblem(curve.lagSeconds().length - 1)
                    + "; record more samples or widen the window");
        }
        return window;
    }

    /** As {@link #fitLags(MsdCurve)} on lag times (lag 0 first), null when fewer than two lags fit. */
    private int[] fitLags(double[] lags) {
        double longest = lags[lags.length - 1];
        double lo = settings.fitWindow().startFraction() * longest * (1 - 1e-12);
        double hi = settings.fitWindow().endFraction() * longest * (1 + 1e-12);
        int a = -1, b = -1;
        for (int i = 1; i < lags.length; i++) {
            if (lags[i] >= lo && lags[i] <= hi) {
                if (a < 0) a = i;
                b = i;
            }
        }
        return a < 0 || b - a < 1 ? null : new int[] {a, b};
    }

    private static double[][] diffusionTensorCm2PerS(MsdCurve curve, int[] window) {
        int n = window[1] - window[0] + 1;
        double[] t = new double[n];
        double[] y = new double[n];
        double[][] d = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                for (int i = 0; i < n; i++) {
                    t[i] = curve.lagSeconds()[window[0] + i];
                    y[i] = curve.tensorAngstrom2()[window[0] + i][a][b];
                }
                d[a][b] = d[b][a] = 0.5 * LineFit.unweighted(t, y).slope() * Units.ANGSTROM2_TO_CM2;
            }
        }
        return d;
    }

    private static double[] traceOver3(double[][][] tensors) {
        double[] out = new double[tensors.length];
        for (int u = 0; u < tensors.length; u++) out[u] = (tensors[u][0][0] + tensors[u][1][1] + tensors[u][2][2]) / 3;
        return out;
    }
}
