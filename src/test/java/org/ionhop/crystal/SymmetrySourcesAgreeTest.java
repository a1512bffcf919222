package org.ionhop.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped CIF lists its operations and also names its group by Hall symbol, Hermann–Mauguin
 * symbol and number. Each route alone (listed operations; Hall symbol through HallSymbol; symbol
 * or number through the built-in table) must give the same set of sites: the published operations
 * are an independent check of the table's setting choices (e.g. origin choice 2 for Fd-3m).
 */
class SymmetrySourcesAgreeTest {
    @TempDir
    Path dir;

    static Stream<Path> shippedCifs() throws IOException {
        Path lattices = Path.of("lattices");
        if (!Files.isDirectory(lattices)) return Stream.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(lattices)) {
            files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedCifs")
    void listedOperationsHallSymbolNameAndNumberGiveTheSameSites(Path cif) throws IOException {
        List<String> lines = Files.readAllLines(cif);
        List<String> withoutOps = withoutOperationLoop(lines);
        assertTrue(withoutOps.size() < lines.size(), cif + " lists no operations");

        Map<String, List<String>> reference = positions(CrystalFiles.read(cif));
        Map<String, List<String>> hall = positions(read("hall.cif", dropTags(withoutOps, "_symmetry_space_group_name_H-M",
                "_space_group_name_H-M_alt", "_symmetry_Int_Tables_number", "_space_group_IT_number")));
        Map<String, List<String>> symbol = positions(read("symbol.cif", dropTags(withoutOps,
                "_symmetry_space_group_name_Hall", "_space_group_name_Hall", "_symmetry_Int_Tables_number",
                "_space_group_IT_number")));
        Map<String, List<String>> number = positions(read("number.cif", dropTags(withoutOps,
                "_symmetry_space_group_name_Hall", "_space_group_name_Hall", "_symmetry_space_group_name_H-M",
                "_space_group_name_H-M_alt")));
        assertEquals(reference, hall, cif + ": Hall symbol route");
        assertEquals(reference, symbol, cif + ": Hermann-Mauguin route");
        assertEquals(reference, number, cif + ": number route");
    }

    private Crystal read(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines);
        return CrystalFiles.read(p);
    }

    /** Drops the loop_ that holds _symmetry_equiv_pos_as_xyz or _space_group_symop_operation_xyz. */
    private static List<String> withoutOperationLoop(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String t = lines.get(i).trim();
            if (t.equalsIgnoreCase("loop_") && i + 1 < lines.size() && opsLoopTag(lines, i + 1)) {
                i++;
                while (i < lines.size() && lines.get(i).trim().startsWith("_")) i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).trim().startsWith("_")
                        && !lines.get(i).trim().equalsIgnoreCase("loop_")) i++;
                continue;
            }
            out.add(lines.get(i++));
        }
        return out;
    }

    private static boolean opsLoopTag(List<String> lines, int from) {
        for (int i = from; i < lines.size() && lines.get(i).trim().startsWith("_"); i++) {
            String tag = lines.get(i).trim().toLowerCase();
            if (tag.startsWith("_symmetry_equiv_pos") || tag.startsWith("_space_group_symop")) return true;
        }
        return false;
    }

    private static List<String> dropTags(List<String> lines, String... tags) {
        return lines.stream().filter(l -> {
            String first = l.trim().split("\\s+")[0];
            for (String t : tags) {
                if (first.equalsIgnoreCase(t)) return false;
            }
            return true;
        }).toList();
    }

    /** Label -> sorted positions rounded to 1e-5 (wrapped into [0,1)). */
    private static Map<String, List<String>> positions(Crystal c) {
        Map<String, List<String>> m = new TreeMap<>();
        for (CrystalSite s : c.sites()) {
            double[] f = s.fractional();
            StringBuilder sb = new StringBuilder();
            for (double x : f) {
                double w = Math.round(x * 1e5) / 1e5;
                if (w >= 1) w -= 1;
                sb.append(String.format("%.5f ", w));
            }
            m.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(sb.toString());
        }
        m.values().forEach(list -> list.sort(null));
        return m;
    }
}
