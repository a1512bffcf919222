package org.ionhop.rates.neb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped example profiles (inputs/neb/README.md) against their hand-computed barriers, and the errors. */
class NebProfileReaderTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private static void assertBarriers(NebBarriers b, double forward, double backward, double reaction, double kra,
                                       double tol) {
        assertEquals(forward, b.forwardEv(), tol, "forward");
        assertEquals(backward, b.backwardEv(), tol, "backward");
        assertEquals(reaction, b.reactionEnergyEv(), tol, "reaction energy");
        assertEquals(kra, b.kraEv(), tol, "E_KRA");
    }

    @Test
    void vtstNebDatSymmetricSin2() {
        NebProfile p = NebProfileReader.read(Path.of("inputs/neb/sin2-symmetric.neb.dat"), NebFormat.AUTO);
        assertEquals(NebFormat.NEBDAT, p.format());
        assertTrue(p.tangentialForceEvPerAngstrom().isPresent());
        NebBarriers b = NebBarriers.of(p, NebBarriers.Saddle.IMAGES);
        // E = 0.4 sin^2(pi x / 3): saddle 0.4 eV at x = 1.5 Å, both ends 0 (file has 6 decimals).
        assertBarriers(b, 0.4, 0.4, 0.0, 0.4, 1e-6);
        assertEquals(2, b.highestImage());
        // The image sits on the saddle with zero force, so the spline maximum is the same point.
        assertEquals(0.4, b.splineSaddleEv(), 1e-6);
        assertEquals(1.5, b.splineSaddleAngstrom(), 1e-6);
    }

    @Test
    void twoColumnAsymmetric() {
        NebProfile p = NebProfileReader.read(Path.of("inputs/neb/asymmetric.twocol.dat"), NebFormat.AUTO);
        assertEquals(NebFormat.TWOCOL, p.format());
        assertFalse(p.tangentialForceEvPerAngstrom().isPresent());
        NebBarriers b = NebBarriers.of(p, NebBarriers.Saddle.IMAGES);
        assertBarriers(b, 0.35, 0.25, 0.10, 0.35 - 0.10 / 2, EPS);
        assertFalse(b.splineUsesForces());
        // The spline passes through every image, so its maximum is at least the highest image.
        assertTrue(b.splineSaddleEv() >= 0.35);
        NebBarriers s = NebBarriers.of(p, NebBarriers.Saddle.SPLINE);
        assertEquals(s.splineSaddleEv(), s.forwardEv(), EPS);
        assertEquals(s.splineSaddleEv() - 0.05, s.kraEv(), EPS);
    }

    @Test
    void aseExtendedXyzImagesWithEnergyInTheInfoLine() {
        NebProfile p = NebProfileReader.read(Path.of("inputs/neb/ase-images.extxyz"), NebFormat.AUTO);
        assertEquals(NebFormat.EXTXYZ, p.format());
        assertFalse(p.tangentialForceEvPerAngstrom().isPresent());
        NebBarriers b = NebBarriers.of(p, NebBarriers.Saddle.IMAGES);
        assertBarriers(b, 0.45, 0.40, 0.05, 0.45 - 0.05 / 2, 1e-9);
        // One Li moves 0.75 Å per image; between images 1 and 2 it crosses the cell face (9.75 -> 0.5 Å wrapped).
        assertArrayEquals(new double[] {0, 0.75, 1.5, 2.25, 3.0}, p.reactionCoordinateAngstrom(), 1e-9);
        assertFalse(p.coordinateIsImageIndex());
    }

    @Test
    void extendedXyzIsRecognisedByContentAndMistakesPointAtTheLine() throws IOException {
        String frame = "2\nLattice=\"10 0 0 0 10 0 0 0 10\" Properties=species:S:1:pos:R:3 energy=%s pbc=\"T T T\"\n"
                + "Li %s 0 0\nCl 5 5 5\n";
        Path noExtension = dir.resolve("images");
        Files.writeString(noExtension, frame.formatted("-1.0", "0") + frame.formatted("-0.8", "1") + frame.formatted("-1.0", "2"));
        NebProfile p = NebProfileReader.read(noExtension, NebFormat.AUTO);
        assertEquals(NebFormat.EXTXYZ, p.format());
        assertArrayEquals(new double[] {0, 1, 2}, p.reactionCoordinateAngstrom(), 1e-12);

        Path noEnergy = dir.resolve("no-energy.extxyz");
        Files.writeString(noEnergy, frame.formatted("-1.0", "0") + frame.formatted("-0.8", "1").replace("energy=-0.8 ", "")
                + frame.formatted("-1.0", "2"));
        InputException e = assertThrows(InputException.class, () -> NebProfileReader.read(noEnergy, NebFormat.AUTO));
        assertEquals(6, e.line());
        assertTrue(e.userMessage().contains("image 1 has no energy=") && e.userMessage().contains("SinglePointCalculator"),
                e.userMessage());

        Path badNumber = dir.resolve("bad-number.extxyz");
        Files.writeString(badNumber, frame.formatted("-1.0", "0") + frame.formatted("-0.8", "1x") + frame.formatted("-1.0", "2"));
        e = assertThrows(InputException.class, () -> NebProfileReader.read(badNumber, NebFormat.EXTXYZ));
        assertEquals(7, e.line());

        Path mismatch = dir.resolve("mismatch.extxyz");
        Files.writeString(mismatch, frame.formatted("-1.0", "0") + "1\nenergy=-0.9\nLi 1 0 0\n" + frame.formatted("-1.0", "2"));
        e = assertThrows(InputException.class, () -> NebProfileReader.read(mismatch, NebFormat.AUTO));
        assertEquals(5, e.line());
        assertTrue(e.userMessage().contains("same atoms"), e.userMessage());

        Path truncated = dir.resolve("truncated.extxyz");
        Files.writeString(truncated, frame.formatted("-1.0", "0") + "2\nenergy=-0.9\nLi 1 0 0\n");
        e = assertThrows(InputException.class, () -> NebProfileReader.read(truncated, NebFormat.AUTO));
        assertTrue(e.userMessage().contains("truncated"), e.userMessage());

        Path twoImages = dir.resolve("two.extxyz");
        Files.writeString(twoImages, frame.formatted("-1.0", "0") + frame.formatted("-0.8", "1"));
        e = assertThrows(InputException.class, () -> NebProfileReader.read(twoImages, NebFormat.AUTO));
        assertTrue(e.userMessage().contains("at least 3 images"), e.userMessage());
    }

    @Test
    void vaspDirectoryUsesOszicarE0OfTheLastIonicStep() {
        NebProfile p = NebProfileReader.read(Path.of("inputs/neb/vasp-run"), NebFormat.AUTO);
        assertEquals(NebFormat.VASP, p.format());
        assertTrue(p.energySource().contains("E0"), p.energySource());
        NebBarriers b = NebBarriers.of(p, NebBarriers.Saddle.IMAGES);
        // E0 = -100.000, -99.800, -99.550, -99.700, -99.950 eV
        assertBarriers(b, 0.45, 0.40, 0.05, 0.45 - 0.05 / 2, EPS);
        // One Li moves 0.075 of a 10 Å cell per image: 0.75 Å per step in configuration space.
        assertArrayEquals(new double[] {0, 0.75, 1.5, 2.25, 3.0}, p.reactionCoordinateAngstrom(), 1e-9);
        assertFalse(p.coordinateIsImageIndex());
    }

    @Test
    void vaspDirectoryFromOutcarWithTangentialForcesAndCartesianPoscar() throws IOException {
        double[] e0 = {-50.0, -49.7, -49.9};
        for (int i = 0; i < 3; i++) {
            Path img = Files.createDirectories(dir.resolve(String.format("%02d", i)));
            StringBuilder outcar = new StringBuilder();
            // Two ionic steps; the TOTEN line carries a smearing term that must NOT be used.
            for (double shift : new double[] {0.3, 0.0}) {
                double e = e0[i] + shift;
                outcar.append(String.format("  free  energy   TOTEN  =       %.8f eV%n", e - 0.002));
                outcar.append(String.format("  energy  without entropy=      %.8f  energy(sigma->0) =      %.8f%n",
                        e - 0.001, e));
                if (i == 1) outcar.append(String.format(" NEB: projections on to tangent (spring, REAL) :   "
                        + "-0.001000   %.6f%n", shift == 0 ? 0.25 : 0.5));
            }
            Files.writeString(img.resolve("OUTCAR"), outcar.toString());
            // Cartesian coordinates with scale 2: the atom moves 0.5 (x2 = 1.0 Å) per image.
            Files.writeString(img.resolve(i == 1 ? "CONTCAR" : "POSCAR"), "cartesian image\n2.0\n"
                    + "5 0 0\n0 5 0\n0 0 5\nNa\n1\nSelective dynamics\nCartesian\n"
                    + (0.5 * i + 1.0) + " 1.0 1.0 T T T\n");
        }
        NebProfile p = NebProfileReader.read(dir, NebFormat.VASP);
        assertEquals("OUTCAR energy(sigma->0)", p.energySource());
        assertArrayEquals(new double[] {0, 1.0, 2.0}, p.reactionCoordinateAngstrom(), 1e-9);
        assertArrayEquals(new double[] {0, 0.3, 0.1}, p.relativeEnergyEv(), 1e-9);
        assertArrayEquals(new double[] {0, 0.25, 0}, p.tangentialForceEvPerAngstrom().orElseThrow(), 0);
        NebBarriers b = NebBarriers.of(p, NebBarriers.Saddle.IMAGES);
        assertEquals(0.3 - 0.1 / 2, b.kraEv(), 1e-9);
        assertTrue(b.splineUsesForces());
    }

    @Test
    void vaspWithoutGeometryUsesTheImageIndex() throws IOException {
        for (int i = 0; i < 3; i++) {
            Path img = Files.createDirectories(dir.resolve(String.format("%02d", i)));
            Files.writeString(img.resolve("OSZICAR"), "   1 F= -.1E+02 E0= " + (i == 1 ? "-.9E+01" : "-.1E+02")
                    + "  d E =0.0\n");
            if (i == 1) {
                Files.writeString(img.resolve("OUTCAR"), " NEB: projections on to tangent (spring, REAL) :  0.0  0.7\n");
            }
        }
        NebProfile p = NebProfileReader.read(dir, NebFormat.AUTO);
        assertTrue(p.tangentialForceEvPerAngstrom().isPresent());
        assertTrue(p.coordinateIsImageIndex());
        assertFalse(NebBarriers.of(p, NebBarriers.Saddle.IMAGES).splineUsesForces(),
                "forces in eV/Å cannot be slopes along an image-index axis");
        assertArrayEquals(new double[] {0, 1, 2}, p.reactionCoordinateAngstrom(), 0);
        assertEquals(1.0, NebBarriers.of(p, NebBarriers.Saddle.IMAGES).kraEv(), 1e-9);
    }

    private String error(Path path, NebFormat format) {
        return assertThrows(InputException.class, () -> NebProfileReader.read(path, format)).userMessage();
    }

    @Test
    void tooFewImages() throws IOException {
        Path f = Files.writeString(dir.resolve("two.dat"), "0 0\n1 0.1\n");
        assertEquals(f + ": an NEB profile needs at least 3 images (initial, one or more intermediate, final), "
                + "found 2 (give every image including both end points)", error(f, NebFormat.AUTO));
    }

    @Test
    void nonNumericValueNamesLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.dat"), "# x E\n0 0\n0.5 abc\n1 0\n");
        assertEquals(f + ":3: column 2 is not a number: 'abc' (only numbers are allowed on data lines; start "
                + "comments with '#')", error(f, NebFormat.TWOCOL));
    }

    @Test
    void reactionCoordinateMustIncrease() throws IOException {
        Path f = Files.writeString(dir.resolve("order.dat"), "0 0\n1 0.2\n0.5 0.1\n");
        assertTrue(error(f, NebFormat.AUTO).startsWith(f + ":3: reaction coordinate must increase along the path, "
                + "but image 2 has 0.5 after 1.0"));
    }

    @Test
    void wrongColumnCounts() throws IOException {
        Path three = Files.writeString(dir.resolve("three.dat"), "0 0 0\n1 1 1\n2 0 0\n");
        assertTrue(error(three, NebFormat.AUTO).startsWith(three + ":1: cannot tell the profile format from 3 columns"));
        Path ragged = Files.writeString(dir.resolve("ragged.dat"), "0 0\n1 0.2\n2 0 7\n");
        assertEquals(ragged + ":3: expected 2 columns (reaction coordinate Å, energy eV), got 3",
                error(ragged, NebFormat.TWOCOL));
        Path nebdat = Files.writeString(dir.resolve("neb.dat"), "0 0 0\n1 1 0.3\n2 2 0\n");
        assertTrue(error(nebdat, NebFormat.NEBDAT).startsWith(nebdat + ":1: expected 4 to 5 columns"));
    }

    @Test
    void missingImageFolderIsNamed() throws IOException {
        for (String name : new String[] {"00", "01", "03"}) Files.createDirectories(dir.resolve(name));
        assertTrue(error(dir, NebFormat.VASP).startsWith(dir.resolve("02") + ": image folder is missing"));
    }

    @Test
    void imageWithoutEnergy() throws IOException {
        for (String name : new String[] {"00", "01", "02"}) {
            Path img = Files.createDirectories(dir.resolve(name));
            if (!name.equals("01")) Files.writeString(img.resolve("OSZICAR"), "   1 F= -.1E+02 E0= -.1E+02  d E =0\n");
        }
        assertTrue(error(dir, NebFormat.VASP).startsWith(dir.resolve("01") + ": no OSZICAR or OUTCAR in the image "
                + "folder"));
        Files.writeString(dir.resolve("01/OSZICAR"), "DAV:   1   -0.1E+02\n");
        assertTrue(error(dir, NebFormat.VASP).startsWith(dir.resolve("01/OSZICAR")
                + ": no ionic step line ('F= ... E0= ...') in OSZICAR"));
    }

    @Test
    void formatAndPathKindMustAgree() throws IOException {
        Path f = Files.writeString(dir.resolve("p.dat"), "0 0\n1 1\n2 0\n");
        assertTrue(error(f, NebFormat.VASP).contains("format vasp needs the NEB run directory"));
        assertTrue(error(dir, NebFormat.TWOCOL).contains("is a directory but format twocol needs a file"));
        assertEquals(dir.resolve("none.dat") + ": NEB profile not found (check the path)",
                error(dir.resolve("none.dat"), NebFormat.AUTO));
    }
}
