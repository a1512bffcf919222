package org.ionhop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;
import org.ionhop.common.Version;
import org.ionhop.output.AtomicFiles;
import org.ionhop.validation.CaseContext;
import org.ionhop.validation.CaseResult;
import org.ionhop.validation.Comparison;
import org.ionhop.validation.DeckRuns;
import org.ionhop.validation.ReferenceLibrary;
import org.ionhop.validation.ValidationCase;
import org.ionhop.validation.ValidationPlots;
import org.ionhop.validation.ValidationReport;
import org.ionhop.validation.ValidationSuite;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop validate}: runs the validation suite and writes the report. */
@Command(name = "validate",
        header = "Runs the validation suite against analytic, computed and published values.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs IonHop's validation cases (analytic results, computed and experimental values with their sources, see validation/README.md) and writes validation-report.md, validation-report.json and PNG figures. Exit code 1 when any case fails.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ionhop validate --quick --out target/validation",
            "  ionhop validate --only correlation-factor-fcc,frenkel-pair-arrhenius",
            "  ionhop validate --list"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "short runs for CI (a few minutes on 2 cores); tolerances follow the larger errors")
    boolean quick;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "run only these cases (see --list)")
    List<String> only = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "report folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("validation-results");

    @Option(names = "--threads", paramLabel = "N", description = "worker threads, 0 = all cores (never changes results)")
    int threads;

    @Option(names = "--validation-dir", paramLabel = "DIR",
            description = "folder with references.yaml and decks/ (default: ./validation, else the one beside IonHop)")
    Path validationDir;

    @Option(names = "--list", description = "list the cases and exit")
    boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<ValidationCase> all = ValidationSuite.standard();
        if (list) {
            for (ValidationCase c : all) spec.commandLine().getOut().println(c.tier().label() + "\t" + c.name());
            return ExitCodes.OK;
        }
        if (threads < 0) throw new InputException(null, 0, "--threads", "must be >= 0, got " + threads, "use 0 for all cores");
        Path dir = validationDir != null ? validationDir : defaultValidationDir();
        ReferenceLibrary refs = ReferenceLibrary.load(dir.resolve("references.yaml"));
        List<ValidationCase> cases = ValidationSuite.select(all, only);
        // The suite takes minutes: an unwritable report folder must fail now, not at the end.
        org.ionhop.output.OutputLocation.prepare(out.resolve("validation-report.md"),
                List.of(out.resolve("validation-report.json")), List.of());
        CaseContext ctx = new CaseContext(quick, threads, refs, dir, new DeckRuns(quick, threads));
        err.printf(Locale.ROOT, "ionhop validate: %d case(s), %s suite%n", cases.size(), quick ? "quick" : "full");
        err.flush();
        List<CaseResult> results = ValidationSuite.run(cases, ctx, r -> {
            Comparison c = r.comparison();
            err.printf(Locale.ROOT, "  %-34s %-18s %.5g ± %.2g %s vs %s (%.1f s)%n", r.name(), r.status().label(),
                    c.result().value(), c.result().stderr(), c.result().unit(), c.reference().display(), r.seconds());
            err.flush();
        });
        Files.createDirectories(out);
        String version = Version.get();
        AtomicFiles.writeString(out.resolve("validation-report.md"), ValidationReport.markdown(results, quick, version));
        AtomicFiles.writeString(out.resolve("validation-report.json"), ValidationReport.json(results, quick, version));
        List<Path> figures = ValidationPlots.writeAll(out, results);
        long failed = ValidationReport.failures(results);
        spec.commandLine().getOut().printf(Locale.ROOT, "Validation: %d case(s), %d failed. Report: %s (%d figures)%n",
                results.size(), failed, out.resolve("validation-report.md"), figures.size());
        return failed > 0 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /** ./validation when it holds references.yaml, else the validation folder of the IonHop installation. */
    private static Path defaultValidationDir() {
        Path local = Path.of("validation");
        if (Files.isRegularFile(local.resolve("references.yaml"))) return local;
        try {
            Path jar = Path.of(ValidateCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path installed = jar.getParent().getParent().resolve("validation");
            if (Files.isRegularFile(installed.resolve("references.yaml"))) return installed;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the error below
        }
        throw new InputException(local.resolve("references.yaml"), 0, "--validation-dir",
                "no validation/references.yaml here or beside the IonHop installation",
                "run from the IonHop folder or pass --validation-dir");
    }
}
