package org.ionhop.crystal;

/**
 * One site of the full conventional cell after symmetry expansion.
 *
 * @param label      label of the asymmetric-unit site it is an image of (its Wyckoff orbit)
 * @param element    element symbol
 * @param fractional fractional coordinates wrapped into [0,1)
 * @param occupancy  occupancy of the orbit (partial occupancies are kept, not resolved)
 * @param orbit      index of the asymmetric-unit site in {@link Crystal#asymmetricUnit()}
 */
public record CrystalSite(String label, String element, double[] fractional, double occupancy, int orbit) {
    public CrystalSite {
        fractional = fractional.clone();
    }

    @Override
    public double[] fractional() { return fractional.clone(); }
}
