package org.ionhop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;
import org.ionhop.output.OccupancyExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ionhop export-occupancy}: where the ions sat, as a CIF with fractional occupancies for VESTA. */
@Command(name = "export-occupancy", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Writes a run's time-averaged site occupancies as a CIF (host + mobile ions at fractional occupancy) for VESTA.",
        description = "Reads a result file of ionhop run and writes the host structure with the mobile species on every "
                + "network site of the conventional cell, at its occupancy averaged over the measurement time, the "
                + "replicas and the cells of the supercell (P1, every site listed). Without --temperature, a result with "
                + "several temperatures gives one file per temperature, named FILE_<T>K.cif.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ionhop export-occupancy results/run.h5 -o occupancy.cif --temperature 600",
            "  ionhop export-occupancy results/run.h5 -o occupancy.cif     # occupancy_400K.cif, occupancy_450K.cif, ..."})
public final class ExportOccupancyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULT.h5", description = "result file of ionhop run or ionhop merge")
    Path result;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.cif", description = "CIF to write")
    Path output;

    @Option(names = "--temperature", paramLabel = "KELVIN", description = "the temperature to export (default: all)")
    Double temperatureKelvin;

    @Override
    public Integer call() throws Exception {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".cif")) {
            throw new InputException(null, 0, "--output", "'" + output + "' is not a .cif file",
                    "name the output FILE.cif (VESTA reads CIF)");
        }
        List<Double> temperatures = temperatureKelvin != null ? List.of(temperatureKelvin)
                : OccupancyExport.temperatures(result);
        var out = spec.commandLine().getOut();
        List<Path> written = new ArrayList<>();
        for (double t : temperatures) {
            OccupancyExport.Result r = OccupancyExport.of(result, t);
            Path target = temperatures.size() == 1 ? output : perTemperature(output, t);
            OccupancyExport.write(target, r);
            written.add(target);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %s", OccupancyExport.groupLabel(t), target));
            for (int l = 0; l < r.labels().size(); l++) {
                line.append(String.format(Locale.ROOT, "  %s %.4f", r.labels().get(l), r.labelOccupancy()[l]));
            }
            out.println(line);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** FILE.cif -> FILE_600K.cif. */
    private static Path perTemperature(Path file, double kelvin) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".cif".length());
        return file.resolveSibling(stem + "_" + OccupancyExport.groupLabel(kelvin) + ".cif");
    }
}
