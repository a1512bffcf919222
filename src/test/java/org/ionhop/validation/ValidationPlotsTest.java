package org.ionhop.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parity plot always, and one Arrhenius overlay per case that has temperatures. */
class ValidationPlotsTest {
    @TempDir
    Path dir;

    @Test
    void parityAndOverlayFiles() throws Exception {
        Comparison c = Comparison.evaluate(Reference.analytic("a", "S/cm", 1e-4, "t"),
                new Measurement(2e-4, 1e-5, 7, "S/cm"), Tolerance.decades(1, "order of magnitude"));
        ArrheniusOverlay overlay = new ArrheniusOverlay("σ (S/cm)", new double[] {300, 400}, new double[] {1e-5, 1e-3},
                new double[] {1e-6, 1e-4}, 0.3, 1e-4, List.of(new ArrheniusOverlay.ExperimentPoint(298, 3e-5, 1e-5, 1e-4, "x")),
                0.37, true);
        CaseResult withT = CaseResult.of("with-t", Tier.PREDICTION, "σ", c, 0).withArrhenius(overlay);
        CaseResult withoutT = CaseResult.of("without-t", Tier.ANALYTIC, "x", c, 0);
        List<Path> files = ValidationPlots.writeAll(dir, List.of(withT, withoutT));
        assertEquals(List.of(dir.resolve("parity.png"), dir.resolve("parity_checks.png"), dir.resolve("arrhenius_with-t.png")),
                files);
        for (Path p : files) assertTrue(Files.size(p) > 1000, p + " is not a plot");
    }
}
