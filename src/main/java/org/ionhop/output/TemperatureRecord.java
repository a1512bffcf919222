package org.ionhop.output;

import org.ionhop.analysis.EnvironmentStatistics;
import org.ionhop.analysis.RegionStatistics;
import org.ionhop.analysis.TransportResult;

/**
 * The results of one temperature.
 *
 * @param transport              transport coefficients and MSD curves
 * @param hopCountsPerClass      hops performed per hop class (index as in the network), summed over
 *                               replicas, during the recorded (post-equilibration) time
 * @param siteOccupancy          time-averaged occupancy of every supercell network site during the
 *                               measurement, averaged over replicas, in [0, 1]
 * @param labelOccupancy         the same averaged over the sites of each network label (label order of
 *                               {@link NetworkSitesRecord#labelNames()})
 * @param placedSites            [replica][ion] site of each ion as placed before equilibration
 * @param measurementStartSites  [replica][ion] site of each ion when measurement starts
 * @param regions                per phase and interface band of a composite, or null without regions
 * @param environments           per local environment (host disorder, environment models), or null
 */
public record TemperatureRecord(TransportResult transport, long[] hopCountsPerClass, double[] siteOccupancy,
                                double[] labelOccupancy, int[][] placedSites, int[][] measurementStartSites,
                                RegionStatistics regions, EnvironmentStatistics environments) {

    /** A record without per-environment statistics. */
    public TemperatureRecord(TransportResult transport, long[] hopCountsPerClass, double[] siteOccupancy,
                             double[] labelOccupancy, int[][] placedSites, int[][] measurementStartSites,
                             RegionStatistics regions) {
        this(transport, hopCountsPerClass, siteOccupancy, labelOccupancy, placedSites, measurementStartSites, regions,
                null);
    }

    /** A single-phase temperature record. */
    public TemperatureRecord(TransportResult transport, long[] hopCountsPerClass, double[] siteOccupancy,
                             double[] labelOccupancy, int[][] placedSites, int[][] measurementStartSites) {
        this(transport, hopCountsPerClass, siteOccupancy, labelOccupancy, placedSites, measurementStartSites, null);
    }

    public TemperatureRecord {
        hopCountsPerClass = hopCountsPerClass.clone();
    }

    /** The same record with other transport results (e.g. after a validity check). */
    public TemperatureRecord withTransport(TransportResult other) {
        return new TemperatureRecord(other, hopCountsPerClass, siteOccupancy, labelOccupancy, placedSites,
                measurementStartSites, regions, environments);
    }

    public long totalHops() {
        long s = 0;
        for (long c : hopCountsPerClass) s += c;
        return s;
    }
}
