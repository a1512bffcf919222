package org.ionhop.kmc;

/**
 * Zones of a composite (phases and interface bands, from the network's region map) as the kMC
 * bookkeeping needs them, and where the ions start. With zones, each replica also records per zone
 * the hops made from its sites and each ion's displacement accumulated on hops out of its sites
 * (a zone's own D*); the rates never depend on them.
 *
 * @param zoneOfSite  zone index per site, 0 .. zoneCount-1
 * @param zoneCount   number of zones
 * @param groupOfSite start-placement group per site (the phase), or null for uniform placement
 * @param ionsPerGroup ions to place in each group at the start; -1 = no quota (the ions left
 *                    over go at random to the sites of such groups)
 */
public record SiteZones(int[] zoneOfSite, int zoneCount, int[] groupOfSite, int[] ionsPerGroup) {
    public SiteZones {
        for (int z : zoneOfSite) {
            if (z < 0 || z >= zoneCount) throw new IllegalArgumentException("zone " + z + " out of 0.." + (zoneCount - 1));
        }
        if ((groupOfSite == null) != (ionsPerGroup == null)) {
            throw new IllegalArgumentException("give both groupOfSite and ionsPerGroup, or neither");
        }
    }
}
