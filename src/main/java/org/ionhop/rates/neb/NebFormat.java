package org.ionhop.rates.neb;

import java.util.Locale;

/** The NEB profile formats IonHop reads. */
public enum NebFormat {
    /** Decide from the path: a directory is a VASP run, .extxyz/.xyz (or an XYZ frame) is EXTXYZ, a file with >= 4 columns is neb.dat, 2 columns is TWOCOL. */
    AUTO,
    /** VTST {@code neb.dat}: image, reaction coordinate (Å), energy (eV), tangential force (eV/Å), image. */
    NEBDAT,
    /** Two whitespace-separated columns: reaction coordinate (Å), energy (eV); '#' starts a comment. */
    TWOCOL,
    /** A VASP NEB run directory with image folders 00..NN (energies from OSZICAR or OUTCAR). */
    VASP,
    /** ASE extended XYZ image set: one frame per image, energy=E (eV) in each frame's comment line. */
    EXTXYZ;

    /** Parses "auto", "nebdat", "twocol", "vasp", "extxyz" (as in the deck and the CLI). */
    public static NebFormat parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
