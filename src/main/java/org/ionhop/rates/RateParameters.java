package org.ionhop.rates;

import java.util.Arrays;

/**
 * Everything the rate model needs besides the network, as plain arrays (the deck fills them).
 *
 * <p>Pair interactions use <em>hop classes as neighbour shells</em>: two ions on the two ends of a
 * hop of class k interact with energy {@code pairEnergyEv[k]} (positive = repulsive). This keeps the
 * shells exactly symmetry-equivalent (a class is a symmetry orbit) and needs no second neighbour
 * search; interactions reach as far as the hop cutoff. Periodic images count separately, so in a
 * supercell so small that two hops join the same pair of sites, that pair interacts twice.
 *
 * @param kraBarrierEv        E_KRA per hop class, eV (mean-endpoint-referenced saddle energy)
 * @param attemptFrequencyHz  attempt frequency nu per hop class, Hz (same value for a global nu)
 * @param siteEnergyEv        energy of an ion on a site, per site type, eV
 * @param pairEnergyEv        ion–ion interaction per hop class, eV; all zeros = non-interacting
 * @param temperatureKelvin   temperature, K
 * @param landscape           per-site energies and per-hop E_KRA and attempt frequencies that replace the
 *                            per-type and per-class values above, or null when every site of a type and
 *                            every hop of a class are alike (regions, host disorder; temperature-independent)
 * @param environment         occupancy-dependent barriers that replace the barrier rule for every hop
 *                            (attempt frequencies stay per class); null = none. Temperature-independent.
 */
