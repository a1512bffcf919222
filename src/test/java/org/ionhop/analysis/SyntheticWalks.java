package org.ionhop.analysis;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.ionhop.kmc.Trajectory;

/**
 * Continuous-time random walks on a simple-cubic lattice with exactly known statistics, sampled on a
 * uniform grid. Hops along ±x, ±y, ±z occur as Poisson processes with rate perDirectionHz[axis] each,
 * lattice constant a, so D_axis = Γ_axis a² exactly (per axis: rate 2Γ of steps ±a gives
 * &lt;x²&gt; = 2Γa²t = 2Dt). Because Poisson processes are memoryless, drawing a Poisson number of hops
 * per sample interval reproduces the continuous-time walk exactly at the sample times.
 *
 * <p>With groupSize g > 1, ions move in rigid groups of g (identical displacements): the tracer D is
 * unchanged but |Σ_k Δr_k|² = g² (N/g) &lt;|Δr|²&gt;, so D_J = g D* and H = 1/g exactly.
 */
public final class SyntheticWalks {
    public final double latticeAngstrom;
    public final double[] perDirectionHz;
    public final int ions;
    public final int groupSize;
    public final int samples;
    public final double intervalSeconds;

    public SyntheticWalks(double latticeAngstrom, double[] perDirectionHz, int ions, int groupSize,
                          int samples, double intervalSeconds) {
        if (ions % groupSize != 0) throw new IllegalArgumentException("ions must be a multiple of groupSize");
        this.latticeAngstrom = latticeAngstrom;
        this.perDirectionHz = perDirectionHz.clone();
        this.ions = ions;
        this.groupSize = groupSize;
        this.samples = samples;
        this.intervalSeconds = intervalSeconds;
    }

    /** Exact tracer D along an axis, cm²/s. */
    public double exactTracerCm2PerS(int axis) {
        return perDirectionHz[axis] * latticeAngstrom * latticeAngstrom * 1e-16;
    }

    /** Exact trace/3 of the tracer tensor, cm²/s. */
    public double exactTracerIsoCm2PerS() {
        return (exactTracerCm2PerS(0) + exactTracerCm2PerS(1) + exactTracerCm2PerS(2)) / 3;
    }

    public double exactHavenRatio() { return 1.0 / groupSize; }

    public List<Trajectory> generate(long seed, int replicas) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double total = 2 * (perDirectionHz[0] + perDirectionHz[1] + perDirectionHz[2]);
        PoissonSampler hops = total > 0 ? new PoissonSampler(rng, total * intervalSeconds) : null;
        List<Trajectory> out = new ArrayList<>();
        for (int r = 0; r < replicas; r++) {
            double[] d = new double[samples * ions * 3];
            double[] pos = new double[3];
            for (int g = 0; g < ions / groupSize; g++) {
                pos[0] = pos[1] = pos[2] = 0;
                for (int s = 1; s < samples; s++) {
                    int n = hops == null ? 0 : hops.sample();
                    for (int h = 0; h < n; h++) {
                        double u = rng.nextDouble() * total;
                        int axis = u < 2 * perDirectionHz[0] ? 0 : u < 2 * (perDirectionHz[0] + perDirectionHz[1]) ? 1 : 2;
                        pos[axis] += rng.nextBoolean() ? latticeAngstrom : -latticeAngstrom;
                    }
                    for (int k = g * groupSize; k < (g + 1) * groupSize; k++) {
                        System.arraycopy(pos, 0, d, (s * ions + k) * 3, 3);
                    }
                }
            }
            out.add(new Trajectory(intervalSeconds, samples, ions, d));
        }
        return out;
    }

    /**
     * P(|T| &lt; 1) for Student's t with nu degrees of freedom: the coverage of estimate ± stderr when
     * the stderr is itself estimated from nu+1 units. With x = √nu tanθ the density becomes ∝ cos^(nu−1)θ,
     * so P = ∫_0^atan(1/√nu) cos^(nu−1) / ∫_0^(π/2) cos^(nu−1), integrated by Simpson's rule.
     */
    public static double studentCoverageOfOneSigma(int nu) {
        return simpsonCosPower(nu - 1, Math.atan(1 / Math.sqrt(nu))) / simpsonCosPower(nu - 1, Math.PI / 2);
    }

    private static double simpsonCosPower(int p, double upper) {
        int n = 20000;
        double h = upper / n, s = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            s += w * Math.pow(Math.cos(i * h), p);
        }
        return s * h / 3;
    }

    /** Half-width of a 3σ binomial acceptance band for a fraction p observed over n trials. */
    public static double binomialBand(double p, int n) {
        return 3 * Math.sqrt(p * (1 - p) / n);
    }
}
