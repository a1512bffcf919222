package org.ionhop.run;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.ReplicaState;
import org.ionhop.kmc.Trajectory;

/**
 * Binary form of finished replica results and paused replica states (checkpoints). Doubles are
 * written as their IEEE-754 bits, so a round trip is exact. Arrays are a length (-1 = null) and the
 * elements.
 */
final class ReplicaCodec {
    private ReplicaCodec() {}

    static void writeResult(DataOutput out, ReplicaResult r) throws IOException {
        out.writeInt(r.replica());
        Trajectory t = r.trajectory();
        out.writeDouble(t.sampleIntervalSeconds());
        out.writeInt(t.sampleCount());
        out.writeInt(t.ionCount());
        writeDoubles(out, t.displacementAngstrom());
        writeDoubles(out, r.finalDisplacementAngstrom());
        writeInts(out, r.ionStartSite());
        writeInts(out, r.ionPlacedSite());
        writeLongs(out, r.hopsPerClass());
        writeDoubles(out, r.occupationPerSiteType());
        writeDoubles(out, r.occupationPerSite());
        out.writeLong(r.totalHops());
        out.writeDouble(r.simulatedTimeSeconds());
        out.writeLong(r.equilibrationHops());
        writeDoubles(out, r.zoneDisplacementAngstrom());
        writeLongs(out, r.hopsPerZone());
        writeLongs(out, r.hopsPerEnvironmentBin());
    }

    static ReplicaResult readResult(DataInput in) throws IOException {
        int replica = in.readInt();
        double interval = in.readDouble();
        int samples = in.readInt();
        int ions = in.readInt();
        Trajectory trajectory;
        try {
            trajectory = new Trajectory(interval, samples, ions, readDoubles(in));
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent trajectory of replica " + replica, e);
        }
        return new ReplicaResult(replica, trajectory, readDoubles(in), readInts(in), readInts(in), readLongs(in), readDoubles(in),
                readDoubles(in), in.readLong(), in.readDouble(), in.readLong(), readDoubles(in), readLongs(in), readLongs(in));
    }

    static void writeState(DataOutput out, ReplicaState s) throws IOException {
        out.writeInt(s.replica());
        out.writeInt(s.phase().ordinal());
        out.writeLong(s.phaseHops());
        out.writeLong(s.totalHops());
        out.writeLong(s.equilibrationHops());
        out.writeDouble(s.timeSeconds());
        writeInts(out, s.ionAt());
        writeDoubles(out, s.displacementAngstrom());
        writeLongs(out, s.hopsPerClass());
        writeDoubles(out, s.occupancyClock());
        writeInts(out, s.measurementStartSite());
        writeDoubles(out, s.recordedSamples());
        writeBytes(out, s.randomState());
        writeInts(out, s.selectorOrder());
        writeDoubles(out, s.zoneDisplacementAngstrom());
        writeLongs(out, s.hopsPerZone());
        writeLongs(out, s.hopsPerEnvironmentBin());
    }

    static ReplicaState readState(DataInput in) throws IOException {
        int replica = in.readInt();
        int phase = in.readInt();
        ReplicaState.Phase[] phases = ReplicaState.Phase.values();
        if (phase < 0 || phase >= phases.length) throw new IOException("unknown phase " + phase);
        return new ReplicaState(replica, phases[phase], in.readLong(), in.readLong(), in.readLong(), in.readDouble(),
                readInts(in), readDoubles(in), readLongs(in), readDoubles(in), readInts(in), readDoubles(in),
                readBytes(in), readInts(in), readDoubles(in), readLongs(in), readLongs(in));
    }

    private static void writeDoubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) for (double v : a) out.writeLong(Double.doubleToRawLongBits(v));
    }

    private static double[] readDoubles(DataInput in) throws IOException {
        int n = length(in);
        if (n < 0) return null;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = Double.longBitsToDouble(in.readLong());
        return a;
    }

    private static void writeInts(DataOutput out, int[] a) throws IOException {
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) for (int v : a) out.writeInt(v);
    }

    private static int[] readInts(DataInput in) throws IOException {
        int n = length(in);
        if (n < 0) return null;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.readInt();
        return a;
    }

    private static void writeLongs(DataOutput out, long[] a) throws IOException {
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) for (long v : a) out.writeLong(v);
    }

    private static long[] readLongs(DataInput in) throws IOException {
        int n = length(in);
        if (n < 0) return null;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = in.readLong();
        return a;
    }

    private static void writeBytes(DataOutput out, byte[] a) throws IOException {
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) out.write(a);
    }

    private static byte[] readBytes(DataInput in) throws IOException {
        int n = length(in);
        if (n < 0) return null;
        byte[] a = new byte[n];
        in.readFully(a);
        return a;
    }

    /** A length that cannot ask for absurd memory when the bytes are garbage (the CRC is checked first anyway). */
    private static int length(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > Integer.MAX_VALUE - 8) throw new IOException("invalid array length " + n);
        return n;
    }
}
