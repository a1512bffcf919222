package org.ionhop.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.deck.HostDisorderSpec;
import org.ionhop.network.HopNetwork;

/**
 * Sorts hops into environment bins for per-environment statistics and the detailed-balance check.
 *
 * <p>A bin is (hop vector, source label, target label, source-site environment, target-site
 * environment, hop environment, occupied environment sites). The hop vector (each belongs to one hop
 * class) keeps the direction, so a current that circulates or drifts (a model without detailed
 * balance) shows as forward hops that outnumber the backward ones. The site environment is the tuple of
 * counts of each host-disorder site-energy rule around the site, the hop environment the tuple of
 * counts of each barrier rule around the hop midpoint (the patterns {@code ionhop lattice} shows),
 * and, for an occupancy-dependent model ({@link HopEnvironment}), the occupancy pattern of the
 * hop's environment sites other than its two ends (bit k: k-th environment site occupied; the
 * number of occupied ones instead when the patterns would make too many bins). Every part is unchanged by reversing the hop
 * except that source and target swap, so {@link #reverse(int) the reverse bin} of a bin is the bin
 * of the reverse hops in the same surroundings: under detailed balance, forward and backward hop
 * counts of the two balance exactly in expectation (the hop leaves the other sites' occupancy as it
 * was, so the coarse-graining keeps the pairing of states).
 *
 * <p>The static part is fixed per hop ({@link #bin(int, long[])} is one array read); the occupied
 * pattern is one pattern read of the environment model. Immutable; one per host realisation.
 */
public final class EnvironmentTally {
    /** More bins than this are not tallied (a per-replica array of longs, 8 MB). */
    public static final int MAX_BINS = 1 << 20;

    private final int[] staticBin;        // per hop, already multiplied by occupiedLevels
    private final int[] siteEnvironment;  // per site: label * siteEnvs + site-environment index
    private final HopEnvironment environment;
    private final int[] otherSitesMask;   // per hop: pattern bits of environment sites that are not its ends
    private final int classes, vectors, labels, siteEnvs, hopEnvs, occupiedLevels;
    private final int[] vectorClass;      // per distinct hop vector: its class
    private final int[] vectorReverse;    // per distinct hop vector: the id of its negative
    private final double[] vectorAngstrom; // per distinct hop vector: x, y, z
    private final long bins;
    private final List<String> labelNames;
    private final List<String> classNames;
    private final List<HostDisorderSpec.CountRule> siteRules, barrierRules;
    private final boolean detailedBalance;
    private final boolean byPattern;      // occupied part = pattern of the other sites, else their count

