package org.ionhop.kmc;

import org.ionhop.network.HopNetwork;

/**
 * Bytes of Java heap a simulation needs, from the array layouts of this package and the network,
 * computed before anything is allocated so that a run too large for the heap is refused up front.
 * Checked against heap histograms of the standard lattice gas (BENCHMARKS.md, "Memory"); array
 * headers and the few kB of templates are ignored.
 */
public final class MemoryFootprint {
    /** Per hop when the per-hop arrays exist: network target, class, vector (4 + 4 + 24). */
    static final int NETWORK_BYTES_PER_HOP = 32;
    /** Per site when the per-site arrays exist: network position, type, hop start (24 + 4 + 4), rate model site energy (8). */
    static final int NETWORK_BYTES_PER_SITE = 40;
    /** Per hop on the table path: topology source and reverse (8), loop tables link and chosen (24), the
     * table builder's two scratch ints (8), the fixed rate per hop (8). */
    static final int TABLE_PATH_BYTES_PER_HOP = 48;
    /** Per site of a replica: occupancy clocks (16) and ion id (4); the occupancy bit is counted with the selector. */
    static final int REPLICA_BYTES_PER_SITE = 20;
    /** Per ion of a replica: displacement (24) and start site (4). */
    static final int REPLICA_BYTES_PER_ION = 28;
    /** Per ion and trajectory sample: three doubles. */
    static final int TRAJECTORY_BYTES_PER_ION_SAMPLE = 24;
    /** Per site of a finished replica: time-averaged occupation (8). */
    static final int RESULT_BYTES_PER_SITE = 8;

    private final boolean tables;
    private final boolean interacting;
    private final boolean landscape;
    private final long sites;
    private final long hops;

    /**
     * @param network     the network (only its sizes and whether it repeats one cell are read)
     * @param interacting whether the rates have pair interactions (sum-tree selector, more scratch)
     * @param landscape   whether energies vary per site and hop (an energy landscape: per-hop tables)
     */
    public MemoryFootprint(HopNetwork network, boolean interacting, boolean landscape) {
        this.sites = network.siteCount();
        this.hops = network.hopCount();
        this.interacting = interacting;
        this.landscape = landscape;
        this.tables = landscape || network.template() == null || hops <= KmcSimulation.PERIODIC_ABOVE_HOPS;
    }

    /** Shared by all replicas: network arrays and loop tables, when the path needs them. */
    public long sharedBytes() {
        if (!tables) return 0;
        long landscapeBytes = landscape ? 8 * sites + 16 * hops : 0; // site energy; E_KRA and frequency per hop
        return hops * (NETWORK_BYTES_PER_HOP + TABLE_PATH_BYTES_PER_HOP) + sites * NETWORK_BYTES_PER_SITE + landscapeBytes;
    }

    /** One running replica with {@code ions} ions and its selector ({@link SelectorKind#AUTO}). */
    public long replicaBytes(long ions) {
        long selector;
        if (interacting) {
            long leaves = Long.highestOneBit(Math.max(1, hops - 1)) << 1;
            selector = 16 * leaves;                       // sum tree: 2 * leaves doubles
        } else if (landscape) {
            long leaves = Long.highestOneBit(Math.max(1, hops - 1)) << 1;
            selector = Math.max(16 * leaves, 12 * hops);  // sum tree or grouped, whichever AUTO picks
        } else if (hops > SelectorKind.BITMAP_ABOVE_EVENTS) {
            selector = hops / 8 + hops / 64;              // bitmap: one bit per event, counts over 2^9.. blocks
        } else {
            selector = 12 * hops;                         // grouped: slot (8) and member (4) per event
        }
        if (!interacting) {
            // The uniform-rate path (AUTO's choice when one rate fits) has no selector but each ion's place
            // (8 bytes) and, on the tables, a slot table of 8 bytes per site and hop slot (about per hop).
            selector = Math.max(selector, ions * 8 + (tables ? 8 * hops : 0));
        }
        long perSite = REPLICA_BYTES_PER_SITE + (interacting ? 4 + (tables ? 1 : 0) : 0); // + stamp, occupied[]
        return sites * perSite + sites / 8 + ions * REPLICA_BYTES_PER_ION + selector;
    }

    /**
     * What a finished replica keeps until the analysis beyond its counted state: trajectory and
     * occupation per site (its final displacements are the state's, handed over).
     */
    public long resultBytes(long ions, long samples) {
        return ions * samples * TRAJECTORY_BYTES_PER_ION_SAMPLE + sites * RESULT_BYTES_PER_SITE;
    }
}
