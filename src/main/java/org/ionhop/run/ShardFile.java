package org.ionhop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;

import org.ionhop.common.InputException;
import org.ionhop.common.Version;
import org.ionhop.kmc.ReplicaResult;
import org.ionhop.kmc.Trajectory;
import org.ionhop.output.AtomicFiles;

/**
 * One shard of a split run ({@code ionhop run --shard K/N}) as HDF5: the raw per-replica data that
 * {@code ionhop merge} needs to redo the analysis exactly as one process would. Layout:
 * <pre>
 * /                          attrs format, fingerprint, deck_file, deck, quick, shard, shard_count, ionhop_version
 * /temperature_&lt;t&gt;          attrs index (deck order), temperature_K
 *   /replica_&lt;r&gt;            trajectory [samples, 3·ions] (Å), final_displacement, ion_start_site,
 *                            ion_placed_site, hops_per_class, occupation_per_site_type, occupation_per_site;
 *                            attrs sample_interval_s, total_hops, simulated_time_s, equilibration_hops
 * </pre>
 * Every dataset has a {@code units} attribute ("1" for counts, indices and fractions) and a description.
 */
public final class ShardFile {
    static final String FORMAT = "ionhop-shard-3"; // 2: units on every dataset, ion_placed_site; 3: zone tallies of composites

    /**
     * What a shard file holds.
     *
     * @param file        where it was read from
     * @param fingerprint the run fingerprint including its slice
     * @param deckFile    absolute path of the deck the shard ran
     * @param quick       whether it ran with --quick
     * @param shard       which shard it is (0-based)
     * @param shardCount  how many shards the run was split into
     * @param progress    its finished replicas
     */
    public record Shard(Path file, String fingerprint, Path deckFile, boolean quick, int shard, int shardCount,
                        RunProgress progress) {}

    private ShardFile() {}

    public static void write(Path target, String fingerprint, Path deckFile, String deckText, boolean quick,
                             WorkSlice slice, RunProgress progress) throws IOException {
        AtomicFiles.write(target, tmp -> {
            Files.delete(tmp); // jHDF creates the file itself
            try (WritableHdfFile f = HdfFile.write(tmp)) {
                f.putAttribute("format", FORMAT);
                f.putAttribute("fingerprint", fingerprint);
                f.putAttribute("deck_file", deckFile.toAbsolutePath().toString());
                f.putAttribute("deck", deckText.isEmpty() ? "(empty)" : deckText);
                f.putAttribute("quick", quick ? 1L : 0L);
                f.putAttribute("shard", (long) slice.shard());
                f.putAttribute("shard_count", (long) slice.shardCount());
                f.putAttribute("ionhop_version", Version.get());
                for (int t : progress.temperatures()) {
                    if (progress.finished(t).isEmpty()) continue;
                    WritableGroup g = f.putGroup("temperature_" + t);
                    g.putAttribute("index", (long) t);
                    for (ReplicaResult r : progress.finished(t).values()) writeReplica(g.putGroup("replica_" + r.replica()), r);
                }
            }
        });
    }

    private static void writeReplica(WritableGroup g, ReplicaResult r) {
        Trajectory t = r.trajectory();
        int width = 3 * t.ionCount();
        if (width == 0) throw new IllegalStateException("a replica without ions has nothing to merge");
        double[][] samples = new double[t.sampleCount()][];
        for (int s = 0; s < samples.length; s++) {
            samples[s] = java.util.Arrays.copyOfRange(t.displacementAngstrom(), s * width, (s + 1) * width);
        }
        put(g, "trajectory", samples, "angstrom", "unwrapped displacement of every ion on the sample grid, [sample, 3*ion+xyz]");
        put(g, "final_displacement", r.finalDisplacementAngstrom(), "angstrom", "unwrapped displacement at the end, [3*ion+xyz]");
        put(g, "ion_start_site", r.ionStartSite(), "1", "network site index of each ion when measurement starts");
        put(g, "ion_placed_site", r.ionPlacedSite(), "1", "network site index of each ion as placed, before equilibration");
        put(g, "hops_per_class", r.hopsPerClass(), "1", "hops per hop class during measurement");
        put(g, "occupation_per_site_type", r.occupationPerSiteType(), "1", "time-averaged occupancy per network site label");
        put(g, "occupation_per_site", r.occupationPerSite(), "1", "time-averaged occupancy of each network site");
        if (r.hopsPerZone() != null) {
            put(g, "zone_displacement", r.zoneDisplacementAngstrom(), "angstrom",
                    "displacement summed over each ion's hops out of each zone's sites, [3*(ion*zones+zone)+xyz]");
            put(g, "hops_per_zone", r.hopsPerZone(), "1", "hops out of sites of each zone during measurement");
        }
        if (r.hopsPerEnvironmentBin() != null) {
            put(g, "hops_per_environment_bin", r.hopsPerEnvironmentBin(), "1",
                    "hops per environment bin (class, end labels and environments, hop environment) during measurement");
        }
        g.putAttribute("replica", (long) r.replica());
        g.putAttribute("sample_interval_s", t.sampleIntervalSeconds());
        g.putAttribute("total_hops", r.totalHops());
        g.putAttribute("simulated_time_s", r.simulatedTimeSeconds());
        g.putAttribute("equilibration_hops", r.equilibrationHops());
    }