    private EnvironmentTally(HopNetwork network, HostDisorderLandscape host, HopEnvironment environment) {
        HopTopology topology = new HopTopology(network);
        int[] source = topology.hopSource();
        int[] target = network.hopTarget();
        this.environment = environment;
        this.labelNames = List.copyOf(network.siteLabels());
        this.classNames = network.classes().stream().map(c -> "class " + c.index() + " (" + c.describe() + ")").toList();
        this.siteRules = host == null ? List.of() : host.siteEnergyRules();
        this.barrierRules = host == null ? List.of() : host.barrierRules();
        this.detailedBalance = environment == null || environment.detailedBalance();
        classes = network.classes().size();
        labels = labelNames.size();
        siteEnvs = radix(siteRules);
        hopEnvs = radix(barrierRules);
        int[] hopClass = network.hopClass();
        int[] hopVector = new int[network.hopCount()];
        java.util.Map<java.util.List<Long>, Integer> ids = new java.util.HashMap<>();
        List<Integer> vClass = new ArrayList<>();
        for (int h = 0; h < hopVector.length; h++) {
            int cls = hopClass[h];
            hopVector[h] = ids.computeIfAbsent(vectorKey(network, h, 1, cls), k -> {
                vClass.add(cls);
                return vClass.size() - 1;
            });
        }
        vectors = vClass.size();
        vectorClass = vClass.stream().mapToInt(Integer::intValue).toArray();
        vectorReverse = new int[vectors];
        vectorAngstrom = new double[3 * vectors];
        for (int h = 0; h < hopVector.length; h++) {
            for (int k = 0; k < 3; k++) vectorAngstrom[3 * hopVector[h] + k] = network.hopVector()[3 * h + k];
            vectorReverse[hopVector[h]] = ids.get(vectorKey(network, h, -1, hopClass[h]));
        }
        int maxEnvironment = 0;
        if (environment != null) {
            for (int h = 0; h < network.hopCount(); h++) {
                maxEnvironment = Math.max(maxEnvironment, environment.environmentSites(h).length);
            }
        }
        long staticBins = (long) vectors * labels * labels * siteEnvs * siteEnvs * hopEnvs;
        byPattern = environment != null && staticBins << maxEnvironment <= MAX_BINS;
        occupiedLevels = byPattern ? 1 << maxEnvironment : maxEnvironment + 1;
        bins = staticBins * occupiedLevels;
        int sites = network.siteCount();
        siteEnvironment = new int[sites];
        for (int s = 0; s < sites; s++) {
            int e = 0;
            for (int r = 0; r < siteRules.size(); r++) e = e * siteRules.get(r).shiftsEv().size() + host.siteCount(r, s);
            siteEnvironment[s] = network.siteTypeOf(s) * siteEnvs + e;
        }
        staticBin = new int[network.hopCount()];
        otherSitesMask = environment == null ? null : new int[network.hopCount()];
        for (int h = 0; h < staticBin.length; h++) {
            int hopEnv = 0;
            for (int r = 0; r < barrierRules.size(); r++) {
                hopEnv = hopEnv * barrierRules.get(r).shiftsEv().size() + host.hopCount(r, h);
            }
            int src = siteEnvironment[source[h]], tgt = siteEnvironment[target[h]];
            long b = (((((long) hopVector[h] * labels + src / siteEnvs) * labels + tgt / siteEnvs) * siteEnvs
                    + src % siteEnvs) * siteEnvs + tgt % siteEnvs) * hopEnvs + hopEnv;
            staticBin[h] = (int) (b * occupiedLevels);
            if (environment != null) {
                int[] env = environment.environmentSites(h);
                int mask = 0;
                for (int k = 0; k < env.length; k++) if (env[k] != source[h] && env[k] != target[h]) mask |= 1 << k;
                otherSitesMask[h] = mask;
            }
        }
    }

    /** A hop's vector (times sign), rounded to 1e-4 Å, with its class: equal keys are one direction. */
    private static List<Long> vectorKey(HopNetwork network, int h, int sign, int hopClass) {
        double[] v = network.hopVector();
        return List.of(Math.round(sign * v[3 * h] * 1e4), Math.round(sign * v[3 * h + 1] * 1e4),
                Math.round(sign * v[3 * h + 2] * 1e4), (long) hopClass);
    }

