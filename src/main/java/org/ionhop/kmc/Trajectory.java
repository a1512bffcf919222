package org.ionhop.kmc;

/**
 * Unwrapped displacements of every ion on a uniform time grid, as one replica recorded them.
 * Sample s is at time {@code s * sampleIntervalSeconds} after the end of equilibration; sample 0 is
 * all zeros. Displacements are exact across periodic boundaries (summed hop vectors), in Å.
 */
public final class Trajectory {
    private final double sampleIntervalSeconds;
    private final int sampleCount;
    private final int ionCount;
    private final double[] displacementAngstrom; // [sample][ion][xyz] flattened

    public Trajectory(double sampleIntervalSeconds, int sampleCount, int ionCount, double[] displacementAngstrom) {
        if (!(sampleIntervalSeconds > 0) || sampleCount < 1 || ionCount < 0
                || displacementAngstrom.length != (long) sampleCount * ionCount * 3) {
            throw new IllegalArgumentException("inconsistent trajectory dimensions");
        }
        this.sampleIntervalSeconds = sampleIntervalSeconds;
        this.sampleCount = sampleCount;
        this.ionCount = ionCount;
        this.displacementAngstrom = displacementAngstrom;
    }

    public double sampleIntervalSeconds() { return sampleIntervalSeconds; }
    public int sampleCount() { return sampleCount; }
    public int ionCount() { return ionCount; }

    /** Displacement component (0=x,1=y,2=z) of an ion at a sample, Å. */
    public double displacement(int sample, int ion, int component) {
        return displacementAngstrom[(sample * ionCount + ion) * 3 + component];
    }

    /** The backing array, [sample][ion][xyz] flattened, Å. Read-only by convention. */
    public double[] displacementAngstrom() { return displacementAngstrom; }
}
