package org.ionhop.output;

import org.ionhop.analysis.RegionStatistics;
import org.ionhop.analysis.TransportResult;

/**
 * The results of one temperature.
 *
 * @param transport          transport coefficients and MSD curves
 * @param hopCountsPerClass  hops performed per hop class (index as in the network), summed over
 *                           replicas, during the recorded (post-equilibration) time
 * @param regions            per phase and interface band of a composite, or null without regions
 */
public record TemperatureRecord(TransportResult transport, long[] hopCountsPerClass, RegionStatistics regions) {

    /** A single-phase temperature record. */
    public TemperatureRecord(TransportResult transport, long[] hopCountsPerClass) {
        this(transport, hopCountsPerClass, null);
    }

    public TemperatureRecord {
        hopCountsPerClass = hopCountsPerClass.clone();
    }

    public long totalHops() {
        long s = 0;
        for (long c : hopCountsPerClass) s += c;
        return s;
    }
}
