package org.ionhop.output;

import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

import org.ionhop.analysis.ArrheniusFit;
import org.ionhop.analysis.ArrheniusForm;
import org.ionhop.analysis.ArrheniusSummary;
import org.ionhop.analysis.DiffusionTensor;
import org.ionhop.analysis.Estimate;
import org.ionhop.analysis.RegionStatistics;
import org.ionhop.analysis.TransportResult;

/**
 * Writes one run's results as an HDF5 file (jHDF), atomically. Every dataset carries a {@code units}
 * attribute ("1" for dimensionless numbers, "none" for text); estimates are written as a dataset and
 * a {@code <name>_stderr} sibling. Layout:
 * <pre>
 * /                      attrs ionhop_version, seed, deck, created (ISO-8601 UTC)
 * /structure             lattice_vectors [3,3] (rows a,b,c), site_fractional, site_cartesian, site_labels, site_elements
 * /host_disorder         (decks with host_disorder) species, site_labels, site_cartesian [n,3], site_fractional
 *                        [n,3] (conventional-cell units) of every mixed host site, replica_species [replicas,n]
 *                        with per-replica realisations; attrs count, composition, realisations, note
 * /network               labels, from_label, to_label, length, barrier, count_per_cell (one entry per hop class);
 *                        supercell, site_label_names, cell_site_* and cell_hops (the sites and hops of one cell)
 * /temperatures/&lt;T&gt;K     temperature, time_lag [lags], msd_tracer, msd_collective [lags,3,3],
 *                        D_tracer, D_jump [3,3] (+ _stderr, _eigenvalues, _principal_axes, _iso, _network,
 *                        _dimensionality), haven_ratio, correlation_factor (if known), conductivity,
 *                        ion_density, charge_number, fit_window, fit_window_time, statistical_units,
 *                        replicas, hop_counts, hop_count_total, site_occupancy, label_occupancy,
 *                        initial_sites, measurement_start_sites; attrs error_source, valid (1, or 0 when
 *                        the numbers are not a result), problems (why not; "none" when valid),
 *                        tensor_valid (0 when a tensor's principal values and axes are not a result),
 *                        tensor_problems
 * /temperatures/&lt;T&gt;K/environments  (host disorder, environment models) per site environment: names, sites,
 *                        occupancy, carrier_fraction, hops_from, escape_rate; per hop environment: names, class,
 *                        hops; per pair of reverse bins: forward, backward, z; attrs with the balance summary
 * /temperatures/&lt;T&gt;K/regions  (composites only) zone_names [zones] (phases, then interface bands),
 *                        volume_fraction, carrier_fraction, hop_fraction, D_tracer [zones,3,3], D_tracer_iso
 *                        (+ _stderr)
 * /regions               (composites only) zone_names, site_zone [sites], site_cartesian [sites,3], supercell_vectors
 * /arrhenius             sigma·T fit: activation_energy, prefactor, reduced_chi_square, conductivity_300K
 *                        (+ _stderr, _ci95); subgroups D_tracer and D_jump with the same for D (D_300K)
 * </pre>
 * docs/output.md documents every dataset. Empty lists (no sites, no hop classes) are not written as datasets (jHDF cannot write zero-length
 * arrays); each group's {@code count} attribute says how many entries it has.
 */
public final class Hdf5ResultWriter {
    static final String DIMENSIONLESS = "1";
    static final String TEXT = "none";
    static final String ANGSTROM = "angstrom";
    static final String ANGSTROM2 = "angstrom^2";
    static final String CM2_PER_S = "cm^2/s";
    static final String S_PER_CM = "S/cm";

