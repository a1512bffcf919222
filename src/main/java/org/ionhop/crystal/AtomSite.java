package org.ionhop.crystal;

/**
 * One site of the asymmetric unit as written in the structure file.
 *
 * @param label      site label, e.g. "Li1" (unique within a structure)
 * @param element    element symbol, e.g. "Li" (charge suffixes such as "Li1+" stripped)
 * @param fractional fractional coordinates as given
 * @param occupancy  0 < occupancy <= 1
 * @param sourceLine line in the structure file where the site is defined, or 0 when unknown
 */
public record AtomSite(String label, String element, double[] fractional, double occupancy, int sourceLine) {
    public AtomSite {
        fractional = fractional.clone();
    }

    @Override
    public double[] fractional() { return fractional.clone(); }
}
