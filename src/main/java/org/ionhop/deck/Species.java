package org.ionhop.deck;

/**
 * The mobile ion.
 *
 * @param element chemical symbol, e.g. "Li"
 * @param charge  formal charge in units of e (Li/Na +1, Mg +2); enters the Nernst–Einstein conductivity as z²
 */
public record Species(String element, int charge, SourceRef where) {}