    /** Writes the file under {@code target}, replacing any existing one only once it is complete. */
    public void write(Path target, RunResult run) throws IOException {
        AtomicFiles.write(target, tmp -> {
            Files.delete(tmp); // jHDF creates the file itself; leave no stale bytes behind
            try (WritableHdfFile file = HdfFile.write(tmp)) {
                writeRoot(file, run.metadata());
                writeStructure(file.putGroup("structure"), run.structure());
                if (run.structure().hostDisorder() != null) {
                    writeHostDisorder(file.putGroup("host_disorder"), run.structure().hostDisorder());
                }
                if (run.structure().clusterExpansion() != null) {
                    writeClusterExpansion(file.putGroup("cluster_expansion"), run.structure().clusterExpansion());
                }
                WritableGroup network = file.putGroup("network");
                writeNetwork(network, run.hopClasses());
                writeNetworkSites(network, run.networkSites());
                WritableGroup temps = file.putGroup("temperatures");
                temps.putAttribute("count", run.temperatures().size());
                for (TemperatureRecord t : run.temperatures()) {
                    writeTemperature(temps.putGroup(groupName(t.transport().temperatureKelvin())), t);
                }
                writeArrhenius(file.putGroup("arrhenius"), run.arrhenius());
                if (run.regions() != null) writeLayout(file.putGroup("regions"), run.regions());
            }
        });
    }

    /** "300K", "412.5K": the temperature without trailing zeros. */
    public static String groupName(double temperatureKelvin) {
        return BigDecimal.valueOf(temperatureKelvin).stripTrailingZeros().toPlainString() + "K";
    }

    private static void writeRoot(WritableHdfFile file, RunMetadata m) {
        file.putAttribute("ionhop_version", m.ionhopVersion());
        file.putAttribute("seed", m.seed());
        file.putAttribute("deck", m.deckText().isEmpty() ? "(empty)" : m.deckText());
        file.putAttribute("created", m.createdAt().toString());
        if (!m.runFingerprint().isEmpty()) file.putAttribute("run_fingerprint", m.runFingerprint());
    }

    private static void writeStructure(WritableGroup g, StructureRecord s) {
        put(g, "lattice_vectors", s.latticeVectorsAngstrom(), ANGSTROM, "rows are the lattice vectors a, b, c (Cartesian)");
        g.putAttribute("count", s.siteLabels().size());
        put(g, "site_fractional", s.siteFractional(), DIMENSIONLESS, "fractional coordinates of the sites");
        put(g, "site_cartesian", s.siteCartesianAngstrom(), ANGSTROM, "Cartesian positions of the sites");
        put(g, "site_labels", s.siteLabels().toArray(new String[0]), TEXT, "crystallographic site labels");
        put(g, "site_elements", s.siteElements().toArray(new String[0]), TEXT, "element symbols");
        put(g, "site_occupancy", s.siteOccupancies(), DIMENSIONLESS, "site occupancy as the structure file gives it "
                + "(extra network sites: 1; the kMC occupancy is in /temperatures/<T>K/site_occupancy)");
    }

    private static void writeHostDisorder(WritableGroup g, HostDisorderRecord h) {
        g.putAttribute("count", h.species().size());
        g.putAttribute("composition", String.join("\n", h.composition()));
        g.putAttribute("realisations", h.perReplica() ? "per_replica" : "shared");
        g.putAttribute("note", h.perReplica()
                ? "each replica ran on its own realisation (replica_species; the same at every temperature), so the "
                + "error bars include the realisation-to-realisation scatter; species and the site datasets show "
                + "replica 0's"
                : "one realisation shared by all replicas and temperatures: error bars do not include "
                + "configuration-to-configuration scatter; use realisations: per_replica or rerun with other seeds");
        if (h.perReplica()) {
            put(g, "species_names", h.speciesNames().toArray(new String[0]), TEXT, "species named by replica_species");
            put(g, "replica_species", h.replicaSpecies(), DIMENSIONLESS,
                    "index into species_names of the species on each mixed host site, [replica, site]");
        }
        put(g, "species", h.species().toArray(new String[0]), TEXT, "species realised on each mixed host site");
        put(g, "site_labels", h.siteLabels().toArray(new String[0]), TEXT, "crystallographic label of the host site");
        put(g, "site_cartesian", h.siteCartesianAngstrom(), ANGSTROM, "Cartesian position in the supercell");
        put(g, "site_fractional", h.siteFractional(), DIMENSIONLESS,
                "position in units of the conventional cell vectors (0 <= x_k < n_k)");
    }

