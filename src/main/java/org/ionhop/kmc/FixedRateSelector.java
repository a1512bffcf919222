package org.ionhop.kmc;

/**
 * A selector for events whose rate, when on, never changes (the non-interacting lattice gas): the
 * loop only switches events on and off, without computing or passing rates.
 */
public interface FixedRateSelector extends EventSelector {
    /** Switches an event on at its fixed rate; no-op when it is on. */
    void switchOn(int event);

    /** Switches an event off; no-op when it is off. */
    void switchOff(int event);
}
