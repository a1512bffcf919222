package org.ionhop.run;

import org.ionhop.common.InputException;

/**
 * The part of a run one process does. The work is the list of (temperature, replica) pairs in deck
 * order, temperature-major; shard K of N takes the contiguous block [K·U/N, (K+1)·U/N) of the U
 * pairs, so shards are temperatures × replica blocks of nearly equal size. Which replica a pair is
 * fixes its random stream, so the split never changes a number.
 *
 * @param shard      0-based shard index (0 for the whole run)
 * @param shardCount number of shards (1 for the whole run)
 * @param temperatures temperatures in the deck
 * @param replicas   replicas per temperature
 */
public record WorkSlice(int shard, int shardCount, int temperatures, int replicas) {

    public WorkSlice {
        if (shardCount < 1 || shard < 0 || shard >= shardCount) {
            throw new IllegalArgumentException("shard " + shard + " of " + shardCount);
        }
    }

    /** The whole run in one process. */
    public static WorkSlice whole(int temperatures, int replicas) {
        return new WorkSlice(0, 1, temperatures, replicas);
    }

    /**
     * Parses the {@code --shard K/N} option (K 0-based, as SLURM_ARRAY_TASK_ID with --array=0-(N-1)).
     */
    public static WorkSlice parse(String text, int temperatures, int replicas) {
        String[] parts = text.trim().split("/");
        int k;
        int n;
        try {
            if (parts.length != 2) throw new NumberFormatException();
            k = Integer.parseInt(parts[0].trim());
            n = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new InputException(null, 0, "--shard", "expected K/N, got '" + text + "'",
                    "e.g. --shard 0/8 for the first of 8 shards (K counts from 0)");
        }
        if (n < 1 || k < 0 || k >= n) {
            throw new InputException(null, 0, "--shard", "shard " + k + " of " + n + " does not exist",
                    "K counts from 0 to N-1, e.g. --shard 7/8 is the last of 8");
        }
        long units = (long) temperatures * replicas;
        if (n > units) {
            throw new InputException(null, 0, "--shard", n + " shards for " + units + " (temperature, replica) pairs",
                    "use at most " + units + " shards, or more replicas per temperature");
        }
        return new WorkSlice(k, n, temperatures, replicas);
    }

    public boolean isWhole() { return shardCount == 1; }

    private long units() { return (long) temperatures * replicas; }

    private long firstUnit() { return units() * shard / shardCount; }

    private long endUnit() { return units() * (shard + 1) / shardCount; }

    /** First replica of temperature {@code t} in this slice (equal to {@link #replicaEnd} when none). */
    public int replicaStart(int t) {
        return (int) Math.min(replicas, Math.max(0, firstUnit() - (long) t * replicas));
    }

    /** One past the last replica of temperature {@code t} in this slice. */
    public int replicaEnd(int t) {
        return (int) Math.min(replicas, Math.max(0, endUnit() - (long) t * replicas));
    }

    /** Whether this slice runs any replica of temperature {@code t}. */
    public boolean touches(int t) { return replicaEnd(t) > replicaStart(t); }

    /** "all" or "shard K/N". */
    public String describe() { return isWhole() ? "all" : "shard " + shard + "/" + shardCount; }
}
