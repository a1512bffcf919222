package org.ionhop.deck;

/**
 * The mobile ion.
 *
 * @param element           chemical symbol, e.g. "Li"
 * @param charge            formal charge in units of e (Li/Na +1, Mg +2); enters the Nernst–Einstein conductivity as z²
 * @param where             where {@code species} is written
 * @param elementWhere      where {@code species.element} is written
 * @param allowSubstitution {@code species.allow_substitution}: the ion may move on sites the structure
 *                          gives to another element (e.g. Na on the Li sites of a Li compound); without
 *                          it such a deck is refused, since it is usually a mistake
 */
public record Species(String element, int charge, SourceRef where, SourceRef elementWhere, boolean allowSubstitution) {}