    private static void put(WritableGroup g, String name, Object data, String units, String description) {
        var d = g.putDataset(name, data);
        d.putAttribute("units", units);
        d.putAttribute("description", description);
    }

    /** Reads a shard; a file that is not one is refused with a one-line message. */
    public static Shard read(Path file) {
        if (!Files.isRegularFile(file)) throw bad(file, "no such file");
        try (HdfFile f = new HdfFile(file)) {
            // A finished run's result (ionhop run without --shard) has no shard attributes at all.
            String format = f.getAttribute("format") == null ? null : text(f, "format");
            if (format != null && format.startsWith("ionhop-shard-") && !FORMAT.equals(format)) {
                throw bad(file, "shard format " + format + " was written by another IonHop version; this one reads " + FORMAT);
            }
            if (!FORMAT.equals(format)) {
                throw bad(file, "not an IonHop shard (written by ionhop run --shard); a finished run's result needs no merge");
            }
            RunProgress progress = new RunProgress();
            for (Map.Entry<String, Node> e : f.getChildren().entrySet()) {
                if (!(e.getValue() instanceof Group g) || !e.getKey().startsWith("temperature_")) continue;
                int t = (int) number(g, "index");
                for (Node n : g.getChildren().values()) {
                    if (n instanceof Group replica) {
                        ReplicaResult r = readReplica(replica);
                        progress.finished(t).put(r.replica(), r);
                    }
                }
            }
            return new Shard(file, text(f, "fingerprint"), Path.of(text(f, "deck_file")), number(f, "quick") != 0,
                    (int) number(f, "shard"), (int) number(f, "shard_count"), progress);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw bad(file, "unreadable or incomplete shard (" + e.getMessage() + ")");
        }
    }

    private static ReplicaResult readReplica(Group g) {
        double[][] samples = (double[][]) data(g, "trajectory");
        int width = samples[0].length;
        double[] flat = new double[samples.length * width];
        for (int s = 0; s < samples.length; s++) System.arraycopy(samples[s], 0, flat, s * width, width);
        Trajectory trajectory = new Trajectory(real(g, "sample_interval_s"), samples.length, width / 3, flat);
        return new ReplicaResult((int) number(g, "replica"), trajectory,
                (double[]) data(g, "final_displacement"), (int[]) data(g, "ion_start_site"), (int[]) data(g, "ion_placed_site"),
                (long[]) data(g, "hops_per_class"), (double[]) data(g, "occupation_per_site_type"),
                (double[]) data(g, "occupation_per_site"), number(g, "total_hops"), real(g, "simulated_time_s"),
                number(g, "equilibration_hops"),
                g.getChild("hops_per_zone") == null ? null : (double[]) data(g, "zone_displacement"),
                g.getChild("hops_per_zone") == null ? null : (long[]) data(g, "hops_per_zone"),
                g.getChild("hops_per_environment_bin") == null ? null : (long[]) data(g, "hops_per_environment_bin"));
    }

    private static Object data(Group g, String name) {
        return ((io.jhdf.api.Dataset) g.getChild(name)).getData();
    }

    private static Attribute attribute(Node n, String name) {
        Attribute a = n.getAttribute(name);
        if (a == null) throw new IllegalStateException("attribute " + name + " missing");
        return a;
    }

    private static String text(Node n, String name) { return (String) attribute(n, name).getData(); }

    private static long number(Node n, String name) { return ((Number) attribute(n, name).getData()).longValue(); }

    private static double real(Node n, String name) { return ((Number) attribute(n, name).getData()).doubleValue(); }

    private static InputException bad(Path file, String problem) {
        return new InputException(file, 0, null, problem, "pass the .h5 files written by ionhop run --shard K/N");
    }
}
