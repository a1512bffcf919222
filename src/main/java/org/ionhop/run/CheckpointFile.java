package org.ionhop.run;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import org.ionhop.common.InputException;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.ReplicaState;
import org.ionhop.output.AtomicFiles;

/**
 * The checkpoint file: a small binary format (DataOutputStream) rather than HDF5, because it is
 * read back only by IonHop, must round-trip every double bit for bit, and must be checked whole
 * before any of it is trusted — a trailing CRC-32 over all preceding bytes does that, and a
 * truncated file fails it. Layout:
 * <pre>
 * "IONHOPCK" | int format | UTF fingerprint | int n, n x (int temperature, replica result)
 *            | int m, m x (int temperature, replica state) | long CRC-32 of everything before
 * </pre>
 * Written atomically (temp file + rename), so a kill -9 mid-write leaves the previous checkpoint.
 */
public final class CheckpointFile {
    private static final byte[] MAGIC = "IONHOPCK".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int FORMAT = 4; // 2: finished replicas carry their placed (initial) sites; 3: zone tallies; 4: environment bins

    private CheckpointFile() {}

    /** The default checkpoint of a result file: {@code <result>.ckpt} beside it. */
    public static Path besideOutput(Path output) {
        return output.resolveSibling(output.getFileName() + ".ckpt");
    }

    public static void write(Path file, String fingerprint, RunProgress progress) throws IOException {
        AtomicFiles.write(file, tmp -> {
            CRC32 crc = new CRC32();
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc)))) {
                out.write(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(fingerprint);
                out.writeInt(count(progress, true));
                for (int t : progress.temperatures()) {
                    for (ReplicaResult r : progress.finished(t).values()) {
                        out.writeInt(t);
                        ReplicaCodec.writeResult(out, r);
                    }
                }
                out.writeInt(count(progress, false));
                for (int t : progress.temperatures()) {
                    for (ReplicaState s : progress.paused(t).values()) {
                        out.writeInt(t);
                        ReplicaCodec.writeState(out, s);
                    }
                }
                out.flush();
                // The checksum itself is written past the checked stream.
                raw.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
            }
        });
    }

    private static int count(RunProgress progress, boolean finished) {
        int n = 0;
        for (int t : progress.temperatures()) n += finished ? progress.finished(t).size() : progress.paused(t).size();
        return n;
    }

    /**
     * Reads a checkpoint and checks it belongs to this run.
     *
     * @throws InputException when the file is missing, truncated, corrupt or from another deck/options
     */
    public static RunProgress read(Path file, String expectedFingerprint) {
        byte[] bytes;
        try {
            if (Files.size(file) > Integer.MAX_VALUE - 8) {
                throw corrupt(file, "it is " + org.ionhop.common.InputFiles.human(Files.size(file))
                        + ", more than one checkpoint can be read back (2 GiB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "--resume", "no checkpoint to resume from",
                    "run without --resume to start from the beginning");
        } catch (IOException e) {
            throw new InputException(file, 0, "--resume", "cannot read the checkpoint: " + e.getMessage(), null);
        }
        int body = bytes.length - Long.BYTES;
        if (body < MAGIC.length || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw corrupt(file, "it is not an IonHop checkpoint (or is truncated)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, body);
        if (crc.getValue() != ByteBuffer.wrap(bytes, body, Long.BYTES).getLong()) {
            throw corrupt(file, "checksum mismatch: the file is truncated or damaged");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body))) {
            in.skipNBytes(MAGIC.length);
            int format = in.readInt();
            if (format != FORMAT) throw corrupt(file, "checkpoint format " + format + ", this IonHop reads " + FORMAT);
            String fingerprint = in.readUTF();
            String difference = RunFingerprint.difference(expectedFingerprint, fingerprint);
            if (difference != null) {
                throw new InputException(file, 0, "--resume", "checkpoint belongs to another run: " + difference,
                        "resume with the same deck, IonHop version and options, or delete the checkpoint to start over");
            }
            RunProgress progress = new RunProgress();
            int finished = in.readInt();
            for (int i = 0; i < finished; i++) {
                int t = in.readInt();
                ReplicaResult r = ReplicaCodec.readResult(in);
                progress.finished(t).put(r.replica(), r);
            }
            int paused = in.readInt();
            for (int i = 0; i < paused; i++) {
                int t = in.readInt();
                ReplicaState s = ReplicaCodec.readState(in);
                progress.paused(t).put(s.replica(), s);
            }
            if (in.available() != 0) throw corrupt(file, "unexpected bytes after the data");
            return progress;
        } catch (EOFException e) {
            throw corrupt(file, "it ends early");
        } catch (IOException e) {
            throw corrupt(file, e.getMessage());
        }
    }

    private static InputException corrupt(Path file, String why) {
        return new InputException(file, 0, "--resume", "corrupt checkpoint: " + why,
                "delete it and run without --resume to start over");
    }

}
