package org.ionhop.rates;

import org.ionhop.common.Units;
import org.ionhop.network.CellTemplate;
import org.ionhop.network.HopNetwork;

/**
 * What can happen and how fast: the rate of every hop for a given occupancy, from site energies,
 * optional pair interactions (shells = hop classes, see {@link RateParameters}) and the KRA barrier
 * rule of {@link TransitionRate}. Knows nothing about how the next event is chosen.
 *
 * <p>Site energies and barriers are per site type and per hop class, or, when the parameters carry
 * an {@link EnergyLandscape} (regions, host disorder), per site and per hop; the rates of the two
 * forms are computed by the same formula, so a landscape that repeats the class values gives the
 * same rates to the bit.
 *
 * <p>Built without a {@link HopTopology} and without a landscape (for a network that repeats one
 * cell, whose loop computes hops from {@link PeriodicHops}), it keeps nothing per site or per hop:
 * then only the template methods, {@link #isolatedRateHz} and {@link #siteEnergyEv} may be used.
 */
public final class RateModel {
    private final int[] hopStart;
    private final int[] hopTarget;
    private final int[] hopClass;
    private final int[] hopSource;
    private final double[] siteEnergyEv;   // per site
    private final double[] typeEnergyEv;   // per site type
    private final double[] kraBarrierEv;   // per class
    private final double[] attemptFrequencyHz;
    private final double[] pairEnergyEv;
    private final double[] hopKraEv;       // per hop with a landscape, else null
    private final double[] hopFrequencyHz; // per hop with a landscape, else null
    private final boolean perHop;
    private final boolean interacting;
    private final double thermalEnergyEv;
    private final HopEnvironment environment;   // null without environment-dependent barriers
    private final double[] boltzmannTable;      // exp(-E/kT) of every environment table entry
    private final HopNetwork network;

    /** @param topology the network's per-hop lookups, or null for a template-only model (see the class comment) */
    public RateModel(HopNetwork network, HopTopology topology, RateParameters parameters) {
        int classes = network.classes().size();
        if (parameters.kraBarrierEv().length != classes) {
            throw new IllegalArgumentException("rate parameters give " + parameters.kraBarrierEv().length
                    + " hop classes but the network has " + classes);
        }
        if (parameters.siteEnergyEv().length != network.siteLabels().size()) {
            throw new IllegalArgumentException("rate parameters give " + parameters.siteEnergyEv().length
                    + " site energies but the network has site types " + network.siteLabels());
        }
        this.network = network;
        boolean tables = topology != null;
        if (!tables && network.template() == null) {
            throw new IllegalArgumentException("a rate model without hop topology needs a network that repeats one cell");
        }
        hopStart = tables ? network.hopStart() : null;
        hopTarget = tables ? network.hopTarget() : null;
        hopClass = tables ? network.hopClass() : null;
        hopSource = tables ? topology.hopSource() : null;
        double[] typeEnergy = parameters.siteEnergyEv();
        typeEnergyEv = typeEnergy;
        EnergyLandscape landscape = parameters.landscape();
        perHop = landscape != null;
        if (perHop && !tables) {
            throw new IllegalArgumentException("an energy landscape varies per hop: the rate model needs the hop topology");
        }
        if (perHop) {
            if (landscape.siteCount() != network.siteCount() || landscape.hopCount() != hopTarget.length) {
                throw new IllegalArgumentException("the energy landscape has " + landscape.siteCount() + " sites and "
                        + landscape.hopCount() + " hops but the network has " + network.siteCount() + " and " + hopTarget.length);
            }
            siteEnergyEv = landscape.siteEnergyArray();
            hopKraEv = landscape.kraBarrierArray();
            hopFrequencyHz = landscape.attemptFrequencyArray();
        } else {
            if (tables) {
                int[] type = network.siteType();
                siteEnergyEv = new double[type.length];
                for (int s = 0; s < type.length; s++) siteEnergyEv[s] = typeEnergy[type[s]];
            } else {
                siteEnergyEv = null;
            }
            hopKraEv = null;
            hopFrequencyHz = null;
        }
        kraBarrierEv = parameters.kraBarrierEv();
        attemptFrequencyHz = parameters.attemptFrequencyHz();
        pairEnergyEv = parameters.pairEnergyEv();
        interacting = parameters.hasPairInteractions();
        thermalEnergyEv = Units.KB_EV_PER_K * parameters.temperatureKelvin();
        environment = parameters.environment();
        if (environment != null) {
            if (!tables) {
                throw new IllegalArgumentException("environment-dependent barriers vary per hop: the rate model needs the hop topology");
            }
            if (environment.hopCount() != hopTarget.length) {
                throw new IllegalArgumentException("the environment model covers " + environment.hopCount()
                        + " hops but the network has " + hopTarget.length);
            }
            // The tables repeat across the lattice: one exp per distinct entry, none in the loop.
            boltzmannTable = new double[environment.tableSize()];
            for (int k = 0; k < boltzmannTable.length; k++) {
                boltzmannTable[k] = Math.exp(-environment.tableEntryEv(k) / thermalEnergyEv);
            }
        } else {
            boltzmannTable = null;
        }
    }

