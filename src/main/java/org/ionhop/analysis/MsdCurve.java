package org.ionhop.analysis;

/**
 * Mean-square-displacement tensor versus time lag.
 *
 * @param lagSeconds      time lags, s (the first is 0)
 * @param tensorAngstrom2 [lag][a][b] = &lt;Δr_a Δr_b&gt;, Å². Tracer: averaged over ions and time
 *                        origins. Collective: &lt;(Σ_k Δr_k)_a (Σ_k Δr_k)_b&gt; / N over time origins.
 */
public record MsdCurve(double[] lagSeconds, double[][][] tensorAngstrom2) {

    public MsdCurve {
        if (lagSeconds.length != tensorAngstrom2.length) {
            throw new IllegalArgumentException("one 3x3 MSD tensor per lag expected");
        }
    }

    public int lagCount() { return lagSeconds.length; }

    /** Trace of the tensor at a lag: the ordinary MSD &lt;|Δr|²&gt;, Å². */
    public double trace(int lag) {
        double[][] m = tensorAngstrom2[lag];
        return m[0][0] + m[1][1] + m[2][2];
    }

    /** Element-wise mean of curves that share one lag grid. */
    static MsdCurve mean(java.util.List<MsdCurve> curves) {
        MsdCurve first = curves.get(0);
        int lags = first.lagCount();
        double[][][] sum = new double[lags][3][3];
        for (MsdCurve c : curves) {
            if (c.lagCount() != lags) throw new IllegalArgumentException("MSD curves on different lag grids");
            for (int l = 0; l < lags; l++) {
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) sum[l][a][b] += c.tensorAngstrom2[l][a][b] / curves.size();
                }
            }
        }
        return new MsdCurve(first.lagSeconds.clone(), sum);
    }
}
