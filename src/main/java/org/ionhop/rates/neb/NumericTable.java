package org.ionhop.rates.neb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.common.FiniteNumbers;
import org.ionhop.common.InputException;
import org.ionhop.common.InputFiles;

/** Whitespace-separated numeric columns with '#' comments, each row remembering its file line. */
final class NumericTable {
    /** One data line: 1-based file line and its numbers. */
    record Row(int line, double[] values) {}

    private NumericTable() {}

    static List<Row> read(Path file) {
        List<String> lines;
        InputFiles.requireAtMost(file, InputFiles.MAX_NEB_TABLE_BYTES, "an NEB profile",
                "an NEB profile has one line per image (neb.dat or two columns); give a VASP NEB run as its folder");
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, null, "NEB profile not found", "check the path");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file, 0, null, "the NEB profile is not a text file (or not UTF-8)",
                    "give neb.dat, a two-column text file, or a VASP NEB folder");
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read the NEB profile: " + e.getMessage(), null);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            int hash = s.indexOf('#');
            if (hash >= 0) s = s.substring(0, hash);
            s = s.trim();
            if (s.isEmpty()) continue;
            String[] tokens = s.split("\\s+");
            double[] v = new double[tokens.length];
            for (int c = 0; c < tokens.length; c++) {
                v[c] = number(tokens[c], file, i + 1, c + 1);
            }
            rows.add(new Row(i + 1, v));
        }
        if (rows.isEmpty()) {
            throw new InputException(file, 0, null, "the NEB profile has no data lines", "one line per image");
        }
        return rows;
    }

    static double number(String token, Path file, int line, int column) {
        try {
            return FiniteNumbers.parse(token);
        } catch (FiniteNumbers.NotFinite e) {
            boolean word = !FiniteNumbers.isNonFiniteWord(token) && !e.getMessage().contains("too large");
            throw new InputException(file, line, null, "column " + column + " is not a " + (word ? "" : "finite ")
                    + "number: '" + token + "'", word ? "only numbers are allowed on data lines; start comments "
                    + "with '#'" : e.hint());
        }
    }

    /** Column {@code c} (0-based) of every row. */
    static double[] column(List<Row> rows, int c) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = rows.get(i).values()[c];
        return out;
    }

    static int[] lines(List<Row> rows) {
        return rows.stream().mapToInt(Row::line).toArray();
    }

    static void requireColumns(Path file, List<Row> rows, int min, int max, String layout) {
        for (Row r : rows) {
            int n = r.values().length;
            if (n < min || n > max) {
                String expected = min == max ? Integer.toString(min) : min + " to " + max;
                throw new InputException(file, r.line(), null, "expected " + expected + " columns (" + layout
                        + "), got " + n, null);
            }
        }
    }
}
