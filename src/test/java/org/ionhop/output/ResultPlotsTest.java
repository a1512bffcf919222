package org.ionhop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.ionhop.analysis.TransportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultPlotsTest {
    @TempDir
    Path dir;

    /** One MSD plot per temperature plus the two Arrhenius plots, all decodable PNGs, no temp files left. */
    @Test
    void writesDecodablePngsForEveryTemperatureAndArrhenius() throws IOException {
        RunResult run = SampleRun.create(7);
        List<TransportResult> results = run.temperatures().stream().map(TemperatureRecord::transport).toList();
        List<Path> written = ResultPlots.writeAll(dir, results, run.arrhenius());
        assertEquals(List.of("msd_400K.png", "msd_500K.png", "msd_600K.png", "arrhenius_conductivity.png",
                "arrhenius_diffusion.png"), written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : written) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertTrue(img != null, p + " is a PNG");
            assertEquals(900, img.getWidth());
            assertEquals(620, img.getHeight());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(written.size(), s.count());
        }
        String keep = System.getenv("IONHOP_KEEP_PLOTS"); // to look at the plots by eye
        if (keep != null) for (Path p : written) Files.copy(p, Path.of(keep).resolve(p.getFileName()));
    }

    /** Axis ticks are 1, 2 or 5 × 10^n with 4–10 ticks, never a multiple of an odd grid spacing like 5.953. */
    @Test
    void tickStepsAreRound() {
        double[][] cases = {{59.53, 10}, {212.133, 50}, {1.76, 0.2}, {9.9, 1}, {10, 1}, {3.2, 0.5}, {0.00734, 0.001}};
        for (double[] c : cases) assertEquals(c[1], ResultPlots.roundTickStep(c[0]), c[1] * 1e-9, "max " + c[0]);
        for (double max = 1e-3; max < 1e4; max *= 1.37) {
            double step = ResultPlots.roundTickStep(max);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                    "step " + step);
            assertTrue(max / step <= 10 && max / step >= 2, "ticks for " + max + ": " + max / step);
        }
    }
}
