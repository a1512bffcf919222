package org.ionhop.kmc;

import java.util.Arrays;

/**
 * The rate each event has whenever it is on, for the fixed-rate (non-interacting) case: either one
 * value per event, or — for a network that repeats one cell — one value per hop of the cell,
 * repeating with that period, so a 10^7-site lattice does not store 6 * 10^7 copies of a few rates.
 */
final class FixedRates {
    private final double[] rateHz; // per event, or per hop of the cell
    private final int period;      // rateHz.length
    private final int events;

    private FixedRates(double[] rateHz, int events) {
        this.rateHz = rateHz;
        this.period = rateHz.length;
        this.events = events;
    }

    static FixedRates perEvent(double[] rateHz) { return new FixedRates(rateHz, rateHz.length); }

    /** Event e has rate {@code perCellHop[e % perCellHop.length]}; {@code events} is a multiple of that length. */
    static FixedRates periodic(double[] perCellHop, int events) {
        if (perCellHop.length == 0 || events % perCellHop.length != 0) {
            throw new IllegalArgumentException(events + " events do not repeat " + perCellHop.length + " rates");
        }
        return new FixedRates(perCellHop, events);
    }

    int events() { return events; }

    /** Whether the rates repeat with a period shorter than the event count. */
    boolean isPeriodic() { return period < events; }

    /** Rates of one period (all events when not periodic); do not modify. */
    double[] period() { return rateHz; }

    double rateHz(int event) { return rateHz[event < period ? event : event % period]; }

    /** The rate every event has when all events have the same positive rate, else 0. */
    double uniformRateHz() {
        double r = rateHz[0];
        for (double x : rateHz) if (x != r) return 0;
        return r > 0 ? r : 0;
    }

    /** The distinct positive rates, ascending. */
    double[] distinctPositive() { return Arrays.stream(rateHz).filter(r -> r > 0).distinct().sorted().toArray(); }
}
