package org.ionhop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ionhop.common.InputException;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalFiles;
import org.ionhop.rates.HopEnvironment;
import org.ionhop.rates.RateModel;
import org.ionhop.rates.RateParameters;
import org.ionhop.rates.HopTopology;
import org.ionhop.rates.kmcpy.KmcpyImport;
import org.ionhop.rates.kmcpy.KmcpyInputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop import-kmcpy DIR -o deck.yaml}: a kMCpy model as an IonHop deck, checked event by event. */
@Command(name = "import-kmcpy", mixinStandardHelpOptions = true,
        description = "Reads kMCpy's input set (kmc_input.json, model.json or lce.json + fitting_results.json and "
                + "lce_site.json + fitting_results_site.json, events.json, initial_state.json; .json.gz accepted) and "
                + "writes an IonHop deck plus the model file it reads (<deck>_kmcpy_model.json). IonHop then forms "
                + "kMCpy's rate for every hop: E_b = E_KRA + direction*V_site/2 from the two local cluster expansions "
                + "evaluated before the hop (sigma = +-1), rate = nu exp(-E_b/kT). The structure must be IonHop's own "
                + "file in kMCpy's primitive cell; sites are matched by geometry. The import checks every event's rate "
                + "in kMCpy's initial state against kMCpy's formula and says whether the model obeys detailed balance.",
        footer = {"", "Example:",
            "  ./ionhop import-kmcpy validation/kmcpy-nasicon --structure lattices/NASICON_Na4Zr2Si3O12_R-3c_rhombohedral.cif -o nasicon.yaml"})
