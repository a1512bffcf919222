package org.ionhop.rates.neb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ionhop.common.InputException;

/** Reads an NEB profile in any supported {@link NebFormat}. */
public final class NebProfileReader {
    private static final String NEBDAT_LAYOUT = "image, reaction coordinate Å, energy eV, tangential force eV/Å, image";
    private static final String TWOCOL_LAYOUT = "reaction coordinate Å, energy eV";

    private NebProfileReader() {}

    /**
     * Reads a profile.
     *
     * @throws InputException with file:line for a missing file, too few images, non-numeric values,
     *         a non-increasing reaction coordinate, missing VASP image folders or energies
     */
    public static NebProfile read(Path path, NebFormat format) {
        if (!Files.exists(path)) {
            throw new InputException(path, 0, null, "NEB profile not found", "check the path");
        }
        boolean directory = Files.isDirectory(path);
        if (format == NebFormat.VASP || format == NebFormat.AUTO && directory) {
            if (!directory) {
                throw new InputException(path, 0, null, "format vasp needs the NEB run directory (with 00, 01, ...)",
                        "give the directory, or --format nebdat/twocol/extxyz for a file");
            }
            return VaspNebReader.read(path);
        }
        if (directory) {
            throw new InputException(path, 0, null, "is a directory but format " + format.key() + " needs a file",
                    "use format vasp for a VASP NEB run directory");
        }
        if (format == NebFormat.EXTXYZ || format == NebFormat.AUTO && ExtxyzNebReader.looksLikeExtxyz(path)) {
            return ExtxyzNebReader.read(path);
        }
        List<NumericTable.Row> rows = NumericTable.read(path);
        NebFormat actual = format;
        if (format == NebFormat.AUTO) {
            int columns = rows.get(0).values().length;
            if (columns >= 4) {
                actual = NebFormat.NEBDAT;
            } else if (columns == 2) {
                actual = NebFormat.TWOCOL;
            } else {
                throw new InputException(path, rows.get(0).line(), null, "cannot tell the profile format from "
                        + columns + " columns", "two columns (" + TWOCOL_LAYOUT + ") or VTST neb.dat ("
                        + NEBDAT_LAYOUT + "); or set the format explicitly");
            }
        }
        return actual == NebFormat.NEBDAT ? nebDat(path, rows) : twoColumn(path, rows);
    }

    private static NebProfile nebDat(Path path, List<NumericTable.Row> rows) {
        NumericTable.requireColumns(path, rows, 4, 5, NEBDAT_LAYOUT);
        return NebProfile.checked(path, NebFormat.NEBDAT, NumericTable.column(rows, 1), NumericTable.column(rows, 2),
                Optional.of(NumericTable.column(rows, 3)), false, "neb.dat energy column",
                NumericTable.lines(rows));
    }

    private static NebProfile twoColumn(Path path, List<NumericTable.Row> rows) {
        NumericTable.requireColumns(path, rows, 2, 2, TWOCOL_LAYOUT);
        return NebProfile.checked(path, NebFormat.TWOCOL, NumericTable.column(rows, 0), NumericTable.column(rows, 1),
                Optional.empty(), false, "second column", NumericTable.lines(rows));
    }
}