    public boolean hasPairInteractions() { return interacting; }

    /** Whether barriers depend on the occupancy around each hop ({@link HopEnvironment}). */
    public boolean hasEnvironment() { return environment != null; }

    /** The environment model, or null. */
    public HopEnvironment environment() { return environment; }

    /**
     * Rate of hop h with an environment model, occupancy as one bit per site: 0 unless its source
     * holds an ion and its target is empty, else ν(class) · exp(−E_a/kT) with E_a from the hop's
     * table at its current environment pattern.
     */
    public double environmentRateHz(int hop, long[] occupiedBits) {
        int i = hopSource[hop], j = hopTarget[hop];
        if ((occupiedBits[i >> 6] & (1L << i)) == 0 || (occupiedBits[j >> 6] & (1L << j)) != 0) return 0.0;
        return attemptFrequencyHz(hop) * boltzmannTable[environment.table(hop) + environment.pattern(hop, occupiedBits)];
    }

    public double thermalEnergyEv() { return thermalEnergyEv; }

    public int hopCount() { return network.hopCount(); }

    /** Energy of an ion on a site without its neighbours, eV. */
    public double siteEnergyEv(int site) {
        return siteEnergyEv != null ? siteEnergyEv[site] : typeEnergyEv[network.siteTypeOf(site)];
    }

    /** Whether site energies and barriers vary per site and per hop (an {@link EnergyLandscape}). */
    public boolean hasLandscape() { return perHop; }

    /** E_KRA of a hop, eV (its class's value without a landscape). */
    public double kraBarrierEv(int hop) { return perHop ? hopKraEv[hop] : kraBarrierEv[classOf(hop)]; }

    /** Attempt frequency of a hop, Hz (its class's value without a landscape). */
    public double attemptFrequencyHz(int hop) { return perHop ? hopFrequencyHz[hop] : attemptFrequencyHz[classOf(hop)]; }

    private int classOf(int hop) { return hopClass != null ? hopClass[hop] : network.hopClassOf(hop); }

    /**
     * Rate of a hop when it is allowed (source occupied, target empty) and pair interactions are off:
     * then it depends only on the hop, not on the rest of the occupancy.
     */
    public double isolatedRateHz(int hop) {
        if (hopClass == null) {
            CellTemplate cell = network.template();
            int p = hop % cell.pairsPerCell();
            int c = cell.pairClass(p);
            int source = 0;
            while (cell.pairStart(source + 1) <= p) source++;
            return TransitionRate.rateHz(attemptFrequencyHz[c], kraBarrierEv[c],
                    typeEnergyEv[cell.siteType(cell.pairTarget(p))] - typeEnergyEv[cell.siteType(source)], thermalEnergyEv);
        }
        return TransitionRate.rateHz(attemptFrequencyHz(hop), kraBarrierEv(hop),
                siteEnergyEv[hopTarget[hop]] - siteEnergyEv[hopSource[hop]], thermalEnergyEv);
    }

    /** Rate of a hop in the given occupancy, Hz; 0 when the source is empty or the target occupied. */
    public double rateHz(int hop, boolean[] occupied) {
        if (!occupied[hopSource[hop]] || occupied[hopTarget[hop]]) return 0.0;
        if (environment != null) {
            return attemptFrequencyHz(hop) * boltzmannTable[environment.table(hop) + environment.pattern(hop, occupied)];
        }
        return TransitionRate.rateHz(attemptFrequencyHz(hop), kraBarrierEv(hop), energyChangeEv(hop, occupied),
                thermalEnergyEv);
    }

