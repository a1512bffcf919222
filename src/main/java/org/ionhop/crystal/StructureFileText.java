package org.ionhop.crystal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.ionhop.common.InputFiles;

/** Reading a structure file's bytes with user-facing errors for the usual file-system mistakes. */
final class StructureFileText {
    private StructureFileText() {}

    /** The file as UTF-8 text without a leading byte-order mark (ciftools rejects one). */
    static String readText(Path file) {
        String text = new String(readBytes(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static byte[] readBytes(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file, 0, null, "file not found", "check the path and the current directory");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file, 0, null, "is a directory, not a structure file",
                    "give a .cif or POSCAR file");
        }
        InputFiles.requireAtMost(file, InputFiles.MAX_STRUCTURE_BYTES, "a structure file",
                "is this the structure (CIF or POSCAR)? split a multi-structure file and give one structure");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read the file: " + e.getMessage(),
                    "check the file permissions");
        }
    }
}
