package org.ionhop.kmc;

import org.ionhop.network.HopNetwork;

/**
 * The engine's own site numbering and how it maps to the network's. The loop runs on a copy of the
 * network renumbered along {@link org.ionhop.network.ZOrder} (locality on large lattices); everything
 * that leaves the engine — per-site results, start sites, checkpoints — is in network order, so
 * users, outputs and checkpoints never see the internal one. A site's hops keep their order, so
 * hop k of a site is hop k of the same site in both numberings.
 */
final class SiteOrder {
    private final int[] internalOf;          // per network site
    private final int[] networkOf;           // per internal site
    private final int[] networkHopStart;
    private final int[] internalHopStart;
    private final int[] networkHopSource;
    private final int[] internalHopSource;

    SiteOrder(int[] order, HopNetwork network, int[] networkHopSource, HopNetwork internal, int[] internalHopSource) {
        networkOf = order;
        internalOf = new int[order.length];
        for (int k = 0; k < order.length; k++) internalOf[order[k]] = k;
        networkHopStart = network.hopStart();
        internalHopStart = internal.hopStart();
        this.networkHopSource = networkHopSource;
        this.internalHopSource = internalHopSource;
    }

    int internalSite(int networkSite) { return internalOf[networkSite]; }

    int networkSite(int internalSite) { return networkOf[internalSite]; }

    /** Site indices (values) from internal to network numbering. */
    int[] sitesToNetwork(int[] internalSites) {
        int[] out = new int[internalSites.length];
        for (int i = 0; i < out.length; i++) out[i] = networkOf[internalSites[i]];
        return out;
    }

    /** Site indices (values) from network to internal numbering. */
    int[] sitesToInternal(int[] networkSites) {
        int[] out = new int[networkSites.length];
        for (int i = 0; i < out.length; i++) out[i] = internalOf[networkSites[i]];
        return out;
    }

    /** Hop indices (values) from internal to network numbering. */
    int[] hopsToNetwork(int[] internalHops) {
        int[] out = new int[internalHops.length];
        for (int i = 0; i < out.length; i++) {
            int h = internalHops[i], s = internalHopSource[h];
            out[i] = networkHopStart[networkOf[s]] + h - internalHopStart[s];
        }
        return out;
    }

    /** Hop indices (values) from network to internal numbering. */
    int[] hopsToInternal(int[] networkHops) {
        int[] out = new int[networkHops.length];
        for (int i = 0; i < out.length; i++) {
            int h = networkHops[i], s = networkHopSource[h];
            out[i] = internalHopStart[internalOf[s]] + h - networkHopStart[s];
        }
        return out;
    }

    /** A per-site array ({@code stride} entries per site) from internal to network site order. */
    double[] perSiteToNetwork(double[] perInternalSite, int stride) {
        double[] out = new double[perInternalSite.length];
        for (int s = 0; s < internalOf.length; s++) {
            System.arraycopy(perInternalSite, stride * internalOf[s], out, stride * s, stride);
        }
        return out;
    }

    /** A per-site array ({@code stride} entries per site) from network to internal site order, into {@code out}. */
    void perSiteToInternal(double[] perNetworkSite, int stride, double[] out) {
        for (int s = 0; s < internalOf.length; s++) {
            System.arraycopy(perNetworkSite, stride * s, out, stride * internalOf[s], stride);
        }
    }

    /** A per-site int array from internal to network site order. */
    int[] perSiteToNetwork(int[] perInternalSite) {
        int[] out = new int[perInternalSite.length];
        for (int s = 0; s < out.length; s++) out[s] = perInternalSite[internalOf[s]];
        return out;
    }

    /** A per-site int array from network to internal site order, into {@code out}. */
    void perSiteToInternal(int[] perNetworkSite, int[] out) {
        for (int s = 0; s < perNetworkSite.length; s++) out[internalOf[s]] = perNetworkSite[s];
    }
}
