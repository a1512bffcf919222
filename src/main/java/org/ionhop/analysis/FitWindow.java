package org.ionhop.analysis;

/**
 * Range of time lags, as fractions of the longest lag of a trajectory (or block), over which the
 * MSD is fitted by a straight line.
 *
 * <p>Default 10% to 50%: below ~10% the MSD of correlated hopping (back-jumps, vacancy
 * mechanisms, trapping) has not yet reached its linear regime; above ~50% fewer than two
 * independent time origins contribute, so the MSD is dominated by noise. Fitting with an
 * intercept absorbs the constant offset of a correlated walk's MSD at long times.
 */
public record FitWindow(double startFraction, double endFraction) {
    public static final FitWindow DEFAULT = new FitWindow(0.1, 0.5);

    public FitWindow {
        if (!(startFraction >= 0 && startFraction < endFraction && endFraction <= 1)) {
            throw new IllegalArgumentException("fit window must satisfy 0 <= start < end <= 1 (fractions of "
                    + "the longest time lag), got start=" + startFraction + " end=" + endFraction);
        }
    }
}
