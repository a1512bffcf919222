package org.ionhop.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.analysis.TransportResult;
import org.ionhop.output.AtomicFiles;
import org.ionhop.output.Hdf5ResultWriter;
import org.ionhop.output.RegionSlicePlot;
import org.ionhop.output.RegionSummaryTable;
import org.ionhop.output.ResultPlots;
import org.ionhop.output.RunResult;
import org.ionhop.output.SummaryTable;
import org.ionhop.output.TemperatureRecord;

/**
 * Writes a finished run where users look: the HDF5 file, a text summary beside it and PNG plots in
 * {@code <name>_plots/}. Every file is written atomically (temp file + rename).
 *
 * @param hdf5    the result file
 * @param summary the text summary ({@code <name>_summary.txt})
 * @param plots   the PNG files
 */
public record RunOutputs(Path hdf5, Path summary, List<Path> plots) {

    public static RunOutputs write(RunResult result, Path hdf5) throws IOException {
        Path absolute = hdf5.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        new Hdf5ResultWriter().write(absolute, result);
        List<TransportResult> transport = transport(result);
        Path summary = summaryOf(absolute);
        AtomicFiles.writeString(summary, SummaryTable.format(transport, result.arrhenius())
                + RegionSummaryTable.format(result) + org.ionhop.output.EnvironmentOutput.format(result));
        Path plotDir = plotsOf(absolute);
        try {
            Files.createDirectories(plotDir);
        } catch (IOException e) {
            throw new IOException("cannot create the plot folder " + plotDir + ": " + e.getMessage(), e);
        }
        List<Path> plots = new ArrayList<>(ResultPlots.writeAll(plotDir, transport, result.arrhenius()));
        if (result.regions() != null) {
            Path slice = plotDir.resolve("regions_slice.png");
            RegionSlicePlot.write(slice, result.regions());
            plots.add(slice);
        }
        return new RunOutputs(hdf5, summaryOf(hdf5), plots);
    }

    /** {@code <name>_summary.txt} beside the result. */
    public static Path summaryOf(Path hdf5) {
        return hdf5.resolveSibling(stem(hdf5) + "_summary.txt");
    }

    /** {@code <name>_plots/} beside the result. */
    public static Path plotsOf(Path hdf5) {
        return hdf5.resolveSibling(stem(hdf5) + "_plots");
    }

    private static String stem(Path hdf5) {
        return hdf5.getFileName().toString().replaceFirst("\\.h5$|\\.hdf5$", "");
    }

    /** The transport results of every temperature, in deck order. */
    public static List<TransportResult> transport(RunResult result) {
        List<TransportResult> out = new ArrayList<>();
        for (TemperatureRecord t : result.temperatures()) out.add(t.transport());
        return out;
    }
}
