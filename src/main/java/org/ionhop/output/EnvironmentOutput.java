package org.ionhop.output;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.api.WritableGroup;

import org.ionhop.analysis.Estimate;
import org.ionhop.analysis.EnvironmentStatistics;

/**
 * Per-environment statistics of a run (host disorder, environment models) in the three places a
 * user looks: the HDF5 group {@code /temperatures/<T>K/environments}, the text summary and the
 * {@code --json} document. docs/output.md lists every dataset.
 */
public final class EnvironmentOutput {
    private EnvironmentOutput() {}

    static void writeHdf5(WritableGroup g, EnvironmentStatistics e) {
        List<EnvironmentStatistics.SiteEnvironment> sites = e.siteEnvironments();
        g.putAttribute("count", sites.size());
        g.putAttribute("model_detailed_balance", e.modelDetailedBalance() ? 1 : 0);
        g.putAttribute("balance_pairs_tested", e.balancePairsTested());
        g.putAttribute("balance_chi_square_per_pair", e.balanceChiSquarePerPair());
        g.putAttribute("balance_max_abs_z", e.balanceMaxAbsZ());
        g.putAttribute("note", "standard errors over replicas (with per-replica host realisations they include the "
                + "disorder-to-disorder scatter); balance z = (forward - backward) / sqrt(forward + backward), pairs with at "
                + "least " + EnvironmentStatistics.BALANCE_MIN_HOPS + " hops enter chi_square_per_pair (about 1 under "
                + "detailed balance)");
        String h = Hdf5ResultWriter.TEXT, one = Hdf5ResultWriter.DIMENSIONLESS;
        Hdf5ResultWriter.put(g, "site_environment_names", sites.stream().map(s -> s.name()).toArray(String[]::new), h,
                "site environment: network label and the count of each site_energy_rules species in its shell");
        Hdf5ResultWriter.put(g, "site_environment_sites", sites.stream().mapToDouble(s -> s.sitesPerReplica()).toArray(),
                one, "sites of this environment per supercell, mean over replicas");
        estimates(g, "site_environment_occupancy", sites.stream().map(s -> s.occupancy()).toList(), one,
                "time-averaged fraction of these sites holding a carrier, mean over replicas");
        estimates(g, "site_environment_carrier_fraction", sites.stream().map(s -> s.carrierFraction()).toList(), one,
                "time-averaged share of the carriers on these sites (residence-time share)");
        Hdf5ResultWriter.put(g, "site_environment_hops_from", sites.stream().mapToLong(s -> s.hopsFrom()).toArray(), one,
                "hops out of these sites during measurement, all replicas");
        Hdf5ResultWriter.put(g, "site_environment_hops_from_per_class",
                sites.stream().map(s -> s.hopsFromPerClass()).toArray(long[][]::new), one,
                "hops out of these sites per hop class (order of /network/labels), all replicas, [env, class]");
        estimates(g, "site_environment_escape_rate", sites.stream().map(s -> s.escapeRateHz()).toList(), "Hz",
                "hops out of these sites per carrier-second spent on them");
        List<EnvironmentStatistics.HopEnvironment> hops = e.hopEnvironments();
        Hdf5ResultWriter.put(g, "hop_environment_names", hops.stream().map(x -> x.name()).toArray(String[]::new), h,
                "hop environment: class, count of each barrier_rules species around the midpoint (and, for an "
                        + "environment model, occupied environment sites besides the two ends)");
        Hdf5ResultWriter.put(g, "hop_environment_class", hops.stream().mapToInt(x -> x.hopClass()).toArray(), one,
                "hop class index (order of /network/labels)");
        Hdf5ResultWriter.put(g, "hop_environment_hops", hops.stream().mapToLong(x -> x.hops()).toArray(), one,
                "hops in this environment, both directions, all replicas");
        List<EnvironmentStatistics.Balance> b = e.balance();
        Hdf5ResultWriter.put(g, "balance_names", b.stream().map(x -> x.name()).toArray(String[]::new), h,
                "forward direction: source environment -> target environment via hop environment");
        Hdf5ResultWriter.put(g, "balance_forward", b.stream().mapToLong(x -> x.forward()).toArray(), one,
                "hops in the named direction, all replicas");
        Hdf5ResultWriter.put(g, "balance_backward", b.stream().mapToLong(x -> x.backward()).toArray(), one,
                "reverse hops in the same surroundings, all replicas");
        Hdf5ResultWriter.put(g, "balance_net_stderr", b.stream().mapToDouble(x -> x.netStderr()).toArray(), one,
                "counting standard error of forward - backward, sqrt(forward + backward)");
        Hdf5ResultWriter.put(g, "balance_z", b.stream().mapToDouble(x -> x.z()).toArray(), one,
                "(forward - backward) / balance_net_stderr; |z| of a few at most under detailed balance");
    }