    private static void writeClusterExpansion(WritableGroup g, ClusterExpansionRecord ce) {
        g.putAttribute("basis", ce.basis());
        g.putAttribute("constant_eV", ce.constantEv());
        g.putAttribute("distinct_tables", ce.distinctTables());
        g.putAttribute("largest_environment_sites", ce.largestEnvironment());
        g.putAttribute("note", "E_a = E_KRA + dE/2 with dE the exact change of the lattice energy; orbits from the "
                + "space group (ionhop lattice DECK prints the same table); the deck text is in the root attribute 'deck'");
        List<ClusterExpansionRecord.Orbit> orbits = ce.orbits();
        put(g, "orbit_deck_line", orbits.stream().mapToInt(ClusterExpansionRecord.Orbit::deckLine).toArray(), DIMENSIONLESS,
                "deck line of the orbit's prototype");
        put(g, "orbit_sites", orbits.stream().map(o -> String.join(" ", o.sites())).toArray(String[]::new), TEXT,
                "labels of the representative cluster's sites (a host site with the species it counts: B1=I)");
        put(g, "orbit_distances", orbits.stream().map(o -> java.util.Arrays.stream(o.distancesAngstrom())
                .mapToObj(d -> String.format(java.util.Locale.ROOT, "%.4f", d))
                .collect(java.util.stream.Collectors.joining(" "))).toArray(String[]::new), ANGSTROM,
                "pair distances (1,2), (1,3), ..., (2,3), ... of the representative, space-separated");
        put(g, "orbit_multiplicity_per_cell", orbits.stream().mapToInt(ClusterExpansionRecord.Orbit::perCell).toArray(),
                DIMENSIONLESS, "clusters of the orbit per conventional cell");
        put(g, "orbit_multiplicity_per_site", orbits.stream().mapToDouble(ClusterExpansionRecord.Orbit::perSite).toArray(),
                DIMENSIONLESS, "clusters of the orbit holding one given site of its first label");
        put(g, "orbit_eci", orbits.stream().mapToDouble(ClusterExpansionRecord.Orbit::eciEv).toArray(), "eV",
                "effective cluster interaction of the orbit (in the deck's basis)");
        List<ClusterExpansionRecord.Kra> kra = ce.kraClusters();
        if (kra.isEmpty()) return;
        put(g, "kra_deck_line", kra.stream().mapToInt(ClusterExpansionRecord.Kra::deckLine).toArray(), DIMENSIONLESS,
                "deck line of the KRA cluster's prototype");
        put(g, "kra_hop_class", kra.stream().map(ClusterExpansionRecord.Kra::hopClass).toArray(String[]::new), TEXT,
                "hop class the clusters surround");
        put(g, "kra_sites", kra.stream().map(k -> String.join(" ", k.sites())).toArray(String[]::new), TEXT,
                "labels of the cluster's sites (empty: a constant shift of the class's E_KRA)");
        put(g, "kra_clusters_per_hop", kra.stream().mapToInt(ClusterExpansionRecord.Kra::perHop).toArray(), DIMENSIONLESS,
                "clusters of this prototype around each hop of the class (either orientation)");
        put(g, "kra_eci", kra.stream().mapToDouble(ClusterExpansionRecord.Kra::eciEv).toArray(), "eV",
                "effective cluster interaction added to E_KRA");
    }

    private static void writeNetwork(WritableGroup g, List<HopClassRecord> classes) {
        g.putAttribute("count", classes.size());
        put(g, "labels", classes.stream().map(HopClassRecord::label).toArray(String[]::new), TEXT, "hop class labels");
        put(g, "from_label", classes.stream().map(HopClassRecord::fromLabel).toArray(String[]::new), TEXT, "start site label");
        put(g, "to_label", classes.stream().map(HopClassRecord::toLabel).toArray(String[]::new), TEXT, "end site label");
        put(g, "length", classes.stream().mapToDouble(HopClassRecord::lengthAngstrom).toArray(), ANGSTROM, "hop length");
        put(g, "barrier", classes.stream().mapToDouble(HopClassRecord::barrierEv).toArray(), "eV", "saddle-point (E_KRA) barrier");
        put(g, "count_per_cell", classes.stream().mapToInt(HopClassRecord::countPerCell).toArray(), DIMENSIONLESS,
                "undirected hops of this class per conventional cell");
    }

