package org.ionhop.kmc;

/**
 * What one replica measured (equilibration excluded).
 *
 * @param replica                replica index
 * @param trajectory             unwrapped ion displacements on the sample grid, Å
 * @param finalDisplacementAngstrom unwrapped displacement of each ion at the end of measurement
 *                               (3 per ion, Å), which need not lie on the sample grid
 * @param ionStartSite           site of each ion at the start of measurement (ion order = trajectory's)
 * @param ionPlacedSite          site of each ion as placed before equilibration (the realised initial
 *                               configuration of the seed and placement rule; ion order = trajectory's)
 * @param hopsPerClass           hops per hop class during measurement
 * @param occupationPerSiteType  time-averaged fraction of the sites of each type that hold an ion
 * @param occupationPerSite      time-averaged occupation of each site, in [0, 1]
 * @param totalHops              hops during measurement
 * @param simulatedTimeSeconds   length of the measurement, s
 * @param equilibrationHops      hops during equilibration (not recorded)
 * @param zoneDisplacementAngstrom with {@link SiteZones}: each ion's displacement summed over its hops
 *                               out of sites of each zone (3 per ion and zone, ion-major), Å; else null
 * @param hopsPerZone            with zones: hops made from sites of each zone; else null
 * @param hopsPerEnvironmentBin  with an {@link org.ionhop.rates.EnvironmentTally}: hops per environment
 *                               bin during measurement; else null
 */
public record ReplicaResult(int replica, Trajectory trajectory, double[] finalDisplacementAngstrom, int[] ionStartSite,
                            int[] ionPlacedSite, long[] hopsPerClass,
                            double[] occupationPerSiteType, double[] occupationPerSite, long totalHops,
                            double simulatedTimeSeconds, long equilibrationHops,
                            double[] zoneDisplacementAngstrom, long[] hopsPerZone, long[] hopsPerEnvironmentBin) {

    /** A result without environment bins. */
    public ReplicaResult(int replica, Trajectory trajectory, double[] finalDisplacementAngstrom, int[] ionStartSite,
                         int[] ionPlacedSite, long[] hopsPerClass, double[] occupationPerSiteType,
                         double[] occupationPerSite, long totalHops, double simulatedTimeSeconds,
                         long equilibrationHops, double[] zoneDisplacementAngstrom, long[] hopsPerZone) {
        this(replica, trajectory, finalDisplacementAngstrom, ionStartSite, ionPlacedSite, hopsPerClass,
                occupationPerSiteType, occupationPerSite, totalHops, simulatedTimeSeconds, equilibrationHops,
                zoneDisplacementAngstrom, hopsPerZone, null);
    }

    /** A result without zones (a single-phase supercell). */
    public ReplicaResult(int replica, Trajectory trajectory, double[] finalDisplacementAngstrom, int[] ionStartSite,
                         int[] ionPlacedSite, long[] hopsPerClass, double[] occupationPerSiteType,
                         double[] occupationPerSite, long totalHops, double simulatedTimeSeconds,
                         long equilibrationHops) {
        this(replica, trajectory, finalDisplacementAngstrom, ionStartSite, ionPlacedSite, hopsPerClass,
                occupationPerSiteType,
                occupationPerSite, totalHops, simulatedTimeSeconds, equilibrationHops, null, null);
    }

    /** Number of zones recorded, 0 without zones. */
    public int zoneCount() {
        return hopsPerZone == null ? 0 : hopsPerZone.length;
    }
}
