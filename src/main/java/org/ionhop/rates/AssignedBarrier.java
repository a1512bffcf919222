package org.ionhop.rates;

import java.util.Optional;

import org.ionhop.deck.HopClassSpec;
import org.ionhop.network.HopClass;
import org.ionhop.rates.neb.NebBarriers;

/**
 * The barrier one network hop class receives from the deck.
 *
 * @param hopClass           the network's class
 * @param kraEv              E_KRA, eV (the forward barrier of a hop i→j is E_KRA + (E_j − E_i)/2)
 * @param attemptFrequencyHz ν, Hz
 * @param entry              the deck's hop_classes entry that supplied it
 * @param neb                the NEB analysis when the barrier came from a profile
 */
public record AssignedBarrier(HopClass hopClass, double kraEv, double attemptFrequencyHz, HopClassSpec entry,
                              Optional<NebBarriers> neb) {

    /** e.g. "0.350 eV from hop_classes[1] (deck.yaml:31)" or "... from NEB profile neb.dat (...)". */
    public String describeSource() {
        String at = "hop_classes[" + entry.index() + "] (" + entry.where().fileAndLine() + ")";
        return neb.map(b -> String.format("E_KRA %.3f eV from NEB profile %s, saddle from %s, %s",
                        kraEv, entry.neb().orElseThrow().path().getFileName(),
                        b.saddle().name().toLowerCase(java.util.Locale.ROOT), at))
                .orElse(String.format("E_KRA %.3f eV from %s", kraEv, at));
    }
}
