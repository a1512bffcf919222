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
        return write(result, hdf5, 1);
    }

    /**
     * As {@link #write(RunResult, Path)}; with {@code threads} > 1 the plots (mostly Java2D start-up
     * and PNG encoding) are drawn on a second thread while the HDF5 file and the summary are written.
     */
    public static RunOutputs write(RunResult result, Path hdf5, int threads) throws IOException {
        Path absolute = hdf5.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        List<TransportResult> transport = transport(result);
        if (threads <= 1) {
            writeData(result, absolute, transport);
            return new RunOutputs(hdf5, summaryOf(hdf5), writePlots(result, absolute, transport));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
            Thread th = new Thread(task, "ionhop-plots");
            th.setDaemon(true);
            return th;
        });
        try {
            java.util.concurrent.Future<List<Path>> plots = pool.submit(() -> writePlots(result, absolute, transport));
            writeData(result, absolute, transport);
            try {
                return new RunOutputs(hdf5, summaryOf(hdf5), plots.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the plots", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IOException(e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void writeData(RunResult result, Path absolute, List<TransportResult> transport) throws IOException {
        new Hdf5ResultWriter().write(absolute, result);
        AtomicFiles.writeString(summaryOf(absolute), SummaryTable.format(transport, result.arrhenius())
                + RegionSummaryTable.format(result) + org.ionhop.output.EnvironmentOutput.format(result));
    }

    private static List<Path> writePlots(RunResult result, Path absolute, List<TransportResult> transport)
            throws IOException {
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
        return plots;
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
