package org.ionhop.deck;

/**
 * An NEB profile that supplies a hop class's barrier. The profile's first image is the deck entry's
 * {@code from} site, its last image the {@code to} site.
 *
 * @param path                      profile file or VASP run directory (resolved against the deck's folder)
 * @param format                    "auto", "nebdat", "twocol" or "vasp"
 * @param saddle                    "images" (highest image, e.g. the climbing image) or "spline" (maximum of the force-based cubic spline)
 * @param reactionEnergyToleranceEv allowed difference between the profile's reaction energy and the deck's site energies
 */
public record NebSource(java.nio.file.Path path, String format, String saddle, double reactionEnergyToleranceEv) {
    public static final java.util.List<String> FORMATS = java.util.List.of("auto", "nebdat", "twocol", "vasp", "extxyz");
    public static final java.util.List<String> SADDLES = java.util.List.of("images", "spline");
}
