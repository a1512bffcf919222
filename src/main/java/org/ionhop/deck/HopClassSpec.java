package org.ionhop.deck;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One {@code hop_classes} entry: selects network hop classes by endpoint labels (either order) and
 * length, and gives their barrier either as a number or as an NEB profile.
 *
 * @param index                   position in the deck's list (0-based)
 * @param fromLabel               label of the profile's initial site
 * @param toLabel                 label of the profile's final site
 * @param lengthAngstrom          hop length, Å
 * @param lengthToleranceAngstrom a class matches when its length is within this of {@code lengthAngstrom}
 * @param barrierEv               E_KRA in eV when given as a number
 * @param neb                     the NEB profile when given as a file
 * @param attemptFrequencyHz      overrides the deck's global attempt frequency for this class
 */
public record HopClassSpec(int index, String fromLabel, String toLabel, double lengthAngstrom,
                           double lengthToleranceAngstrom, OptionalDouble barrierEv, Optional<NebSource> neb,
                           OptionalDouble attemptFrequencyHz, SourceRef where) {

    /** Default of {@code length_tolerance_angstrom}. */
    public static final double DEFAULT_LENGTH_TOLERANCE_ANGSTROM = 0.05;
    /** Default of {@code reaction_energy_tolerance_eV}. */
    public static final double DEFAULT_REACTION_ENERGY_TOLERANCE_EV = 0.05;

    /** True when this entry selects a hop between these labels (either order) of this length. */
    public boolean matches(String labelA, String labelB, double length) {
        boolean labels = fromLabel.equals(labelA) && toLabel.equals(labelB)
                || fromLabel.equals(labelB) && toLabel.equals(labelA);
        return labels && Math.abs(length - lengthAngstrom) <= lengthToleranceAngstrom;
    }

    /** e.g. "Li1-Li1 3.210 Å". */
    public String describe() {
        return String.format("%s-%s %.3f Å", fromLabel, toLabel, lengthAngstrom);
    }
}
