package org.ionhop.validation;

/** How a reference value was obtained, which decides how strict a case can be. */
public enum Tier {
    /** An exact result of theory for the lattice model: tolerances purely statistical. */
    ANALYTIC,
    /** A published or deck-supplied calculation the kMC must reproduce from the same inputs. */
    COMPUTED,
    /** A measurement: tolerances physical (what the lattice model can be expected to get right). */
    EXPERIMENT;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
