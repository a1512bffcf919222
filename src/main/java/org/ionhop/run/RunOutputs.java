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
        String stem = absolute.getFileName().toString().replaceFirst("\\.h5$|\\.hdf5$", "");
        new Hdf5ResultWriter().write(absolute, result);
        List<TransportResult> transport = transport(result);
        Path summary = absolute.resolveSibling(stem + "_summary.txt");
        AtomicFiles.writeString(summary, SummaryTable.format(transport, result.arrhenius())
                + RegionSummaryTable.format(result));
        Path plotDir = absolute.resolveSibling(stem + "_plots");
        Files.createDirectories(plotDir);
        List<Path> plots = new ArrayList<>(ResultPlots.writeAll(plotDir, transport, result.arrhenius()));
        if (result.regions() != null) {
            Path slice = plotDir.resolve("regions_slice.png");
            RegionSlicePlot.write(slice, result.regions());
            plots.add(slice);
        }
        return new RunOutputs(hdf5, hdf5.resolveSibling(stem + "_summary.txt"), plots);
    }

    /** The transport results of every temperature, in deck order. */
    public static List<TransportResult> transport(RunResult result) {
        List<TransportResult> out = new ArrayList<>();
        for (TemperatureRecord t : result.temperatures()) out.add(t.transport());
        return out;
    }
}
