package org.ionhop.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ionhop.common.InputException;

/**
 * Checks that a set of shard files is exactly one split run — same fingerprint (deck, version,
 * options), every shard 0..N-1 present once — and pools their finished replicas. Problems are
 * reported by file name, all at once.
 */
public final class ShardMerge {
    private ShardMerge() {}

    /** The pooled replicas of a complete, consistent set of shards. */
    public static RunProgress pool(List<ShardFile.Shard> shards) {
        if (shards.isEmpty()) throw new InputException(null, 0, "SHARDS", "no shard files given", "e.g. ionhop merge shards/*.h5 -o result.h5");
        ShardFile.Shard first = shards.get(0);
        String run = RunFingerprint.withoutSlice(first.fingerprint());
        Map<Integer, List<Path>> byIndex = new TreeMap<>();
        for (ShardFile.Shard s : shards) {
            String difference = RunFingerprint.difference(run, RunFingerprint.withoutSlice(s.fingerprint()));
            if (difference != null) {
                throw new InputException(s.file(), 0, null, "shard is from another run than " + first.file().getFileName()
                        + ": " + difference, "merge only the shards of one ionhop slurm submission");
            }
            if (s.shardCount() != first.shardCount()) {
                throw new InputException(s.file(), 0, null, "shard of a " + s.shardCount() + "-way split, but "
                        + first.file().getFileName() + " is of a " + first.shardCount() + "-way split", null);
            }
            byIndex.computeIfAbsent(s.shard(), k -> new ArrayList<>()).add(s.file());
        }
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < first.shardCount(); k++) {
            List<Path> files = byIndex.get(k);
            if (files == null) missing.add(k + "/" + first.shardCount());
            else if (files.size() > 1) problems.add("shard " + k + "/" + first.shardCount() + " given twice: " + names(files));
        }
        if (!missing.isEmpty()) problems.add(0, "missing shard" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        if (!problems.isEmpty()) {
            throw new InputException(null, 0, "SHARDS", String.join("; ", problems),
                    "rerun the missing array tasks (their shard files are named ..._shard_K_of_N.h5), drop duplicates, then merge again");
        }
        RunProgress pooled = new RunProgress();
        for (ShardFile.Shard s : shards) {
            for (int t : s.progress().temperatures()) pooled.finished(t).putAll(s.progress().finished(t));
        }
        return pooled;
    }

    private static String names(List<Path> files) {
        List<String> n = new ArrayList<>();
        for (Path p : files) n.add(p.toString());
        return String.join(" and ", n);
    }
}