    private static void estimates(WritableGroup g, String name, List<Estimate> e, String units, String description) {
        Hdf5ResultWriter.put(g, name, e.stream().mapToDouble(Estimate::value).toArray(), units, description);
        Hdf5ResultWriter.put(g, name + "_stderr", e.stream().mapToDouble(Estimate::stderr).toArray(), units,
                "standard error of " + name + " over replicas");
    }

    /** The text summary's per-environment lines (empty without environments). */
    public static String format(RunResult result) {
        StringBuilder sb = new StringBuilder();
        for (TemperatureRecord t : result.temperatures()) {
            EnvironmentStatistics e = t.environments();
            if (e == null) continue;
            String at = Hdf5ResultWriter.groupName(t.transport().temperatureKelvin());
            sb.append(String.format(Locale.ROOT, "Site environments at %s (sites per supercell, time-averaged "
                    + "occupancy, share of carriers, hops from, escape rate):%n", at));
            for (EnvironmentStatistics.SiteEnvironment s : first(e.siteEnvironments())) {
                sb.append(String.format(Locale.ROOT, "  %-40s %7.1f %8.4f ± %-7.2g %8.4f ± %-7.2g %10d %10.4g Hz%n",
                        s.name(), s.sitesPerReplica(), s.occupancy().value(), s.occupancy().stderr(),
                        s.carrierFraction().value(), s.carrierFraction().stderr(), s.hopsFrom(),
                        s.escapeRateHz().value()));
            }
            sb.append(String.format(Locale.ROOT, "Hop environments at %s (hops, both directions):%n", at));
            for (EnvironmentStatistics.HopEnvironment h : first(e.hopEnvironments())) {
                sb.append(String.format(Locale.ROOT, "  %-70s %10d%n", h.name(), h.hops()));
            }
            more(e.siteEnvironments().size(), e.hopEnvironments().size(), sb);
            sb.append(String.format(Locale.ROOT, "Detailed balance at %s: %d environment pairs with >= %d hops, "
                            + "chi^2/pair = %.3g (about 1 when forward and backward hops balance), max |z| = %.3g%s%n",
                    at, e.balancePairsTested(), EnvironmentStatistics.BALANCE_MIN_HOPS, e.balanceChiSquarePerPair(),
                    e.balanceMaxAbsZ(), e.modelDetailedBalance() ? ""
                            : " (the model is NOT detailed-balance consistent)"));
        }
        return sb.toString();
    }

    /** The summary lists at most this many site and hop environments each; the HDF5 file has them all. */
    static final int SUMMARY_ROWS = 40;

    private static <T> List<T> first(List<T> rows) {
        return rows.subList(0, Math.min(rows.size(), SUMMARY_ROWS));
    }

    private static void more(int sites, int hops, StringBuilder sb) {
        if (sites > SUMMARY_ROWS || hops > SUMMARY_ROWS) {
            sb.append(String.format(Locale.ROOT, "  (%d site and %d hop environments in all; every one is in the HDF5 "
                    + "group environments)%n", sites, hops));
        }
    }

    /** Adds an "environments" object to each temperature of a {@code --json} tree (same order as the run). */
    public static void addTo(ObjectNode root, RunResult result) {
        ArrayNode temps = (ArrayNode) root.get("temperatures");
        for (int i = 0; i < result.temperatures().size() && i < temps.size(); i++) {
            EnvironmentStatistics e = result.temperatures().get(i).environments();
            if (e == null) continue;
            ObjectNode o = ((ObjectNode) temps.get(i)).putObject("environments");
            ArrayNode sites = o.putArray("sites");
            for (EnvironmentStatistics.SiteEnvironment s : e.siteEnvironments()) {
                ObjectNode n = sites.addObject();
                n.put("name", s.name());
                number(n, "sites_per_replica", s.sitesPerReplica());
                estimate(n, "occupancy", s.occupancy());
                estimate(n, "carrier_fraction", s.carrierFraction());
                n.put("hops_from", s.hopsFrom());
                ArrayNode perClass = n.putArray("hops_from_per_class");
                for (long v : s.hopsFromPerClass()) perClass.add(v);
                estimate(n, "escape_rate_Hz", s.escapeRateHz());
            }
            ArrayNode hops = o.putArray("hops");
            for (EnvironmentStatistics.HopEnvironment h : e.hopEnvironments()) {
                ObjectNode n = hops.addObject();
                n.put("name", h.name());
                n.put("hop_class", h.hopClass());
                n.put("hops", h.hops());
            }
            ObjectNode balance = o.putObject("detailed_balance");
            balance.put("model_detailed_balance", e.modelDetailedBalance());
            balance.put("pairs_tested", e.balancePairsTested());
            number(balance, "chi_square_per_pair", e.balanceChiSquarePerPair());
            number(balance, "max_abs_z", e.balanceMaxAbsZ());
        }
    }

    private static void estimate(ObjectNode parent, String name, Estimate e) {
        ObjectNode o = parent.putObject(name);
        number(o, "value", e.value());
        number(o, "stderr", e.stderr());
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.putNull(key);
    }
}
