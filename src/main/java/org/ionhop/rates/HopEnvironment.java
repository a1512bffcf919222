package org.ionhop.rates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.network.HopNetwork;

/**
 * Occupancy-dependent barriers: the barrier of a hop is a function of the occupancy of a few
 * network sites around it (its local environment), tabulated once per distinct pattern. A hop's
 * environment is an ordered list of n network sites; bit k of the pattern is 1 when site k holds an
 * ion, so the barrier is one table read, {@code barrierEv[table(h) + pattern]}, with tables of 2^n
 * entries shared between hops whose environments are alike (same static surroundings). Whatever
 * fixes the table — immobile host species, cluster-expansion coefficients, a rule table — is
 * folded in when it is built, so the loop never sees where a barrier comes from.
 *
 * <p>For the loop: {@link #dependentHops(int)} lists, per site, every hop whose rate can change when
 * that site's occupancy changes (its environment or its end points hold the site); after a hop the
 * loop recomputes exactly those of the two sites involved. Immutable, temperature-free; shared.
 *
 * <p>The barrier is the full activation energy E_a of the directed hop in eV, without the clamping
 * of {@link TransitionRate}: what the model gives is what is used. Whether the model obeys detailed
 * balance is the model's business and is recorded in {@link #detailedBalance()}.
 */
public final class HopEnvironment {
    /** Largest environment the tables accept: 2^16 entries per table. */
    public static final int MAX_ENVIRONMENT_SITES = 16;

    private final int[] hopEnvironment; // per hop: environment id
    private final int[] hopTable;       // per hop: offset of its table in barrierEv
    private final int[] envStart;       // CSR over environments
    private final int[] envSites;
    private final double[] barrierEv;   // all tables back to back
    private final int[] dependentStart; // CSR over sites
    private final int[] dependentHops;
    private final String description;
    private final boolean detailedBalance;

    private HopEnvironment(int[] hopEnvironment, int[] hopTable, int[] envStart, int[] envSites, double[] barrierEv,
                           int[] dependentStart, int[] dependentHops, String description, boolean detailedBalance) {
        this.hopEnvironment = hopEnvironment;
        this.hopTable = hopTable;
        this.envStart = envStart;
        this.envSites = envSites;
        this.barrierEv = barrierEv;
        this.dependentStart = dependentStart;
        this.dependentHops = dependentHops;
        this.description = description;
        this.detailedBalance = detailedBalance;
    }

    public int hopCount() { return hopTable.length; }

    /** What the barriers come from, for reports. */
    public String description() { return description; }

    /**
     * Whether forward and backward barriers come from one energy function, so that
     * E_a(i→j) − E_a(j→i) is the energy change of the hop (false e.g. for a kMCpy model whose
     * site-energy expansion is not an energy difference; such a model is run as given).
     */
    public boolean detailedBalance() { return detailedBalance; }

    /** Environment pattern of hop h: bit k set when its k-th environment site is occupied. */
    public int pattern(int h, long[] occupiedBits) {
        int e = hopEnvironment[h];
        int p = 0;
        for (int k = envStart[e], bit = 1; k < envStart[e + 1]; k++, bit <<= 1) {
            int s = envSites[k];
            if ((occupiedBits[s >> 6] & (1L << s)) != 0) p |= bit;
        }
        return p;
    }

    /** As {@link #pattern(int, long[])} from a boolean occupancy. */
    public int pattern(int h, boolean[] occupied) {
        int e = hopEnvironment[h];
        int p = 0;
        for (int k = envStart[e], bit = 1; k < envStart[e + 1]; k++, bit <<= 1) {
            if (occupied[envSites[k]]) p |= bit;
        }
        return p;
    }

    /** Offset of hop h's table: its barrier in pattern p is {@link #tableEntryEv(int) tableEntryEv(table(h) + p)}. */
    public int table(int h) { return hopTable[h]; }

    public double tableEntryEv(int index) { return barrierEv[index]; }

    /** Number of table entries over all tables. */
    public int tableSize() { return barrierEv.length; }

    /** Activation barrier of hop h (source occupied, target empty) in this occupancy, eV. */
    public double barrierEv(int h, long[] occupiedBits) { return barrierEv[hopTable[h] + pattern(h, occupiedBits)]; }

    /** Environment sites of hop h, in pattern-bit order (a copy). */
    public int[] environmentSites(int h) {
        int e = hopEnvironment[h];
        return Arrays.copyOfRange(envSites, envStart[e], envStart[e + 1]);
    }

    /** Environment id of hop h (hops with the same id share their site list). */
    public int environmentOf(int h) { return hopEnvironment[h]; }

    public int environmentCount() { return envStart.length - 1; }

    // Backing arrays for the loop: do not modify.
    public int[] dependentStart() { return dependentStart; }
    public int[] dependentHops() { return dependentHops; }

    /** Hops whose rate can change when the occupancy of {@code site} changes (a copy). */
    public int[] dependentHops(int site) {
        return Arrays.copyOfRange(dependentHops, dependentStart[site], dependentStart[site + 1]);
    }

    /** Largest number of dependent hops of one site. */
    public int maxDependentHops() {
        int m = 0;
        for (int s = 0; s + 1 < dependentStart.length; s++) m = Math.max(m, dependentStart[s + 1] - dependentStart[s]);
        return m;
    }

    public static Builder builder(HopNetwork network) { return new Builder(network); }

