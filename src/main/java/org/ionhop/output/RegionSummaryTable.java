package org.ionhop.output;

import java.util.Locale;

import org.ionhop.analysis.RegionStatistics;

/** The per-zone lines of a composite run's text summary (empty for a single-phase run). */
public final class RegionSummaryTable {
    private RegionSummaryTable() {}

    public static String format(RunResult result) {
        StringBuilder sb = new StringBuilder();
        for (TemperatureRecord t : result.temperatures()) {
            RegionStatistics r = t.regions();
            if (r == null) continue;
            sb.append(String.format(Locale.ROOT, "Zones at %s (share of sites, time-averaged share of ions, share of hops, "
                    + "zone's own D*_iso):%n", Hdf5ResultWriter.groupName(t.transport().temperatureKelvin())));
            sb.append(String.format(Locale.ROOT, "  %-26s %7s %17s %17s %24s%n", "zone", "sites", "ions", "hops",
                    "D*_iso (cm^2/s)"));
            for (int z = 0; z < r.zoneNames().size(); z++) {
                sb.append(String.format(Locale.ROOT, "  %-26s %7.4f %8.4f ± %-6.2g %8.4f ± %-6.2g %11.4g ± %-8.2g%n",
                        r.zoneNames().get(z), r.volumeFraction()[z], r.carrierFraction()[z].value(),
                        r.carrierFraction()[z].stderr(), r.hopFraction()[z].value(), r.hopFraction()[z].stderr(),
                        r.tracerIsoCm2PerS()[z].value(), r.tracerIsoCm2PerS()[z].stderr()));
            }
        }
        return sb.toString();
    }
}
