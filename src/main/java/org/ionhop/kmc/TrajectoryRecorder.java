package org.ionhop.kmc;

import java.util.Arrays;

/**
 * Samples ion displacements on a uniform time grid. The state is piecewise constant between hops,
 * so the sample at grid time t is the state after the last hop before t: before applying a hop at
 * time t_hop, every grid time < t_hop not yet written gets the current state. When the sample count
 * is known (time-limited runs) the buffer is allocated once; otherwise it doubles as needed.
 */
final class TrajectoryRecorder {
    private final double intervalSeconds;
    private final int valuesPerSample;
    private double[] buffer;
    private int written;
    private double nextSampleTime;

    TrajectoryRecorder(double intervalSeconds, int ionCount, double timeLimitSeconds) {
        this.intervalSeconds = intervalSeconds;
        this.valuesPerSample = 3 * ionCount;
        // An infinite interval (the pilot run) only ever writes the sample at t = 0; an unknown end
        // starts small and doubles.
        long expected = Double.isInfinite(intervalSeconds) ? 1
                : Double.isInfinite(timeLimitSeconds) ? 16 : sampleCountUpTo(timeLimitSeconds);
        long values = expected * valuesPerSample;
        if (values > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("trajectory of " + expected + " samples x " + ionCount
                    + " ions is too large for memory; use a longer sample interval");
        }
        buffer = new double[(int) Math.max(values, valuesPerSample)];
    }

    /** Number of grid times 0, dt, 2dt, ... that are <= t (a tiny tolerance keeps t itself when it is on the grid). */
    private long sampleCountUpTo(double t) {
        return (long) Math.floor(t / intervalSeconds * (1 + 1e-12)) + 1;
    }

    /** Writes the current state for every grid time strictly before {@code time}. */
    void recordBefore(double time, double[] displacement) {
        while (nextSampleTime < time) writeSample(displacement);
    }

    /** Writes the current state for every grid time up to and including {@code endTime}. */
    void recordThrough(double endTime, double[] displacement) {
        long total = sampleCountUpTo(endTime);
        while (written < total) writeSample(displacement);
    }

    private void writeSample(double[] displacement) {
        int offset = written * valuesPerSample;
        if (offset + valuesPerSample > buffer.length) {
            long grown = Math.min(2L * buffer.length, Integer.MAX_VALUE - 8);
            if (grown < offset + valuesPerSample) {
                throw new IllegalStateException("trajectory grew too large for memory; use a longer sample interval");
            }
            buffer = Arrays.copyOf(buffer, (int) grown);
        }
        System.arraycopy(displacement, 0, buffer, offset, valuesPerSample);
        written++;
        nextSampleTime = written * intervalSeconds;
    }

    /** Copy of the samples written so far, [sample][ion][xyz] (a checkpoint). */
    double[] samples() {
        return Arrays.copyOf(buffer, written * valuesPerSample);
    }

    /** Continues a recording from {@link #samples()} of a recorder with the same grid and ion count. */
    void restore(double[] samples) {
        if (written != 0 || samples.length % valuesPerSample != 0) {
            throw new IllegalArgumentException("recorded samples do not fit this recorder");
        }
        if (samples.length > buffer.length) buffer = Arrays.copyOf(buffer, samples.length);
        System.arraycopy(samples, 0, buffer, 0, samples.length);
        written = samples.length / valuesPerSample;
        nextSampleTime = written * intervalSeconds;
    }

    Trajectory toTrajectory() {
        int ions = valuesPerSample / 3;
        double[] data = buffer.length == written * valuesPerSample ? buffer
                : Arrays.copyOf(buffer, written * valuesPerSample);
        return new Trajectory(intervalSeconds, written, ions, data);
    }
}
