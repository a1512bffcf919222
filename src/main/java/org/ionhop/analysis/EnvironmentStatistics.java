package org.ionhop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.ionhop.kmc.ReplicaResult;
import org.ionhop.rates.EnvironmentTally;

/**
 * Per-environment statistics of one temperature, from what the replicas recorded anyway (the
 * time-averaged occupancy of every site) and their hop counts per environment bin: how much time
 * carriers spent on sites of each local environment, how often they hopped from there, which hop
 * environments were used, and whether forward and backward hops balance bin by bin (detailed
 * balance). Errors are standard errors over replicas (which, with per-replica host realisations,
 * include the disorder-to-disorder scatter).
 *
 * @param siteEnvironments  one row per site environment that occurs in some replica
 * @param hopEnvironments   one row per hop environment (class, barrier-rule counts, occupied count) that was used
 * @param balance           one row per pair of reverse bins that saw a hop (a bin that is its own reverse is left out)
 * @param balanceChiSquarePerPair  mean of z² over the pairs with at least {@link #BALANCE_MIN_HOPS} hops (≈ 1 under
 *                          detailed balance; NaN without such pairs)
 * @param balancePairsTested number of those pairs
 * @param balanceMaxAbsZ    largest |z| among them (NaN without)
 * @param modelDetailedBalance whether the rate model obeys detailed balance by construction
 */
