package org.ionhop.kmc;

/**
 * Picks which event happens next (n-fold way): event k with probability rate_k / R. Knows nothing
 * about what an event means. Implementations must not allocate in {@link #setRate} or {@link #select}.
 */
public interface EventSelector {
    /** Sets an event's rate, Hz; 0 switches it off. Setting the same value again is a no-op. */
    void setRate(int event, double rateHz);

    /** Sum of all rates R, Hz. */
    double totalRateHz();

    /**
     * The event k whose cumulative-rate interval contains x, for x uniform in [0, R): this picks k
     * with probability rate_k / R. Never returns an event with zero rate while R > 0.
     */
    int select(double x);
}
