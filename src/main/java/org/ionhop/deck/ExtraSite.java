package org.ionhop.deck;

import java.util.List;

/**
 * A network site that is not in the structure file (e.g. an interstitial found by NEB), added in
 * every cell at its fractional position and expanded by the space group like a structure site.
 *
 * @param label      label used in hop_classes and site energies (must not clash with structure labels)
 * @param element    element of the site (the mobile species when omitted)
 * @param fractional fractional coordinates (x, y, z) in the conventional cell
 * @param energyEv   site energy relative to the other sites, eV
 */
public record ExtraSite(String label, String element, List<Double> fractional, double energyEv, SourceRef where) {
    public ExtraSite {
        fractional = List.copyOf(fractional);
    }
}
