package org.ionhop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionhop.crystal.StandardLattices;
import org.ionhop.kmc.Carriers;
import org.ionhop.kmc.SelectorKind;
import org.ionhop.kmc.ThroughputBenchmark;
import org.ionhop.kmc.ThroughputBenchmark.Measurement;
import org.ionhop.network.HopNetwork;
import org.ionhop.network.HopNetworkBuilder;
import org.ionhop.rates.RateParameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ionhop bench}: the standard speed problem (simple-cubic lattice gas at half filling, one
 * barrier) at 20³, 40³ and 100³ sites, timed per thread and with one replica per thread, against
 * the naive linear-scan selector measured in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure kMC speed on the standard problem: simple-cubic lattice gas at half filling, "
                + "one barrier, 20^3, 40^3 and 100^3 sites.")
public final class BenchCommand implements Runnable {
    private static final double LATTICE_ANGSTROM = 2.0;
    private static final double BARRIER_EV = 0.3;
    private static final double ATTEMPT_HZ = 1e13;
    private static final double TEMPERATURE_K = 600;
    private static final List<Integer> SIZES = List.of(20, 40, 100);
    private static final long LINEAR_SCAN_EVENT_BUDGET = 2_000_000_000L; // events scanned per size, ~1-2 s

    @Option(names = "--quick", description = "Shorter runs (about 5x fewer hops); figures are noisier.")
    boolean quick;

    @Option(names = "--threads", description = "Threads for the parallel run (default: all "
            + "available processors).", paramLabel = "N")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--deck", paramLabel = "DECK", description = "Instead of the standard problem, time one "
            + "replica of this deck's model (its network, supercell, carriers, barriers or environment model) at its "
            + "first temperature.")
    Path deck;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Lattice edges to run, "
            + "N^3 sites each (default: 20,40,100).")
    List<Integer> sizes = SIZES;

    @Option(names = "--selectors", split = ",", paramLabel = "KIND", description = "Selectors to time one by "
            + "one (default: grouped,bitmap,sum_tree; linear_scan is always the baseline).")
    List<String> selectors = List.of("grouped", "bitmap", "sum_tree");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        long hops = quick ? 2_000_000 : 10_000_000;
        if (deck != null) {
            benchDeck(out, hops);
            return;
        }
        out.printf(Locale.ROOT, "IonHop kMC benchmark: simple-cubic lattice gas, half filling, E_KRA %.2f eV, "
                + "nu %.0e Hz, %.0f K%s%n", BARRIER_EV, ATTEMPT_HZ, TEMPERATURE_K, quick ? " (--quick)" : "");
        out.printf(Locale.ROOT, "machine: %d processors, %s; %s %s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.println("figures of IonHop only; the side-by-side comparison with SPPARKS, and how to rerun it, is in BENCHMARKS.md");
        out.println("hops/CPU-s: hops per CPU second of one thread (fair on a shared machine); "
                + "wall: loop wall time");
        out.printf(Locale.ROOT, "%-6s %9s  %-12s %11s %8s %12s  %s%n", "size", "sites", "selector", "hops",
                "wall s", "hops/CPU-s", "vs linear scan");
        List<SelectorKind> kinds = selectorKinds();
        for (int n : sizes) {
            if (n < 2 || n > 400) throw new ParameterException(spec.commandLine(), "--sizes must be 2..400, got " + n);
        }
        for (int n : sizes) {
            ThroughputBenchmark bench = new ThroughputBenchmark(simpleCubic(n), parameters(), Carriers.ionFraction(0.5));
            int events = 6 * n * n * n;
            long linearHops = Math.max(50, LINEAR_SCAN_EVENT_BUDGET / events / (quick ? 5 : 1));
            Measurement linear = bench.measure(SelectorKind.LINEAR_SCAN, linearHops / 5, linearHops, 1);
            for (SelectorKind kind : kinds) {
                Measurement m = bench.measure(kind, hops / 5, hops, 1);
                row(out, n, kind, m, linear);
            }
            row(out, n, SelectorKind.LINEAR_SCAN, linear, linear);
            if (threads > 1) {
                Measurement single = bench.measure(SelectorKind.AUTO, hops / 5, hops, 1);
                Measurement parallel = bench.measure(SelectorKind.AUTO, hops / 5, hops, threads);
                out.printf(Locale.ROOT, "%-6s %9d  %-12s %11d %8.2f %12.3g  %d replicas in parallel: %.3g hops per "
                        + "wall second, %.0f%% of %d x one thread's wall rate%n", n + "^3", n * n * n, "auto",
                        parallel.hops(), parallel.wallSeconds(), parallel.hopsPerCpuSecond(), threads,
                        parallel.hopsPerSecond(), 100 * parallel.hopsPerSecond() / (threads * single.hopsPerSecond()),
                        threads);
            }
            out.flush();
        }
    }

    /** One replica of a deck's model, one thread, the AUTO selector. */
    private void benchDeck(PrintWriter out, long hops) {
        org.ionhop.rates.DeckModel model = org.ionhop.rates.DeckModel.build(org.ionhop.deck.Deck.load(deck));
        double t = model.deck().temperaturesK().get(0);
        ThroughputBenchmark bench = new ThroughputBenchmark(model.network(), model.rateParameters(t),
                Carriers.ions(model.ionCount()));
        Measurement m = bench.measure(SelectorKind.AUTO, hops / 5, hops, 1);
        out.printf(Locale.ROOT, "%s: %d sites, %d hops, %d ions, %.0f K%s%n", deck, model.network().siteCount(),
                model.network().hopCount(), model.ionCount(), t,
                model.environment() == null ? "" : "; barriers from " + model.environment().description());
        out.printf(Locale.ROOT, "%d hops in %.2f s wall: %.3g hops/CPU-s (one thread)%n", m.hops(), m.wallSeconds(),
                m.hopsPerCpuSecond());
    }

    private List<SelectorKind> selectorKinds() {
        return selectors.stream().map(name -> {
            try {
                return SelectorKind.valueOf(name.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--selectors: unknown selector '" + name
                        + "' (auto, uniform_rate, grouped, bitmap, sum_tree, linear_scan)");
            }
        }).toList();
    }

    private static void row(PrintWriter out, int n, SelectorKind kind, Measurement m, Measurement linear) {
        out.printf(Locale.ROOT, "%-6s %9d  %-12s %11d %8.2f %12.3g  %.0fx%n", n + "^3", n * n * n,
                kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), m.hops(), m.wallSeconds(),
                m.hopsPerCpuSecond(), m.hopsPerCpuSecond() / linear.hopsPerCpuSecond());
    }

    private static RateParameters parameters() {
        return RateParameters.uniform(1, 1, BARRIER_EV, ATTEMPT_HZ, TEMPERATURE_K);
    }

    private static HopNetwork simpleCubic(int n) {
        return new HopNetworkBuilder(StandardLattices.simpleCubic(LATTICE_ANGSTROM))
                .mobileLabels(List.of(StandardLattices.LABEL))
                .cutoffAngstrom(1.1 * LATTICE_ANGSTROM).supercell(n, n, n).build();
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux or not readable: the processor count alone still identifies the run.
        }
        return System.getProperty("os.arch");
    }
}
