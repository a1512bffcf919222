package org.ionhop.rates;

import org.ionhop.network.HopNetwork;

/**
 * One contribution to an {@link EnergyLandscape}: a region map of a composite, a realised host
 * disorder, ... A deck's terms are applied in order to a builder that starts from the per-type and
 * per-class values, so a term may set values outright or shift those that earlier terms left.
 */
@FunctionalInterface
public interface LandscapeTerm {
    void applyTo(EnergyLandscape.Builder landscape, HopNetwork network);
}
