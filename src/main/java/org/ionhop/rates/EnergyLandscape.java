package org.ionhop.rates;

import java.util.Arrays;

import org.ionhop.network.HopNetwork;

/**
 * Static (occupancy-independent) energies resolved per site and per hop over the whole supercell
 * network: what regions of a composite and an immobile host disorder change. Without a landscape
 * the rate model takes one site energy per site type and one E_KRA and attempt frequency per hop
 * class; with one, every site and every hop may differ.
 *
 * <p>Detailed balance holds by construction: the rate model forms Ea(i→j) = E_KRA(h) + (E_j − E_i)/2,
 * and the builder keeps E_KRA and the attempt frequency equal for a hop and its reverse (the
 * kinetically resolved barrier is a property of the saddle, shared by both directions). Immutable;
 * shared by all replicas and temperatures.
 */
public final class EnergyLandscape {
    private final double[] siteEnergyEv;
    private final double[] kraBarrierEv;
    private final double[] attemptFrequencyHz;

    private EnergyLandscape(double[] siteEnergyEv, double[] kraBarrierEv, double[] attemptFrequencyHz) {
        this.siteEnergyEv = siteEnergyEv;
        this.kraBarrierEv = kraBarrierEv;
        this.attemptFrequencyHz = attemptFrequencyHz;
    }

    /**
     * A builder that starts from the per-type site energies and per-class E_KRA and attempt
     * frequencies of {@code classParameters}, copied to every site and hop of {@code network}.
     */
    public static Builder startingFrom(HopNetwork network, RateParameters classParameters) {
        return startingFrom(network, new HopTopology(network), classParameters);
    }

    /** As {@link #startingFrom(HopNetwork, RateParameters)} with the network's topology already built. */
    public static Builder startingFrom(HopNetwork network, HopTopology topology, RateParameters classParameters) {
        if (classParameters.kraBarrierEv().length != network.classes().size()
                || classParameters.siteEnergyEv().length != network.siteLabels().size()) {
            throw new IllegalArgumentException("class parameters do not fit the network: "
                    + classParameters.kraBarrierEv().length + " classes and "
                    + classParameters.siteEnergyEv().length + " site types, network has "
                    + network.classes().size() + " and " + network.siteLabels().size());
        }
        int[] type = network.siteType();
        double[] site = new double[network.siteCount()];
        for (int s = 0; s < site.length; s++) site[s] = classParameters.siteEnergyEv()[type[s]];
        int[] cls = network.hopClass();
        double[] kra = new double[network.hopCount()];
        double[] nu = new double[network.hopCount()];
        for (int h = 0; h < kra.length; h++) {
            kra[h] = classParameters.kraBarrierEv()[cls[h]];
            nu[h] = classParameters.attemptFrequencyHz()[cls[h]];
        }
        return new Builder(site, kra, nu, topology.reverseHop());
    }

    public int siteCount() { return siteEnergyEv.length; }

    public int hopCount() { return kraBarrierEv.length; }

    /** Energy of an ion on this site, without its interactions with other ions, eV. */
    public double siteEnergyEv(int site) { return siteEnergyEv[site]; }

    /** E_KRA of this hop (equal to its reverse's), eV. */
    public double kraBarrierEv(int hop) { return kraBarrierEv[hop]; }

    /** Attempt frequency of this hop (equal to its reverse's), Hz. */
    public double attemptFrequencyHz(int hop) { return attemptFrequencyHz[hop]; }

    /** Per-site energies, eV (a copy). */
    public double[] siteEnergiesEv() { return siteEnergyEv.clone(); }

    /** Per-hop E_KRA, eV (a copy). */
    public double[] kraBarriersEv() { return kraBarrierEv.clone(); }

    /** Per-hop attempt frequencies, Hz (a copy). */
    public double[] attemptFrequenciesHz() { return attemptFrequencyHz.clone(); }

    /** Backing arrays for {@link RateModel}'s hot paths: never written. */
    double[] siteEnergyArray() { return siteEnergyEv; }

    double[] kraBarrierArray() { return kraBarrierEv; }

