package org.ionhop.analysis;

/**
 * How trajectories are turned into transport coefficients.
 *
 * @param fitWindow           lag range of the linear MSD fit
 * @param maxLagCount         at most this many time lags are evaluated (evenly spaced, in whole
 *                            sample intervals, up to the full length): bounds the O(lags × origins
 *                            × ions) cost of the direct MSD sum
 * @param maxOriginsPerLag    time origins are taken every k samples, with k the smallest stride
 *                            that keeps at most this many origins per lag (k = 1, i.e. all origins,
 *                            for trajectories shorter than this)
 * @param minStatisticalUnits standard errors come from the scatter of D between independent units:
 *                            replicas, or, with fewer replicas than this, equal time blocks of each
 *                            replica so that there are at least this many units
 * @param minBlockIntervals   a time block is never shorter than this many sample intervals
 * @param networkDimensionality dimensionality of long-range transport of the hop network (0..3):
 *                            how many principal values of D can be non-zero (see
 *                            {@link DiffusionTensor#negativePrincipalValue})
 */
public record AnalysisSettings(FitWindow fitWindow, int maxLagCount, int maxOriginsPerLag,
                               int minStatisticalUnits, int minBlockIntervals, int networkDimensionality) {

    public AnalysisSettings {
        if (networkDimensionality < 0 || networkDimensionality > 3) {
            throw new IllegalArgumentException("network dimensionality must be 0..3, got " + networkDimensionality);
        }
        if (maxLagCount < 2 || maxOriginsPerLag < 1 || minStatisticalUnits < 1 || minBlockIntervals < 2) {
            throw new IllegalArgumentException("analysis settings out of range: maxLagCount=" + maxLagCount
                    + " maxOriginsPerLag=" + maxOriginsPerLag + " minStatisticalUnits=" + minStatisticalUnits
                    + " minBlockIntervals=" + minBlockIntervals);
        }
    }

    /** 200 lags, at most 1000 origins per lag, at least 8 statistical units, blocks of >= 20 intervals, a 3D network. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(FitWindow.DEFAULT, 200, 1000, 8, 20, 3);
    }

    public AnalysisSettings withNetworkDimensionality(int dimensionality) {
        return new AnalysisSettings(fitWindow, maxLagCount, maxOriginsPerLag, minStatisticalUnits, minBlockIntervals,
                dimensionality);
    }

    public AnalysisSettings withFitWindow(FitWindow window) {
        return new AnalysisSettings(window, maxLagCount, maxOriginsPerLag, minStatisticalUnits, minBlockIntervals,
                networkDimensionality);
    }
}
