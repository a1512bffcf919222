package org.ionhop.rates;

import org.ionhop.deck.Deck;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.RegionMapBuilder;

/**
 * The regions of a composite as a contribution to the {@link EnergyLandscape}: every site gets
 * its zone's energy and every hop the E_KRA and ν of its zone or interface ({@link RegionEnergies}).
 * Values are set outright, replacing the per-class and per-type ones, so this term goes first; the
 * bulk per-class E_KRA and ν it scales are the builder's starting values. The builder sets a hop and
 * its reverse together, and {@link RegionEnergies} gives both the same value anyway.
 */
public final class RegionLandscape implements LandscapeTerm {
    private final Deck deck;

    public RegionLandscape(Deck deck) {
        this.deck = deck;
    }

    @Override
    public void applyTo(EnergyLandscape.Builder landscape, HopNetwork network) {
        int classes = network.classes().size();
        double[] bulkKra = new double[classes], bulkNu = new double[classes];
        for (int h = network.hopCount() - 1; h >= 0; h--) {
            bulkKra[network.hopClass()[h]] = landscape.kraBarrierEv(h);
            bulkNu[network.hopClass()[h]] = landscape.attemptFrequencyHz(h);
        }
        RegionEnergies energies = RegionEnergies.of(deck, network, RegionMapBuilder.build(network, deck.regions()),
                bulkKra, bulkNu);
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