    double[] attemptFrequencyArray() { return attemptFrequencyHz; }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnergyLandscape l && Arrays.equals(siteEnergyEv, l.siteEnergyEv)
                && Arrays.equals(kraBarrierEv, l.kraBarrierEv) && Arrays.equals(attemptFrequencyHz, l.attemptFrequencyHz);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(siteEnergyEv) * 31 + Arrays.hashCode(kraBarrierEv)) * 31
                + Arrays.hashCode(attemptFrequencyHz);
    }

    /**
     * Collects changes to a landscape. Barrier and attempt-frequency setters change a hop together
     * with its reverse, so no sequence of calls can break detailed balance.
     */
    public static final class Builder {
        private final double[] siteEnergyEv;
        private final double[] kraBarrierEv;
        private final double[] attemptFrequencyHz;
        private final int[] reverseHop;

        private Builder(double[] site, double[] kra, double[] nu, int[] reverseHop) {
            this.siteEnergyEv = site;
            this.kraBarrierEv = kra;
            this.attemptFrequencyHz = nu;
            this.reverseHop = reverseHop;
        }

        public int siteCount() { return siteEnergyEv.length; }

        public int hopCount() { return kraBarrierEv.length; }

        public double siteEnergyEv(int site) { return siteEnergyEv[site]; }

        public double kraBarrierEv(int hop) { return kraBarrierEv[hop]; }

        public double attemptFrequencyHz(int hop) { return attemptFrequencyHz[hop]; }

        /** The reverse of a hop (j→i for i→j, with the opposite vector). */
        public int reverseHop(int hop) { return reverseHop[hop]; }

        public Builder setSiteEnergyEv(int site, double energyEv) {
            siteEnergyEv[site] = energyEv;
            return this;
        }

        public Builder addSiteEnergyEv(int site, double deltaEv) {
            siteEnergyEv[site] += deltaEv;
            return this;
        }

        /** Sets E_KRA of the hop and of its reverse. */
        public Builder setKraBarrierEv(int hop, double energyEv) {
            kraBarrierEv[hop] = energyEv;
            kraBarrierEv[reverseHop[hop]] = energyEv;
            return this;
        }

        /** Adds to E_KRA of the hop and of its reverse (once each, also when the hop is its own reverse). */
        public Builder addKraBarrierEv(int hop, double deltaEv) {
            return setKraBarrierEv(hop, kraBarrierEv[hop] + deltaEv);
        }

        /** Sets the attempt frequency of the hop and of its reverse. */
        public Builder setAttemptFrequencyHz(int hop, double hz) {
            attemptFrequencyHz[hop] = hz;
            attemptFrequencyHz[reverseHop[hop]] = hz;
            return this;
        }

        /** Applies one term after another, in order. */
        public Builder apply(Iterable<? extends LandscapeTerm> terms, HopNetwork network) {
            for (LandscapeTerm t : terms) t.applyTo(this, network);
            return this;
        }

        /**
         * The finished landscape.
         *
         * @throws IllegalArgumentException when a value is not finite, an attempt frequency is not
         *                                  positive, or a hop's E_KRA differs from its reverse's
         */
        public EnergyLandscape build() {
            for (int s = 0; s < siteEnergyEv.length; s++) {
                if (!Double.isFinite(siteEnergyEv[s])) {
                    throw new IllegalArgumentException("site " + s + " has a non-finite energy " + siteEnergyEv[s] + " eV");
                }
            }
            for (int h = 0; h < kraBarrierEv.length; h++) {
                if (!Double.isFinite(kraBarrierEv[h])) {
                    throw new IllegalArgumentException("hop " + h + " has a non-finite E_KRA " + kraBarrierEv[h] + " eV");
                }
                double nu = attemptFrequencyHz[h];
                if (!(nu > 0) || Double.isInfinite(nu)) {
                    throw new IllegalArgumentException("hop " + h + " has attempt frequency " + nu + " Hz; it must be positive and finite");
                }
                int r = reverseHop[h];
                if (kraBarrierEv[r] != kraBarrierEv[h] || attemptFrequencyHz[r] != nu) {
                    throw new IllegalArgumentException("hop " + h + " and its reverse " + r
                            + " differ in E_KRA or attempt frequency: detailed balance needs them equal");
                }
            }
            return new EnergyLandscape(siteEnergyEv.clone(), kraBarrierEv.clone(), attemptFrequencyHz.clone());
        }
    }
}
