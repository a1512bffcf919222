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
}
