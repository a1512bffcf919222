package org.ionhop.deck;

/**
 * A pair energy between two mobile ions whose distance lies in a shell
 * (shellMinAngstrom, shellMaxAngstrom]; positive = repulsive. Added to the site-energy difference of a hop.
 */
public record PairInteraction(double shellMinAngstrom, double shellMaxAngstrom, double energyEv, SourceRef where) {}
