package org.ionhop.crystal;

import java.nio.file.Path;
import java.util.Locale;

import org.ionhop.common.InputException;

/** Reads a crystal structure file of any supported format, chosen by the file name. */
public final class CrystalFiles {
    private CrystalFiles() {}

    /**
     * Reads and symmetry-expands a structure: {@code *.cif} through {@link CifReader};
     * {@code POSCAR*}, {@code CONTCAR*}, {@code *.vasp}, {@code *.poscar} through {@link PoscarReader}.
     *
     * @throws InputException for a missing, unreadable or malformed file, or an unknown format
     */
    public static Crystal read(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".cif")) return CifReader.read(file);
        if (n.startsWith("poscar") || n.startsWith("contcar") || n.endsWith(".vasp") || n.endsWith(".poscar")) {
            return PoscarReader.read(file);
        }
        throw new InputException(file, 0, null, "unknown structure file format",
                "name CIF files *.cif and VASP files POSCAR*, CONTCAR*, *.vasp or *.poscar");
    }
}