    private static void writeNetworkSites(WritableGroup g, NetworkSitesRecord n) {
        g.putAttribute("mobile_species", n.species());
        g.putAttribute("sites_per_cell", n.sitesPerCell());
        put(g, "supercell", n.supercell(), DIMENSIONLESS, "repeats n1, n2, n3 of the conventional cell; supercell site i is "
                + "site i % m of cell i / m = (c0*n1 + c1)*n2 + c2, m = sites per cell");
        put(g, "site_label_names", n.labelNames().toArray(new String[0]), TEXT,
                "network site labels; per-label datasets (label_occupancy) follow this order");
        put(g, "cell_site_fractional", n.cellFractional(), DIMENSIONLESS,
                "fractional coordinates of the network sites of one conventional cell, [site, xyz]");
        put(g, "cell_site_cartesian", n.cellCartesianAngstrom(), ANGSTROM,
                "Cartesian positions of the network sites of one conventional cell, [site, xyz]");
        put(g, "cell_site_labels", n.cellLabels().toArray(new String[0]), TEXT, "label of each network site of one cell");
        put(g, "cell_site_extra", n.cellExtra(), DIMENSIONLESS, "1 for an extra (interstitial) site, 0 for a structure site");
        put(g, "cell_site_energy", n.cellEnergyEv(), "eV", "site energy of each network site of one cell (deck)");
        put(g, "cell_hops", n.cellHops(), DIMENSIONLESS, "directed hops from cell (0,0,0), [hop, (from site, to site, "
                + "image a, image b, image c, hop class)]; the target lies in cell (image a, b, c)");
    }

    private static void writeTemperature(WritableGroup g, TemperatureRecord record) {
        TransportResult r = record.transport();
        g.putAttribute("error_source", r.errorSource().name().toLowerCase(java.util.Locale.ROOT));
        // An invalid temperature (e.g. a tensor with a negative principal value beyond its error bar)
        // is kept for diagnosis, flagged so no script takes it for a result.
        g.putAttribute("valid", r.valid() ? 1 : 0);
        g.putAttribute("problems", r.valid() ? "none" : String.join("; ", r.problems()));
        g.putAttribute("tensor_valid", r.tensorProblems().isEmpty() ? 1 : 0);
        g.putAttribute("tensor_problems", r.tensorProblems().isEmpty() ? "none" : String.join("; ", r.tensorProblems()));
        put(g, "temperature", r.temperatureKelvin(), "K", "temperature");
        put(g, "time_lag", r.tracerMsd().lagSeconds(), "s", "time lag of the MSD");
        put(g, "msd_tracer", r.tracerMsd().tensorAngstrom2(), ANGSTROM2,
                "<dr_a dr_b> per ion, averaged over ions, replicas and time origins, [lag,a,b]");
        put(g, "msd_collective", r.collectiveMsd().tensorAngstrom2(), ANGSTROM2,
                "<(sum_k dr_k)_a (sum_k dr_k)_b>/N, averaged over replicas and time origins, [lag,a,b]");
        writeTensor(g, "D_tracer", r.tracer(), "tracer diffusion tensor D*");
        writeTensor(g, "D_jump", r.jump(), "jump (collective) diffusion tensor D_J");
        putEstimate(g, "haven_ratio", r.havenRatio(), DIMENSIONLESS, "Haven ratio D*_iso/D_J_iso");
        r.correlationFactor().ifPresent(f ->
                putEstimate(g, "correlation_factor", f, DIMENSIONLESS, "tracer correlation factor D*_iso/D_random"));
        putEstimate(g, "conductivity", r.conductivitySPerCm(), S_PER_CM,
                "Nernst-Einstein conductivity n (z e)^2 D_J_iso / (kB T)");
        put(g, "ion_density", r.ionsPerCm3(), "cm^-3", "mobile-ion number density n");
        put(g, "charge_number", r.chargeNumber(), DIMENSIONLESS, "charge number z of the mobile ion");
        put(g, "fit_window", new double[] {r.fitWindow().startFraction(), r.fitWindow().endFraction()}, DIMENSIONLESS,
                "MSD fit window as fractions of the longest lag of a statistical unit");
        put(g, "fit_window_time", new double[] {r.fitStartSeconds(), r.fitEndSeconds()}, "s",
                "first and last time lag used in the MSD fit");
        put(g, "statistical_units", r.statisticalUnits(), DIMENSIONLESS,
                "independent units (replicas or time blocks) the standard errors come from; t-distributed with units-1 dof");
        put(g, "replicas", r.replicas(), DIMENSIONLESS, "replica trajectories");
        put(g, "hop_counts", record.hopCountsPerClass(), DIMENSIONLESS, "hops performed per hop class, all replicas");
        put(g, "hop_count_total", record.totalHops(), DIMENSIONLESS, "hops performed, all replicas");
        put(g, "site_occupancy", record.siteOccupancy(), DIMENSIONLESS, "time-averaged occupancy of every supercell "
                + "network site during measurement, mean over replicas, [site] (see /network/supercell for the order)");
        put(g, "label_occupancy", record.labelOccupancy(), DIMENSIONLESS, "time-averaged fraction of the sites of each "
                + "label that hold an ion, mean over replicas, [label] (order of /network/site_label_names)");
        put(g, "initial_sites", record.placedSites(), DIMENSIONLESS, "realised initial configuration: network site of each "
                + "ion as placed before equilibration, [replica, ion]");
        put(g, "measurement_start_sites", record.measurementStartSites(), DIMENSIONLESS,
                "network site of each ion when measurement starts (after equilibration), [replica, ion]");
        if (record.regions() != null) writeRegions(g.putGroup("regions"), record.regions());
        if (record.environments() != null) EnvironmentOutput.writeHdf5(g.putGroup("environments"), record.environments());
    }

