package org.ionhop.kmc;

/**
 * Everything a paused replica needs to continue exactly where it stopped (a checkpoint): with the
 * same network, rates and settings, {@link KmcSimulation#restoreReplica(ReplicaState)} rebuilds a
 * replica whose further hops, random numbers and results are bit-identical to never having paused.
 *
 * @param replica            replica index
 * @param phase              the phase it is in
 * @param phaseHops          hops done so far in the current phase
 * @param totalHops          hops done so far in both phases
 * @param equilibrationHops  hops of the finished equilibration (0 while equilibrating)
 * @param timeSeconds        simulated clock of the current phase, s
 * @param ionAt              ion id on each site, -1 when empty
 * @param displacementAngstrom unwrapped displacement per ion (3 per ion), Å
 * @param hopsPerClass       hops per hop class in the current phase
 * @param occupancyClock     per site: seconds occupied so far, time the current ion arrived
 * @param measurementStartSite site of each ion when measurement started (null while equilibrating)
 * @param recordedSamples    trajectory samples written so far, [sample][ion][xyz] (null while equilibrating)
 * @param randomState        the random generator's restorable state (Commons RNG state bytes)
 * @param selectorOrder      events that are on, in the selector's internal order, when that order
 *                           decides which event a random number picks; null when the selector is a
 *                           pure function of the current rates
 * @param zoneDisplacementAngstrom with {@link SiteZones}: displacement per ion and zone (3 per pair,
 *                           ion-major), Å, in the current phase; null without zones
 * @param hopsPerZone        with zones: hops from each zone's sites in the current phase; else null
 * @param hopsPerEnvironmentBin with an environment tally: hops per bin in the current phase; else null
 */
public record ReplicaState(int replica, Phase phase, long phaseHops, long totalHops, long equilibrationHops,
                           double timeSeconds, int[] ionAt, double[] displacementAngstrom, long[] hopsPerClass,
                           double[] occupancyClock, int[] measurementStartSite, double[] recordedSamples,
                           byte[] randomState, int[] selectorOrder,
                           double[] zoneDisplacementAngstrom, long[] hopsPerZone, long[] hopsPerEnvironmentBin) {

    /** Where a replica is in its run. */
    public enum Phase { EQUILIBRATION, MEASUREMENT }
}
