package org.ionhop.rates;

import org.ionhop.network.HopNetwork;

/**
 * The regions of a composite as a contribution to the {@link EnergyLandscape}: every site gets
 * its zone's energy and every hop the E_KRA and ν of its zone or interface ({@link RegionEnergies}).
 * Values are set outright, replacing the per-class and per-type ones; the builder sets a hop and
 * its reverse together, and {@link RegionEnergies} gives both the same value anyway.
 */
public final class RegionLandscape implements LandscapeTerm {
    private final RegionEnergies energies;

    public RegionLandscape(RegionEnergies energies) {
        this.energies = energies;
    }

    @Override
    public void applyTo(EnergyLandscape.Builder landscape, HopNetwork network) {
        int[] start = network.hopStart();
        int[] target = network.hopTarget();
        int[] cls = network.hopClass();
        for (int s = 0; s < network.siteCount(); s++) {
            landscape.setSiteEnergyEv(s, energies.siteEnergyEv(s));
            for (int h = start[s]; h < start[s + 1]; h++) {
                landscape.setKraBarrierEv(h, energies.kraBarrierEv(s, target[h], cls[h]));
                landscape.setAttemptFrequencyHz(h, energies.attemptFrequencyHz(s, target[h], cls[h]));
            }
        }
    }
}