    private static void writeLayout(WritableGroup g, RegionLayout r) {
        g.putAttribute("count", r.zoneNames().size());
        put(g, "zone_names", r.zoneNames().toArray(new String[0]), TEXT,
                "zones: the bulk of each phase, then each interface band");
        put(g, "site_zone", r.siteZone(), DIMENSIONLESS, "zone index of every network site");
        double[][] xyz = new double[r.siteZone().length][];
        for (int s = 0; s < xyz.length; s++) {
            xyz[s] = java.util.Arrays.copyOfRange(r.siteCartesianAngstrom(), 3 * s, 3 * s + 3);
        }
        put(g, "site_cartesian", xyz, ANGSTROM, "Cartesian position of every network site in the supercell");
        put(g, "supercell_vectors", r.latticeVectorsAngstrom(), ANGSTROM, "rows are the supercell vectors a, b, c");
    }

    private static void writeRegions(WritableGroup g, RegionStatistics r) {
        int zones = r.zoneNames().size();
        g.putAttribute("count", zones);
        put(g, "zone_names", r.zoneNames().toArray(new String[0]), TEXT,
                "zones: the bulk of each phase, then each interface band");
        put(g, "volume_fraction", r.volumeFraction(), DIMENSIONLESS, "share of the network's sites in the zone");
        putEstimates(g, "carrier_fraction", r.carrierFraction(), DIMENSIONLESS,
                "time-averaged share of the mobile ions on the zone's sites");
        putEstimates(g, "hop_fraction", r.hopFraction(), DIMENSIONLESS, "share of the hops made from the zone's sites");
        double[][][] d = new double[zones][3][3], e = new double[zones][3][3];
        for (int z = 0; z < zones; z++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    d[z][a][b] = r.tracerCm2PerS()[z][3 * a + b];
                    e[z][a][b] = r.tracerStderrCm2PerS()[z][3 * a + b];
                }
            }
        }
        put(g, "D_tracer", d, CM2_PER_S, "zone's own D*: sum over ions of R R / (2 ion-seconds on the zone's sites), "
                + "R = displacement on hops out of the zone's sites, [zone,a,b]");
        put(g, "D_tracer_stderr", e, CM2_PER_S, "standard error of D_tracer over replicas");
        putEstimates(g, "D_tracer_iso", r.tracerIsoCm2PerS(), CM2_PER_S, "trace/3 of the zone's D_tracer");
    }

    private static void putEstimates(WritableGroup g, String name, Estimate[] e, String units, String description) {
        put(g, name, java.util.Arrays.stream(e).mapToDouble(Estimate::value).toArray(), units, description);
        put(g, name + "_stderr", java.util.Arrays.stream(e).mapToDouble(Estimate::stderr).toArray(), units,
                "standard error of " + name + " over replicas");
    }

    private static void writeTensor(WritableGroup g, String name, DiffusionTensor d, String what) {
        put(g, name, d.valueCm2PerS(), CM2_PER_S, what);
        put(g, name + "_stderr", d.stderrCm2PerS(), CM2_PER_S, "standard error of " + name);
        put(g, name + "_eigenvalues", d.eigenvaluesCm2PerS(), CM2_PER_S, "principal values, descending");
        put(g, name + "_eigenvalues_stderr", d.eigenvalueStderrCm2PerS(), CM2_PER_S,
                "standard errors of the principal values (first order: scatter of e.D.e over units)");
        put(g, name + "_principal_axes", d.principalAxes(), DIMENSIONLESS, "rows are the unit principal axes");
        putEstimate(g, name + "_iso", d.isotropic(), CM2_PER_S, "trace/3 (orientation average)");
        put(g, name + "_dimensionality", d.dimensionality(), DIMENSIONLESS, "number of non-zero principal values");
        putEstimate(g, name + "_network", d.networkAverage(), CM2_PER_S,
                "trace/dimensionality: D within the subspace the ions move in");
    }

    private static void writeArrhenius(WritableGroup g, ArrheniusSummary s) {
        g.putAttribute("reference_temperature_K", ArrheniusSummary.REFERENCE_TEMPERATURE_KELVIN);
        writeFit(g, s.conductivity(), "conductivity");
        writeFit(g.putGroup("D_tracer"), s.tracerDiffusion(), "D");
        writeFit(g.putGroup("D_jump"), s.jumpDiffusion(), "D");
    }

    private static void writeFit(WritableGroup g, Optional<ArrheniusFit> maybe, String quantity) {
        if (maybe.isEmpty()) {
            g.putAttribute("note", "no fit: fewer than two temperatures with a positive value");
            return;
        }
        ArrheniusFit fit = maybe.get();
        g.putAttribute("law", fit.form() == ArrheniusForm.CONDUCTIVITY_TIMES_T
                ? "sigma*T = A exp(-Ea/(kB T))" : "D = D0 exp(-Ea/(kB T))");
        g.putAttribute("weighting", fit.weighted() ? "1/relative_error^2" : "equal weights, errors from residual scatter");
        putEstimate(g, "activation_energy", fit.activationEnergyEv(), "eV", "Arrhenius activation energy Ea");
        putEstimate(g, "prefactor", fit.prefactor(), fit.form().prefactorUnits(), "Arrhenius prefactor");
        put(g, "reduced_chi_square", fit.reducedChiSquare(), DIMENSIONLESS, "chi^2/(n-2) of the weighted fit");
        ArrheniusFit.Prediction p = fit.predict(ArrheniusSummary.REFERENCE_TEMPERATURE_KELVIN);
        String units = fit.form() == ArrheniusForm.CONDUCTIVITY_TIMES_T ? S_PER_CM : CM2_PER_S;
        String name = quantity + "_300K";
        putEstimate(g, name, p.value(), units, "extrapolated to 300 K");
        put(g, name + "_ci95", new double[] {p.lower95(), p.upper95()}, units, "95% confidence interval at 300 K");
        if (!fit.excludedTemperaturesKelvin().isEmpty()) {
            put(g, "excluded_temperatures", fit.excludedTemperaturesKelvin().stream().mapToDouble(Double::doubleValue)
                    .toArray(), "K", "temperatures left out (non-positive value)");
        }
    }

    private static void putEstimate(WritableGroup g, String name, Estimate e, String units, String description) {
        put(g, name, e.value(), units, description);
        put(g, name + "_stderr", e.stderr(), units, "standard error of " + name);
    }

    static void put(WritableGroup g, String name, Object data, String units, String description) {
        if (data.getClass().isArray() && Array.getLength(data) == 0) return;
        WritableDataset d = g.putDataset(name, data);
        d.putAttribute("units", units);
        d.putAttribute("description", description);
    }
}