public record EnvironmentStatistics(List<SiteEnvironment> siteEnvironments, List<HopEnvironment> hopEnvironments,
                                    List<Balance> balance, double balanceChiSquarePerPair, int balancePairsTested,
                                    double balanceMaxAbsZ, boolean modelDetailedBalance) {
    /** Pairs with fewer hops (forward + backward) are listed but not in the summary statistics. */
    public static final long BALANCE_MIN_HOPS = 20;

    /**
     * @param name           e.g. {@code Li1 [I within 4.00 Å: 2]}
     * @param sitesPerReplica mean number of sites of this environment per replica's supercell
     * @param occupancy      time-averaged fraction of these sites holding a carrier (mean over replicas)
     * @param carrierFraction time-averaged share of the carriers on these sites
     * @param hopsFrom       hops out of these sites, all replicas
     * @param escapeRateHz   hops out of these sites per carrier-second spent on them (all replicas pooled), Hz
     * @param hopsFromPerClass hops out of these sites per hop class (class order of the network), all replicas
     */
    public record SiteEnvironment(String name, double sitesPerReplica, Estimate occupancy, Estimate carrierFraction,
                                  long hopsFrom, Estimate escapeRateHz, long[] hopsFromPerClass) {}

    /** @param hopClass class index; {@code hops} all replicas, both directions */
    public record HopEnvironment(String name, int hopClass, long hops) {}

    /**
     * Forward (as named) and backward hops of a pair of reverse bins, all replicas.
     *
     * @param netStderr counting (Poisson) standard error of forward − backward, sqrt(forward + backward)
     * @param z         (forward − backward) / netStderr
     */
    public record Balance(String name, long forward, long backward, double netStderr, double z) {}

    /**
     * @param tallyOfReplica the tally replica r's hops were sorted with (its host realisation's)
     * @param ions           carriers per replica
     */
    public static EnvironmentStatistics of(List<ReplicaResult> replicas, IntFunction<EnvironmentTally> tallyOfReplica,
                                           int ions, int hopClasses) {
        EnvironmentTally first = tallyOfReplica.apply(replicas.get(0).replica());
        int envs = first.siteEnvironmentCount(), bins = first.binCount(), n = replicas.size();
        double[][] sites = new double[envs][n], occupied = new double[envs][n];
        long[][] hopsFrom = new long[envs][n];
        long[][] binHops = new long[bins][n];
        long[][] fromPerClass = new long[envs][hopClasses];
        double[] seconds = new double[n];
        for (int i = 0; i < n; i++) {
            ReplicaResult r = replicas.get(i);
            EnvironmentTally tally = tallyOfReplica.apply(r.replica());
            int[] env = tally.siteEnvironments();
            for (int s = 0; s < env.length; s++) {
                sites[env[s]][i]++;
                occupied[env[s]][i] += r.occupationPerSite()[s];
            }
            long[] h = r.hopsPerEnvironmentBin();
            for (int b = 0; b < bins; b++) {
                binHops[b][i] = h[b];
                hopsFrom[tally.sourceEnvironmentOf(b)][i] += h[b];
                fromPerClass[tally.sourceEnvironmentOf(b)][tally.hopClassOf(b)] += h[b];
            }
            seconds[i] = r.simulatedTimeSeconds();
        }
        List<SiteEnvironment> siteRows = new ArrayList<>();
        for (int e = 0; e < envs; e++) {
            if (sum(sites[e]) == 0) continue;
            List<Double> occ = new ArrayList<>(), share = new ArrayList<>(), escape = new ArrayList<>();
            double residence = 0;
            for (int i = 0; i < n; i++) {
                share.add(occupied[e][i] / ions);
                if (sites[e][i] > 0) occ.add(occupied[e][i] / sites[e][i]);
                double carrierSeconds = occupied[e][i] * seconds[i];
                residence += carrierSeconds;
                if (carrierSeconds > 0) escape.add(hopsFrom[e][i] / carrierSeconds);
            }
            long from = 0;
            for (long v : hopsFrom[e]) from += v;
            double pooled = residence > 0 ? from / residence : Double.NaN;
            siteRows.add(new SiteEnvironment(first.siteEnvironmentName(e), sum(sites[e]) / n, mean(occ), mean(share),
                    from, new Estimate(pooled, mean(escape).stderr()), fromPerClass[e]));
        }
        long[] perHopEnv = new long[first.hopEnvironmentCount()];
        for (int b = 0; b < bins; b++) perHopEnv[first.hopEnvironmentOf(b)] += sum(binHops[b]);
        List<HopEnvironment> hopRows = new ArrayList<>();
        for (int k = 0; k < perHopEnv.length; k++) {
            if (perHopEnv[k] == 0) continue;
            hopRows.add(new HopEnvironment(first.hopEnvironmentName(k), first.hopClassOfEnvironment(k), perHopEnv[k]));
        }
        List<Balance> balance = new ArrayList<>();
        double chi2 = 0, maxZ = Double.NaN;
        int tested = 0;
        for (int b = 0; b < bins; b++) {
            int rev = first.reverse(b);
            if (rev <= b) continue;
            long fwd = sum(binHops[b]), bwd = sum(binHops[rev]);
            if (fwd + bwd == 0) continue;
            // Counting statistics: independent hops give Var(forward − backward) = forward + backward.
            // Back-and-forth hops (the usual correlation) only lower the true variance, so under
            // detailed balance z² averages at most about 1, while a circulating current grows as t.
            double stderr = Math.sqrt(fwd + bwd);
            double z = (fwd - bwd) / stderr;
            balance.add(new Balance(first.binName(b), fwd, bwd, stderr, z));
            if (fwd + bwd >= BALANCE_MIN_HOPS) {
                tested++;
                chi2 += z * z;
                maxZ = Double.isNaN(maxZ) ? Math.abs(z) : Math.max(maxZ, Math.abs(z));
            }
        }
        return new EnvironmentStatistics(siteRows, hopRows, balance, tested > 0 ? chi2 / tested : Double.NaN, tested,
                maxZ, first.detailedBalance());
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) s += v;
        return s;
    }

    private static double variance(double[] a) {
        double m = sum(a) / a.length, v = 0;
        for (double x : a) v += (x - m) * (x - m);
        return v / (a.length - 1);
    }

    /** Mean and its standard error over the values (NaN error with fewer than two). */
    private static Estimate mean(List<Double> values) {
        if (values.isEmpty()) return new Estimate(Double.NaN, Double.NaN);
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        double m = sum(a) / a.length;
        return new Estimate(m, a.length >= 2 ? Math.sqrt(variance(a) / a.length) : Double.NaN);
    }
}
