package org.ionhop.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionhop.common.InputException;
import org.ionhop.deck.Deck;
import org.ionhop.deck.TrajectorySpec;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.output.TrajectoryExport;

/**
 * A trajectory to write for one (temperature, replica) of a run, from the deck's {@code trajectory}
 * section and the command line, checked against the size limit before the run starts. Writing it
 * uses only the replica's recorded result, so asking for one never changes the numbers or the loop.
 *
 * @param file             the extended XYZ file
 * @param temperatureIndex index into the deck's temperatures
 * @param kelvin           that temperature
 * @param replica          replica index
 * @param frames           frames it will hold (the sample grid)
 * @param ions             ions per frame
 * @param maxMegabytes     the size limit, MB
 */
public record TrajectoryRequest(Path file, int temperatureIndex, double kelvin, int replica, long frames, int ions,
                                double maxMegabytes) {

    /**
     * The request a deck and the command-line overrides make, or null when neither names a file.
     *
     * @throws InputException when the temperature or replica does not exist, or the file would exceed the limit
     */
    public static TrajectoryRequest plan(RunPipeline pipeline, Path cliFile, Double cliKelvin, Integer cliReplica,
                                         Double cliMaxMegabytes) {
        Deck deck = pipeline.model().deck();
        TrajectorySpec spec = deck.trajectory();
        Path file = cliFile != null ? cliFile : spec.file();
        if (file == null) {
            if (cliKelvin != null || cliReplica != null || cliMaxMegabytes != null) {
                throw new InputException(null, 0, "--trajectory", "--trajectory-temperature, --trajectory-replica and "
                        + "--trajectory-max-mb need a trajectory file", "add --trajectory FILE.extxyz (or a trajectory "
                        + "section in the deck)");
            }
            return null;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".extxyz") && !name.endsWith(".xyz")) {
            throw new InputException(null, 0, "--trajectory", "'" + file + "' is not an extended XYZ file",
                    "name it FILE.extxyz (OVITO and ASE read it)");
        }
        List<Double> temperatures = deck.temperaturesK();
        double kelvin = cliKelvin != null ? cliKelvin : spec.temperatureKelvin() != null ? spec.temperatureKelvin()
                : temperatures.get(0);
        int t = -1;
        for (int i = 0; i < temperatures.size(); i++) if (Math.abs(temperatures.get(i) - kelvin) < 1e-9) t = i;
        if (t < 0) {
            throw new InputException(null, 0, "--trajectory-temperature", kelvin + " K is not a temperature of the deck",
                    "choose one of temperatures_K " + temperatures);
        }
        int replica = cliReplica != null ? cliReplica : spec.replica();
        int replicas = pipeline.replicasPerTemperature();
        if (replica < 0 || replica >= replicas) {
            boolean fromDeck = cliReplica == null && spec.where() != null;
            throw new InputException(fromDeck ? deck.file() : null, fromDeck ? spec.where().line() : 0,
                    fromDeck ? "trajectory.replica" : "--trajectory-replica",
                    "replica " + replica + " does not exist: this run has " + replicas + " per temperature",
                    "choose 0 to " + (replicas - 1));
        }
        double max = cliMaxMegabytes != null ? cliMaxMegabytes : spec.maxSizeMegabytes();
        if (!(max > 0)) {
            throw new InputException(null, 0, "--trajectory-max-mb", "must be > 0 MB, got " + max, "e.g. --trajectory-max-mb 2000");
        }
        TrajectoryRequest r = new TrajectoryRequest(file.toAbsolutePath(), t, kelvin, replica, pipeline.sampleCount(t),
                pipeline.model().ionCount(), max);
        if (r.estimatedMegabytes() > max) {
            boolean fromDeck = cliMaxMegabytes == null && spec.where() != null;
            throw new InputException(fromDeck ? deck.file() : null, fromDeck ? spec.where().line() : 0,
                    fromDeck ? "trajectory.max_size_MB" : "--trajectory-max-mb",
                    String.format(Locale.ROOT, "the trajectory would be about %.3g MB (%d frames x %d ions), over the "
                            + "limit of %.3g MB", r.estimatedMegabytes(), r.frames, r.ions, max),
                    "raise trajectory.max_size_MB in the deck or give --trajectory-max-mb, or lower run.samples "
                            + "(frames are the sample grid)");
        }
        return r;
    }

    public double estimatedMegabytes() {
        return TrajectoryExport.estimateBytes(frames, ions) / 1e6;
    }

    /** "trajectory: FILE, 200 frames x 62 ions of replica 0 at 600 K, about 1.2 MB". */
    public String describe() {
        return String.format(Locale.ROOT, "trajectory: %s, %d frames x %d ions of replica %d at %s K, about %.3g MB "
                + "(limit %.3g MB)", file, frames, ions, replica, org.ionhop.output.Hdf5ResultWriter.groupName(kelvin)
                .replace("K", ""), estimatedMegabytes(), maxMegabytes);
    }

    /** Whether a slice of the run holds this trajectory's replica. */
    public boolean within(WorkSlice slice) {
        return replica >= slice.replicaStart(temperatureIndex) && replica < slice.replicaEnd(temperatureIndex);
    }

    /** Writes it from the finished replica in {@code progress}. */
    public void write(RunPipeline pipeline, RunProgress progress) throws IOException {
        ReplicaResult r = progress.finished(temperatureIndex).get(replica);
        if (r == null) throw new IllegalStateException("replica " + replica + " at " + kelvin + " K has not run");
        TrajectoryExport.write(file, pipeline.model().network(), pipeline.model().deck().species().element(), r, kelvin);
    }
}
