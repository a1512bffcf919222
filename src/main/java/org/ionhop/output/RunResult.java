package org.ionhop.output;

import java.util.List;

import org.ionhop.analysis.ArrheniusSummary;

/**
 * Everything one {@code ionhop run} writes: metadata, structure, hop classes, the network sites of
 * one cell, one record per temperature (ascending order is kept as given) and the Arrhenius fits
 * over them; for a composite, where its zones lie ({@code regions}, else null).
 */
public record RunResult(RunMetadata metadata, StructureRecord structure, List<HopClassRecord> hopClasses,
                        NetworkSitesRecord networkSites, List<TemperatureRecord> temperatures,
                        ArrheniusSummary arrhenius, RegionLayout regions) {

    /** A single-phase run. */
    public RunResult(RunMetadata metadata, StructureRecord structure, List<HopClassRecord> hopClasses,
                     NetworkSitesRecord networkSites, List<TemperatureRecord> temperatures,
                     ArrheniusSummary arrhenius) {
        this(metadata, structure, hopClasses, networkSites, temperatures, arrhenius, null);
    }

    public RunResult {
        hopClasses = List.copyOf(hopClasses);
        temperatures = List.copyOf(temperatures);
    }
}