    /**
     * {@link #rateHz(int, boolean[])} of the hop along pair {@code pair} out of site {@code s} of cell
     * (c0, c1, c2), for a network that repeats one cell ({@code cell} is its template), with the
     * occupancy as one bit per site (site k is bit k % 64 of word k / 64): the same value to the bit
     * (same neighbours in the same order, same energies), with neighbours and site energies from
     * the template, and occupancy from a bitmap 1/8 the size of a boolean[], instead of per-site
     * and per-hop arrays whose reads miss the cache on large lattices. With a landscape the
     * energies and barriers vary per site and hop, so they are read from its arrays.
     */
    public double rateHz(PeriodicHops cell, int c0, int c1, int c2, int s, int pair, long[] occupied) {
        int m = cell.sitesPerCell;
        int i = ((c0 * cell.n1 + c1) * cell.n2 + c2) * m + s;
        int d0 = cell.wrap0(c0, pair), d1 = cell.wrap1(c1, pair), d2 = cell.wrap2(c2, pair);
        int u = cell.pairTarget[pair];
        int j = ((d0 * cell.n1 + d1) * cell.n2 + d2) * m + u;
        if (!isSet(occupied, i) || isSet(occupied, j)) return 0.0;
        double de = perHop ? siteEnergyEv[j] - siteEnergyEv[i]
                : typeEnergyEv[cell.siteType[u]] - typeEnergyEv[cell.siteType[s]];
        if (interacting) {
            de += interactionEv(cell, d0, d1, d2, u, j, i, occupied) - interactionEv(cell, c0, c1, c2, s, i, j, occupied);
        }
        if (perHop) {
            int hop = ((c0 * cell.n1 + c1) * cell.n2 + c2) * cell.pairsPerCell + pair;
            return TransitionRate.rateHz(hopFrequencyHz[hop], hopKraEv[hop], de, thermalEnergyEv);
        }
        int c = cell.pairClass[pair];
        return TransitionRate.rateHz(attemptFrequencyHz[c], kraBarrierEv[c], de, thermalEnergyEv);
    }

    /**
     * E_final - E_initial, eV, when the ion on the hop's source moves to its (empty) target. The
     * moving ion does not interact with itself: at the target, its old site is excluded.
     */
    public double energyChangeEv(int hop, boolean[] occupied) {
        int i = hopSource[hop];
        int j = hopTarget[hop];
        double de = siteEnergyEv[j] - siteEnergyEv[i];
        if (interacting) {
            de += interactionEv(j, i, occupied) - interactionEv(i, j, occupied);
        }
        return de;
    }

    /** Interaction of an ion on {@code site} with the ions around it, not counting {@code excluded}. */
    private double interactionEv(int site, int excluded, boolean[] occupied) {
        double e = 0;
        for (int h = hopStart[site]; h < hopStart[site + 1]; h++) {
            int t = hopTarget[h];
            if (t != excluded && occupied[t]) e += pairEnergyEv[hopClass[h]];
        }
        return e;
    }

    /**
     * As {@link #interactionEv(int, int, boolean[])} for {@code site}, site s of cell (c0, c1, c2),
     * neighbours from the template: away from the supercell faces a neighbour is a fixed index
     * offset, so only cells at a face need the per-axis wrap.
     */
    private double interactionEv(PeriodicHops cell, int c0, int c1, int c2, int s, int site, int excluded,
                                 long[] occupied) {
        double e = 0;
        boolean interior = cell.isInterior(c0, c1, c2);
        for (int q = cell.firstPair[s]; q < cell.endPair[s]; q++) {
            int t = interior ? site + cell.pairSiteDelta[q]
                    : cell.targetCell(c0, c1, c2, q) * cell.sitesPerCell + cell.pairTarget[q];
            if (t != excluded && isSet(occupied, t)) e += pairEnergyEv[cell.pairClass[q]];
        }
        return e;
    }

    private static boolean isSet(long[] bits, int site) { return (bits[site >> 6] & (1L << site)) != 0; }

    /** Total energy of a configuration, eV: site energies plus each interacting pair once. */
    public double totalEnergyEv(boolean[] occupied) {
        double e = 0;
        for (int s = 0; s < occupied.length; s++) {
            if (!occupied[s]) continue;
            e += siteEnergyEv[s];
            if (interacting) e += 0.5 * interactionEv(s, -1, occupied);
        }
        return e;
    }
}