    private static int radix(List<HostDisorderSpec.CountRule> rules) {
        long n = 1;
        for (HostDisorderSpec.CountRule r : rules) n *= r.shiftsEv().size();
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /**
     * The tally of a model with host disorder and/or occupancy-dependent barriers, or null when it
     * has neither (then every site of a label and hop of a class is alike: nothing to resolve) or
     * when the bins would exceed {@link #MAX_BINS}.
     */
    public static EnvironmentTally of(HopNetwork network, HostDisorderLandscape host, HopEnvironment environment) {
        if (host == null && environment == null) return null;
        double ruleBins = 1;
        if (host != null) {
            for (HostDisorderSpec.CountRule r : host.siteEnergyRules()) ruleBins *= (double) r.shiftsEv().size() * r.shiftsEv().size();
            for (HostDisorderSpec.CountRule r : host.barrierRules()) ruleBins *= r.shiftsEv().size();
        }
        if (ruleBins > MAX_BINS) return null;
        EnvironmentTally tally = new EnvironmentTally(network, host, environment);
        return tally.bins > MAX_BINS ? null : tally;
    }

    /** Number of bins (the length of a replica's per-bin hop counts). */
    public int binCount() { return (int) bins; }

    /** Bin of hop h in the current occupancy (source occupied, target empty). Allocation-free. */
    public int bin(int h, long[] occupiedBits) {
        if (environment == null) return staticBin[h];
        int others = environment.pattern(h, occupiedBits) & otherSitesMask[h];
        return staticBin[h] + (byPattern ? others : Integer.bitCount(others));
    }

    /** Bin of the reverse hops of bin b in the same surroundings (b itself for a symmetric bin). */
    public int reverse(int b) {
        int occ = b % occupiedLevels, rest = b / occupiedLevels;
        int hopEnv = rest % hopEnvs;
        rest /= hopEnvs;
        int tgtEnv = rest % siteEnvs;
        rest /= siteEnvs;
        int srcEnv = rest % siteEnvs;
        rest /= siteEnvs;
        int tgtLabel = rest % labels;
        rest /= labels;
        int srcLabel = rest % labels;
        int vector = rest / labels;
        long r = (((((long) vectorReverse[vector] * labels + tgtLabel) * labels + srcLabel) * siteEnvs + tgtEnv) * siteEnvs
                + srcEnv) * hopEnvs + hopEnv;
        return (int) (r * occupiedLevels + occ);
    }

    /** Hop class of bin b. */
    public int hopClassOf(int b) {
        return vectorClass[b / (occupiedLevels * hopEnvs * siteEnvs * siteEnvs * labels * labels)];
    }

    /** Site environment (index into {@link #siteEnvironmentCount()}) the hops of bin b start from. */
    public int sourceEnvironmentOf(int b) {
        int rest = b / (occupiedLevels * hopEnvs);
        int srcEnv = rest / siteEnvs % siteEnvs;
        int srcLabel = rest / (siteEnvs * siteEnvs * labels) % labels;
        return srcLabel * siteEnvs + srcEnv;
    }

    /** Hop environment of bin b: its class, barrier-rule counts and occupied count (an index for grouping). */
    public int hopEnvironmentOf(int b) {
        return hopClassOf(b) * hopEnvs * occupiedLevels + b % (hopEnvs * occupiedLevels);
    }

    /** Hop class of hop environment k. */
    public int hopClassOfEnvironment(int k) { return k / (hopEnvs * occupiedLevels); }

    /** Number of site environments (label × site-rule count patterns). */
    public int siteEnvironmentCount() { return labels * siteEnvs; }

    /** Number of hop environments (class × barrier-rule count patterns × occupied counts). */
    public int hopEnvironmentCount() { return classes * hopEnvs * occupiedLevels; }

    /** Site environment of every network site (backing array: do not modify). */
    public int[] siteEnvironments() { return siteEnvironment; }

    /** Whether the model's rates obey detailed balance (false for a kMCpy model that does not). */
    public boolean detailedBalance() { return detailedBalance; }

    /** e.g. {@code Li1 [I within 4.0 Å: 2]}, or the label alone without site-energy rules. */
    public String siteEnvironmentName(int e) {
        int label = e / siteEnvs;
        return labelNames.get(label) + counts(e % siteEnvs, siteRules, "");
    }

    /** e.g. {@code Li1-Li1_4.262A [I within 3.5 Å of midpoint: 1]} (+ {@code [occupied around: 3]}). */
    public String hopEnvironmentName(int k) {
        int hopClass = k / (hopEnvs * occupiedLevels);
        int rest = k % (hopEnvs * occupiedLevels);
        String name = classNames.get(hopClass) + counts(rest / occupiedLevels, barrierRules, " of midpoint");
        if (environment == null) return name;
        int occ = rest % occupiedLevels;
        return byPattern ? name + " [environment pattern besides the ends: 0b" + Integer.toBinaryString(occ) + "]"
                : name + " [occupied environment sites besides the ends: " + occ + "]";
    }

    /** Forward direction of bin b as text: source and target environments and the hop environment. */
    public String binName(int b) {
        int rest = b / (occupiedLevels * hopEnvs);
        int tgtEnv = rest % siteEnvs, tgtLabel = rest / (siteEnvs * siteEnvs) % labels;
        int v = 3 * (b / (occupiedLevels * hopEnvs * siteEnvs * siteEnvs * labels * labels));
        return siteEnvironmentName(sourceEnvironmentOf(b)) + " -> "
                + siteEnvironmentName(tgtLabel * siteEnvs + tgtEnv) + String.format(Locale.ROOT,
                " along (%.3f, %.3f, %.3f) Å via ", vectorAngstrom[v], vectorAngstrom[v + 1], vectorAngstrom[v + 2])
                + hopEnvironmentName(hopEnvironmentOf(b));
    }

    private static String counts(int index, List<HostDisorderSpec.CountRule> rules, String around) {
        if (rules.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        for (int r = rules.size() - 1; r >= 0; r--) {
            HostDisorderSpec.CountRule rule = rules.get(r);
            int n = rule.shiftsEv().size();
            parts.add(0, String.format(Locale.ROOT, "%s within %.2f Å%s: %d", rule.species(), rule.shellAngstrom(),
                    around, index % n));
            index /= n;
        }
        return " [" + String.join("; ", parts) + "]";
    }
}
