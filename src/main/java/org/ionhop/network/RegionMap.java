package org.ionhop.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Which phase and which domain (one layer, one inclusion, one grain) every network site lies in,
 * and which sites form the interface band of a boundary: the geometry of a composite. Energies are
 * not here (they are the rate layer's, {@code RegionLandscape}).
 *
 * <p>A <em>zone</em> is what the outputs resolve: the bulk of each phase (zone = phase index) and
 * each interface band (zone = phase count + interface index). A site in a band belongs to the band's
 * zone, not its phase's.
 */
public final class RegionMap {
    private final List<String> phaseNames;
    private final List<String> interfaceNames;
    private final int[] sitePhase;
    private final int[] siteDomain;
    private final int[] siteBand;          // interface index, -1 outside every band
    private final int[][] interfaceOfPhases; // [p][q] -> interface index for a boundary between domains of p and q, -1 none

    RegionMap(List<String> phaseNames, List<String> interfaceNames, int[] sitePhase, int[] siteDomain, int[] siteBand,
              int[][] interfaceOfPhases) {
        this.phaseNames = List.copyOf(phaseNames);
        this.interfaceNames = List.copyOf(interfaceNames);
        this.sitePhase = sitePhase;
        this.siteDomain = siteDomain;
        this.siteBand = siteBand;
        this.interfaceOfPhases = interfaceOfPhases;
    }

    public List<String> phaseNames() { return phaseNames; }
    public List<String> interfaceNames() { return interfaceNames; }
    public int phaseCount() { return phaseNames.size(); }
    public int interfaceCount() { return interfaceNames.size(); }
    public int siteCount() { return sitePhase.length; }

    public int phaseOf(int site) { return sitePhase[site]; }
    public int domainOf(int site) { return siteDomain[site]; }
    /** The interface band a site belongs to, or -1. */
    public int bandOf(int site) { return siteBand[site]; }

    /** Outputs resolve phases and interface bands: phases first, then bands. */
    public int zoneCount() { return phaseNames.size() + interfaceNames.size(); }

    public List<String> zoneNames() {
        List<String> out = new ArrayList<>(phaseNames);
        for (String i : interfaceNames) out.add("interface " + i);
        return out;
    }

    /** Zone of a site: its band when it is in one, else its phase. */
    public int zoneOf(int site) {
        return siteBand[site] >= 0 ? phaseNames.size() + siteBand[site] : sitePhase[site];
    }

    /** Zone per site (a new array; the kMC loop's per-hop bookkeeping reads it). */
    public int[] siteZones() {
        int[] z = new int[sitePhase.length];
        for (int s = 0; s < z.length; s++) z[s] = zoneOf(s);
        return z;
    }

    /** True when the hop between these sites crosses a boundary between two domains. */
    public boolean crossesBoundary(int from, int to) {
        return siteDomain[from] != siteDomain[to];
    }

    /**
     * The interface whose barriers a hop i→j takes, or -1 for the bulk of its phase: the boundary's
     * interface when it crosses one, else the band of an end (the lower index when the two ends lie
     * in different bands). Symmetric in i and j, so a hop and its reverse always agree.
     */
    public int interfaceOfHop(int from, int to) {
        if (siteDomain[from] != siteDomain[to]) {
            int i = interfaceOfPhases[sitePhase[from]][sitePhase[to]];
            if (i >= 0) return i;
        }
        int a = siteBand[from], b = siteBand[to];
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    /** Zone a hop is counted in: its interface's band zone, else the phase of its ends. */
    public int zoneOfHop(int from, int to) {
        int i = interfaceOfHop(from, to);
        return i >= 0 ? phaseNames.size() + i : sitePhase[from];
    }
}