public record RateParameters(double[] kraBarrierEv, double[] attemptFrequencyHz, double[] siteEnergyEv,
                             double[] pairEnergyEv, double temperatureKelvin, EnergyLandscape landscape,
                             HopEnvironment environment) {

    /** Parameters without occupancy-dependent barriers. */
    public RateParameters(double[] kraBarrierEv, double[] attemptFrequencyHz, double[] siteEnergyEv,
                          double[] pairEnergyEv, double temperatureKelvin, EnergyLandscape landscape) {
        this(kraBarrierEv, attemptFrequencyHz, siteEnergyEv, pairEnergyEv, temperatureKelvin, landscape, null);
    }

    /** Parameters without a landscape: one value per site type and per hop class. */
    public RateParameters(double[] kraBarrierEv, double[] attemptFrequencyHz, double[] siteEnergyEv,
                          double[] pairEnergyEv, double temperatureKelvin) {
        this(kraBarrierEv, attemptFrequencyHz, siteEnergyEv, pairEnergyEv, temperatureKelvin, null);
    }

    public RateParameters {
        kraBarrierEv = kraBarrierEv.clone();
        attemptFrequencyHz = attemptFrequencyHz.clone();
        siteEnergyEv = siteEnergyEv.clone();
        pairEnergyEv = pairEnergyEv.clone();
        if (kraBarrierEv.length != attemptFrequencyHz.length || kraBarrierEv.length != pairEnergyEv.length) {
            throw new IllegalArgumentException("kraBarrierEv, attemptFrequencyHz and pairEnergyEv need one entry per hop class");
        }
        if (!(temperatureKelvin > 0) || Double.isInfinite(temperatureKelvin)) {
            throw new IllegalArgumentException("temperatureKelvin must be positive, got " + temperatureKelvin);
        }
        for (double nu : attemptFrequencyHz) {
            if (!(nu > 0) || Double.isInfinite(nu)) {
                throw new IllegalArgumentException("attempt frequencies must be positive and finite, got " + nu);
            }
        }
        if (environment != null && hasPairs(pairEnergyEv)) {
            throw new IllegalArgumentException("pair interactions and environment-dependent barriers cannot be combined: "
                    + "put the interactions into the environment model");
        }
        for (double[] a : new double[][] {kraBarrierEv, siteEnergyEv, pairEnergyEv}) {
            for (double v : a) {
                if (!Double.isFinite(v)) throw new IllegalArgumentException("energies must be finite, got " + v);
            }
        }
    }

    /** One barrier, one attempt frequency for all classes, all site energies zero, no interactions. */
    public static RateParameters uniform(int classCount, int siteTypeCount, double kraBarrierEv,
                                         double attemptFrequencyHz, double temperatureKelvin) {
        double[] kra = new double[classCount];
        double[] nu = new double[classCount];
        Arrays.fill(kra, kraBarrierEv);
        Arrays.fill(nu, attemptFrequencyHz);
        return new RateParameters(kra, nu, new double[siteTypeCount], new double[classCount], temperatureKelvin);
    }

    /** A copy with other site energies, eV per site type. */
    public RateParameters withSiteEnergies(double... energiesEv) {
        return new RateParameters(kraBarrierEv, attemptFrequencyHz, energiesEv, pairEnergyEv, temperatureKelvin, landscape,
                environment);
    }

    /** A copy with other pair interactions, eV per hop class. */
    public RateParameters withPairEnergies(double... energiesEv) {
        return new RateParameters(kraBarrierEv, attemptFrequencyHz, siteEnergyEv, energiesEv, temperatureKelvin, landscape,
                environment);
    }

    /** A copy at another temperature. */
    public RateParameters withTemperature(double kelvin) {
        return new RateParameters(kraBarrierEv, attemptFrequencyHz, siteEnergyEv, pairEnergyEv, kelvin, landscape, environment);
    }

    /** A copy whose per-site and per-hop values come from {@code l} (null: back to per type and class). */
    public RateParameters withLandscape(EnergyLandscape l) {
        return new RateParameters(kraBarrierEv, attemptFrequencyHz, siteEnergyEv, pairEnergyEv, temperatureKelvin, l, environment);
    }

    public boolean hasLandscape() { return landscape != null; }

    /** A copy whose hops take their barriers from {@code env} (temperature-free; kept by {@link #withTemperature}). */
    public RateParameters withEnvironment(HopEnvironment env) {
        return new RateParameters(kraBarrierEv, attemptFrequencyHz, siteEnergyEv, pairEnergyEv, temperatureKelvin,
                landscape, env);
    }

    public boolean hasPairInteractions() { return hasPairs(pairEnergyEv); }

    private static boolean hasPairs(double[] pairEnergyEv) {
        for (double j : pairEnergyEv) if (j != 0) return true;
        return false;
    }

    // Records compare arrays by identity; parameters are values, so compare contents.
    @Override
    public boolean equals(Object o) {
        return o instanceof RateParameters p && Arrays.equals(kraBarrierEv, p.kraBarrierEv)
                && Arrays.equals(attemptFrequencyHz, p.attemptFrequencyHz)
                && Arrays.equals(siteEnergyEv, p.siteEnergyEv) && Arrays.equals(pairEnergyEv, p.pairEnergyEv)
                && Double.compare(temperatureKelvin, p.temperatureKelvin) == 0
                && java.util.Objects.equals(landscape, p.landscape) && environment == p.environment;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(kraBarrierEv) * 31 + Arrays.hashCode(siteEnergyEv) + Double.hashCode(temperatureKelvin);
    }

    @Override
    public String toString() {
        return "RateParameters[kraBarrierEv=" + Arrays.toString(kraBarrierEv) + ", attemptFrequencyHz="
                + Arrays.toString(attemptFrequencyHz) + ", siteEnergyEv=" + Arrays.toString(siteEnergyEv)
                + ", pairEnergyEv=" + Arrays.toString(pairEnergyEv) + ", temperatureKelvin=" + temperatureKelvin
                + (landscape == null ? "" : ", landscape of " + landscape.siteCount() + " sites and "
                + landscape.hopCount() + " hops")
                + (environment == null ? "" : ", environment=" + environment.description()) + "]";
    }
}