    /** Collects environments and tables; identical ones are stored once. */
    public static final class Builder {
        private final HopNetwork network;
        private final int[] source;
        private final int[] hopEnvironment;
        private final int[] hopTable;
        private final Map<List<Integer>, Integer> environmentIds = new HashMap<>();
        private final List<int[]> environments = new ArrayList<>();
        private final Map<List<Double>, Integer> tableOffsets = new HashMap<>();
        private final List<double[]> tables = new ArrayList<>();
        private int tableEntries;
        private String description = "occupancy-dependent barriers";
        private boolean detailedBalance = true;

        private Builder(HopNetwork network) {
            this.network = network;
            hopEnvironment = new int[network.hopCount()];
            hopTable = new int[network.hopCount()];
            Arrays.fill(hopEnvironment, -1);
            source = new HopTopology(network).hopSource();
        }

        /** Id of an environment: an ordered list of distinct network sites (pattern bit k = site k). */
        public int environment(int... sites) {
            if (sites.length > MAX_ENVIRONMENT_SITES) {
                throw new IllegalArgumentException("an environment of " + sites.length + " sites is larger than "
                        + MAX_ENVIRONMENT_SITES);
            }
            List<Integer> key = Arrays.stream(sites).boxed().toList();
            if (key.stream().distinct().count() != key.size()) {
                throw new IllegalArgumentException("environment sites must be distinct, got " + key);
            }
            for (int s : sites) {
                if (s < 0 || s >= network.siteCount()) throw new IllegalArgumentException("no network site " + s);
            }
            return environmentIds.computeIfAbsent(key, k -> {
                environments.add(sites.clone());
                return environments.size() - 1;
            });
        }

        /** Offset of a barrier table (eV, one entry per pattern of its environment). */
        public int table(double[] barriersEv) {
            for (double v : barriersEv) {
                if (!Double.isFinite(v)) throw new IllegalArgumentException("barriers must be finite, got " + v);
            }
            List<Double> key = Arrays.stream(barriersEv).boxed().toList();
            return tableOffsets.computeIfAbsent(key, k -> {
                tables.add(barriersEv.clone());
                int offset = tableEntries;
                tableEntries += barriersEv.length;
                return offset;
            });
        }

        /** Hop h takes its barrier from table {@code tableOffset}, indexed by the pattern of environment {@code env}. */
        public Builder hop(int h, int env, int tableOffset, int tableLength) {
            if (tableLength != 1 << environments.get(env).length) {
                throw new IllegalArgumentException("a table for " + environments.get(env).length
                        + " environment sites needs " + (1 << environments.get(env).length) + " entries, got "
                        + tableLength);
            }
            hopEnvironment[h] = env;
            hopTable[h] = tableOffset;
            return this;
        }

        public Builder description(String text) {
            description = text;
            return this;
        }

        public Builder detailedBalance(boolean holds) {
            detailedBalance = holds;
            return this;
        }

        /** @throws IllegalArgumentException when a hop has no barrier */
        public HopEnvironment build() {
            int[] target = network.hopTarget();
            for (int h = 0; h < hopEnvironment.length; h++) {
                if (hopEnvironment[h] < 0) {
                    throw new IllegalArgumentException("hop " + h + " (site " + source[h] + " to " + target[h]
                            + ") has no environment barrier");
                }
            }
            int[] envStart = new int[environments.size() + 1];
            for (int e = 0; e < environments.size(); e++) envStart[e + 1] = envStart[e] + environments.get(e).length;
            int[] envSites = new int[envStart[environments.size()]];
            for (int e = 0; e < environments.size(); e++) {
                System.arraycopy(environments.get(e), 0, envSites, envStart[e], environments.get(e).length);
            }
            double[] barriers = new double[tableEntries];
            int offset = 0;
            for (double[] t : tables) {
                System.arraycopy(t, 0, barriers, offset, t.length);
                offset += t.length;
            }
            // Dependents: a hop's rate reads its two end points and its environment.
            int sites = network.siteCount();
            int[][] perSite = new int[sites][];
            int[] count = new int[sites];
            for (int s = 0; s < sites; s++) perSite[s] = new int[8];
            for (int h = 0; h < hopEnvironment.length; h++) {
                int e = hopEnvironment[h];
                add(perSite, count, source[h], h);
                add(perSite, count, target[h], h);
                for (int k = envStart[e]; k < envStart[e + 1]; k++) add(perSite, count, envSites[k], h);
            }
            int[] depStart = new int[sites + 1];
            int[][] unique = new int[sites][];
            for (int s = 0; s < sites; s++) {
                unique[s] = Arrays.stream(perSite[s], 0, count[s]).sorted().distinct().toArray();
                depStart[s + 1] = depStart[s] + unique[s].length;
            }
            int[] dep = new int[depStart[sites]];
            for (int s = 0; s < sites; s++) System.arraycopy(unique[s], 0, dep, depStart[s], unique[s].length);
            return new HopEnvironment(hopEnvironment.clone(), hopTable.clone(), envStart, envSites, barriers, depStart,
                    dep, description, detailedBalance);
        }

        private static void add(int[][] lists, int[] count, int site, int hop) {
            if (count[site] == lists[site].length) lists[site] = Arrays.copyOf(lists[site], 2 * lists[site].length);
            lists[site][count[site]++] = hop;
        }
    }
}