public final class ImportKmcpyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "folder with kMCpy's input files (or its kmc_input.json)")
    Path input;

    @Option(names = "--structure", required = true, paramLabel = "FILE",
            description = "IonHop structure (CIF/POSCAR) in kMCpy's primitive cell, e.g. lattices/NASICON_Na4Zr2Si3O12_R-3c_rhombohedral.cif")
    Path structure;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DECK", description = "deck to write (.yaml)")
    Path output;

    @Option(names = "--supercell", arity = "3", paramLabel = "N",
            description = "supercell of the deck (default: kMCpy's supercell_shape); the ion fraction of kMCpy's initial state is kept")
    int[] supercell;

    @Option(names = "--replicas", defaultValue = "8", description = "replicas in the deck (default 8)")
    int replicas;

    @Option(names = "--initial-state", description = "start every replica from kMCpy's exact initial state "
            + "(initial_state.json, repeated over a supercell that is a multiple of kMCpy's), written as DECK's "
            + "_initial_occupancy.txt, instead of a random placement of the same number of ions")
    boolean initialState;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Crystal crystal = CrystalFiles.read(structure);
        KmcpyImport imp;
        try {
            imp = new KmcpyImport(KmcpyInputs.read(input), crystal);
        } catch (IllegalArgumentException e) {
            throw new InputException(input, 0, null, e.getMessage(), "give kMCpy's input set for this structure");
        }
        String name = output.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path folder = output.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path modelFile = folder.resolve(name + "_kmcpy_model.json");
        imp.model().write(modelFile);

        // Rates of kMCpy's initial state: kMCpy's formula on kMCpy's indices vs IonHop's rate model on its network.
        double t = imp.temperatureK();
        double nu = imp.attemptFrequencyHz();
        HopEnvironment env = imp.model().environment(imp.network(), crystal, imp.supercell());
        int classes = imp.network().classes().size();
        double[] nuPerClass = new double[classes];
        java.util.Arrays.fill(nuPerClass, nu);
        RateModel rates = new RateModel(imp.network(), new HopTopology(imp.network()), new RateParameters(new double[classes],
                nuPerClass, new double[imp.network().siteLabels().size()], new double[classes], t).withEnvironment(env));
        boolean[] occ = imp.initialOccupied();
        double[] kmcpy = imp.kmcpyInitialRatesHz();
        double worst = 0;
        int active = 0;
        for (int e = 0; e < kmcpy.length; e++) {
            int h = imp.eventHop(e);
            double forward = rates.rateHz(h, occ), backward = rates.rateHz(imp.reverseHop(h), occ);
            double ours = kmcpy[e] >= 0 ? forward : -backward;
            double other = kmcpy[e] >= 0 ? backward : forward;
            if (kmcpy[e] != 0) active++;
            worst = Math.max(worst, Math.abs(ours - kmcpy[e]) / Math.max(Math.abs(kmcpy[e]), 1e-300) * (kmcpy[e] == 0 ? 0 : 1));
            if (kmcpy[e] == 0 && (forward != 0 || backward != 0) || other != 0) worst = Double.POSITIVE_INFINITY;
        }
        int ions = 0;
        for (boolean b : occ) if (b) ions++;
        int sites = occ.length;
        int[] cell = supercell != null ? supercell : imp.supercell();
        long cells = (long) cell[0] * cell[1] * cell[2];
        long cellsKmcpy = (long) imp.supercell()[0] * imp.supercell()[1] * imp.supercell()[2];
        long deckIons = Math.round((double) ions * cells / cellsKmcpy);
        String violation = imp.model().reversalCheck();
        Path startFile = null;
        if (initialState) {
            startFile = folder.resolve(name + "_initial_occupancy.txt");
            deckIons = writeInitialOccupancy(startFile, occ, imp.supercell(), cell);
        }
        writeDeck(imp, name, modelFile, cell, deckIons, violation, startFile);
        out.printf(Locale.ROOT, "read %s: %d events, %d active sites (%d network sites, %d ions in the initial state)%n",
                input, imp.eventCount(), imp.activeSiteCount(), sites, ions);
        out.printf(Locale.ROOT, "rates of kMCpy's initial state: %d events possible; IonHop vs kMCpy's formula: max relative "
                + "difference %.2e%n", active, worst);
        if (violation != null) {
            err.println("warning: the imported model is NOT consistent with detailed balance: " + violation + ". IonHop "
                    + "runs it as given (kMCpy-compatibility mode); equilibrium occupancies then are not Boltzmann-"
                    + "distributed and results depend on this choice of kMCpy's.");
        }
        out.println("wrote " + output + " and " + modelFile + (startFile == null ? "" : " and " + startFile));
        if (!(worst < 1e-9)) {
            err.println("error: IonHop's rates do not reproduce kMCpy's for the initial state (max relative difference "
                    + worst + "); the deck was written but should not be trusted");
            return 1;
        }
        return 0;
    }

    /**
     * kMCpy's initial occupancy on the deck's supercell, one 0/1 line per network site in IonHop's
     * numbering: the kMCpy supercell's state repeated, which needs the deck's repeats to be multiples of
     * kMCpy's. Returns the number of ions.
     */
    private long writeInitialOccupancy(Path file, boolean[] occ, int[] kmcpyCell, int[] cell) throws IOException {
        for (int k = 0; k < 3; k++) {
            if (cell[k] % kmcpyCell[k] != 0) {
                throw new InputException(null, 0, "--supercell", String.format(Locale.ROOT, "--initial-state repeats "
                                + "kMCpy's %s supercell, but %s is not a multiple of it", java.util.Arrays.toString(kmcpyCell),
                        java.util.Arrays.toString(cell)), "use a multiple of kMCpy's supercell, or leave out --initial-state");
            }
        }
        int perCell = occ.length / (kmcpyCell[0] * kmcpyCell[1] * kmcpyCell[2]);
        StringBuilder sb = new StringBuilder("# kMCpy's initial state (initial_state.json) on IonHop's network sites, "
                + "one line per site (docs/output.md numbering): 1 = ion, 0 = empty\n");
        long ions = 0;
        int sites = perCell * cell[0] * cell[1] * cell[2];
        for (int i = 0; i < sites; i++) {
            int c = i / perCell;
            int c0 = c / (cell[1] * cell[2]), c1 = c / cell[2] % cell[1], c2 = c % cell[2];
            int kc = ((c0 % kmcpyCell[0]) * kmcpyCell[1] + c1 % kmcpyCell[1]) * kmcpyCell[2] + c2 % kmcpyCell[2];
            boolean ion = occ[i % perCell + perCell * kc];
            if (ion) ions++;
            sb.append(ion ? "1\n" : "0\n");
        }
        org.ionhop.output.AtomicFiles.writeString(file, sb.toString());
        return ions;
    }

    private void writeDeck(KmcpyImport imp, String name, Path modelFile, int[] cell, long ions, String violation,
                           Path startFile) throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        String structurePath = folder.relativize(structure.toAbsolutePath().normalize()).toString();
        var settings = imp.settings();
        List<String> labels = imp.networkLabels();
        double length = imp.network().classes().get(0).lengthAngstrom();
        StringBuilder d = new StringBuilder();
        d.append("# Imported from kMCpy by 'ionhop import-kmcpy' (").append(imp.model().source()).append(").\n");
        d.append("# Rates: E_b = E_KRA + direction*V_site/2 (meV, both local cluster expansions evaluated before the hop),\n");
        d.append("# rate = nu exp(-E_b/kT): kMCpy's CompositeLCEModel (kMCpy, Deng, Canepa et al.; commit 7761fdd).\n");
        if (violation != null) {
            d.append("# WARNING: this model is NOT detailed-balance consistent (").append(violation).append(");\n");
            d.append("# IonHop runs it as given (kMCpy-compatibility mode).\n");
        }
        d.append("title: ").append(settings.path("name").asText(name)).append(" (imported from kMCpy)\n");
        d.append("structure: ").append(structurePath).append('\n');
        d.append("species: {element: ").append(imp.model().mobileSpecies()).append(", charge: ")
                .append(String.format(Locale.ROOT, "%+d", Math.round(settings.path("mobile_ion_charge").asDouble(1)))).append("}\n\n");
        d.append("network:\n  sites: [").append(String.join(", ", labels)).append("]\n");
        d.append(String.format(Locale.ROOT, "  cutoff_angstrom: %.4f%n%n", imp.hopCutoffAngstrom()));
        d.append(String.format(Locale.ROOT, "supercell: [%d, %d, %d]                # kMCpy supercell_shape %s%n%n", cell[0], cell[1],
                cell[2], java.util.Arrays.toString(imp.supercell())));
        d.append("carriers:\n  ions: ").append(ions).append("                      # kMCpy's initial state, scaled to the supercell\n");
        d.append(startFile == null ? "  placement: random\n\n" : "  placement: {file: " + startFile.getFileName()
                + "}   # kMCpy's exact initial state\n\n");
        d.append("environment_model: ").append(modelFile.getFileName()).append("   # barriers of every hop\n\n");
        d.append("hop_classes:                   # required by the deck; the environment model replaces these barriers\n");
        for (var c : imp.network().classes()) {
            d.append(String.format(Locale.ROOT, "  - {from: %s, to: %s, length_angstrom: %.4f, barrier_eV: %.4f}%n",
                    c.fromLabel(), c.toLabel(), c.lengthAngstrom(), imp.model().kra().emptyClusterMeV() / 1000.0));
        }
        d.append(String.format(Locale.ROOT, "%nattempt_frequency_Hz: %.6g%n", imp.attemptFrequencyHz()));
        d.append(String.format(Locale.ROOT, "temperatures_K: [%s]%n%n", fmt(imp.temperatureK())));
        d.append("run:\n");
        d.append("  hops_per_ion: ").append(Math.max(1, settings.path("kmc_passes").asInt(100))).append("       # kMCpy kmc_passes (a pass = one hop per ion)\n");
        d.append("  equilibration: {hops_per_ion: ").append(Math.max(1, settings.path("equilibration_passes").asInt(1)))
                .append("}\n");
        d.append("  replicas: ").append(replicas).append('\n');
        d.append("  seed: ").append(settings.path("random_seed").asLong(1)).append("\n\n");
        d.append("output: results/").append(name).append(".h5\n");
        Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
        Files.writeString(tmp, d.toString());
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (length <= 0) throw new InputException(output, 0, null, "no hop class", null);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
