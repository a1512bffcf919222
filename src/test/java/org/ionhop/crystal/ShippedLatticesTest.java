package org.ionhop.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped CIF expands to the Wyckoff multiplicities of its space group (ITA Vol. A), counted
 * per conventional cell, and the Na2B12H12 file keeps its stoichiometry and published split geometry.
 */
class ShippedLatticesTest {
    static Stream<Arguments> multiplicities() {
        return Stream.of(
                Arguments.of("LiBH4_Pnma.cif", Map.of("Li1", 4, "B1", 4, "H1", 4, "H2", 4, "H3", 8)), // 4c ×4, 8d
                Arguments.of("LiBH4_P63mc.cif", Map.of("Li1", 2, "B1", 2, "H1", 2, "H2", 6)),        // 2b ×3, 6c
                Arguments.of("MgSc2Se4_Fd-3m.cif", Map.of("Mg1", 8, "Sc1", 16, "Se1", 32)),          // 8a, 16d, 32e
                Arguments.of("Na2B12H12_Im-3m.cif", Map.of("Bc", 2, "Na1", 24)));                    // 2a, 24g
    }

    @ParameterizedTest
    @MethodSource("multiplicities")
    void sitesPerCellAreTheWyckoffMultiplicities(String file, Map<String, Integer> expected) {
        assertEquals(new TreeMap<>(expected), countsByLabel(CrystalFiles.read(Path.of("lattices", file))));
    }

    /**
     * Na2B12H12: 24 Na sites at occupancy 1/6 hold 4 Na per cell, twice the 2 anion centres (Z = 2,
     * charge +1 vs −2). The published two-fold split puts Na at (1/4 ± δ, 0, 1/2), δ = 0.08, so the
     * shortest Na–Na distance is the pair across the 12d centre, 2δa.
     */
    @Test
    void sodiumBorateHoldsTwoNaPerAnionAndSplitsAcrossTheInterstice() {
        Crystal c = CrystalFiles.read(Path.of("lattices", "Na2B12H12_Im-3m.cif"));
        double na = c.sitesWithLabel("Na1").stream().mapToDouble(CrystalSite::occupancy).sum();
        assertEquals(2.0 * c.sitesWithLabel("Bc").size(), na, 1e-3);
        double a = c.cell().lengthA();
        double delta = 0.33 - 0.25;
        double shortest = Double.POSITIVE_INFINITY;
        double[] first = c.sitesWithLabel("Na1").get(0).fractional();
        for (CrystalSite s : c.sitesWithLabel("Na1")) {
            double[] f = s.fractional();
            double d2 = 0;
            for (int k = 0; k < 3; k++) {
                double d = f[k] - first[k];
                d -= Math.rint(d);
                d2 += d * d * a * a;
            }
            if (d2 > 1e-12) shortest = Math.min(shortest, Math.sqrt(d2));
        }
        assertEquals(2 * delta * a, shortest, 1e-9);
    }

    private static Map<String, Integer> countsByLabel(Crystal c) {
        Map<String, Integer> m = new TreeMap<>();
        for (CrystalSite s : c.sites()) m.merge(s.label(), 1, Integer::sum);
        return m;
    }
}
