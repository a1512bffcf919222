package org.ionhop.kmc;

/**
 * The naive reference selector: a flat rate array scanned from the start on every selection, O(n).
 * Used as the speed baseline in {@code ionhop bench} and as an independent check of the fast ones.
 * The total is summed afresh when asked, so it cannot drift.
 */
public final class LinearScanSelector implements EventSelector {
    private final double[] rateHz;

    public LinearScanSelector(int eventCount) {
        rateHz = new double[eventCount];
    }

    @Override
    public void setRate(int event, double rate) { rateHz[event] = rate; }

    @Override
    public double totalRateHz() {
        double total = 0;
        for (double r : rateHz) total += r;
        return total;
    }

    @Override
    public int select(double x) {
        int last = -1;
        for (int k = 0; k < rateHz.length; k++) {
            if (rateHz[k] == 0) continue;
            last = k;
            if (x < rateHz[k]) return k;
            x -= rateHz[k];
        }
        return last;
    }
}
