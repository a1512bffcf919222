package org.ionhop.rates.neb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ionhop.common.InputException;
import org.ionhop.crystal.AtomSite;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.PoscarReader;
import org.joml.Vector3d;

/**
 * Reads a VASP NEB run directory: image folders 00..NN, each with its final energy.
 *
 * <p>Energy: the energy extrapolated to zero smearing, energy(sigma→0), as VTST's nebef.pl and
 * nebbarrier.pl use. It is read from the last ionic step of OSZICAR ({@code E0=}); when an image
 * has no OSZICAR, from the last {@code energy  without entropy= ... energy(sigma->0) = ...} line of
 * OUTCAR. The free energy {@code F=}/TOTEN is not used: it contains the smearing entropy term.
 * The end-point folders 00 and NN must hold the end-point relaxations' OSZICAR or OUTCAR (VTST
 * convention; VASP itself does not recompute them).
 *
 * <p>Reaction coordinate: cumulative configuration-space distance between consecutive images
 * (CONTCAR, else POSCAR, of each folder, read by {@link PoscarReader}); the image index when any
 * image has neither.
 * Tangential forces: the last {@code NEB: projections on to tangent} line of each intermediate
 * OUTCAR (the REAL value), 0 at the end points; absent when any intermediate image lacks it.
 */
final class VaspNebReader {
    private VaspNebReader() {}

    static NebProfile read(Path dir) {
        TreeMap<Integer, Path> images = imageFolders(dir);
        int n = images.lastKey() + 1;
        for (int i = 0; i < n; i++) {
            if (!images.containsKey(i)) {
                throw new InputException(dir.resolve(String.format("%02d", i)), 0, null,
                        "image folder is missing (found folders " + images.firstKey() + ".." + images.lastKey() + ")",
                        "a VASP NEB directory needs every image folder 00.." + String.format("%02d", n - 1));
            }
        }
        if (n < NebProfile.MIN_IMAGES) {
            throw new InputException(dir, 0, null, "an NEB run needs at least " + NebProfile.MIN_IMAGES
                    + " image folders (00, 01, 02, ...), found " + n, null);
        }
        double[] energy = new double[n];
        String source = null;
        double[] force = new double[n];
        boolean haveForces = true;
        Crystal[] geometry = new Crystal[n];
        Path[] geometryFile = new Path[n];
        for (int i = 0; i < n; i++) {
            Path image = images.get(i);
            EnergyReading e = energy(image);
            energy[i] = e.energyEv;
            source = source == null || source.equals(e.source) ? e.source : "OSZICAR E0 / OUTCAR energy(sigma->0)";
            if (i > 0 && i < n - 1) {
                OptionalDouble f = tangentialForce(image.resolve("OUTCAR"));
                haveForces &= f.isPresent();
                force[i] = f.orElse(0);
            }
            geometryFile[i] = geometryFile(image);
            if (geometryFile[i] != null) geometry[i] = PoscarReader.read(geometryFile[i]);
        }
        boolean haveGeometry = Stream.of(geometry).allMatch(g -> g != null);
        double[] x = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + (haveGeometry ? distanceAngstrom(geometry[i - 1], geometry[i], geometryFile[i]) : 1.0);
        }
        return NebProfile.checked(dir, NebFormat.VASP, x, energy, haveForces ? Optional.of(force) : Optional.empty(),
                !haveGeometry, source, null);
    }

    /**
     * Distance in configuration space between consecutive images: sqrt(Σ_atoms |Δr|²), each atom's
     * displacement taken by the minimum image (no atom moves half a cell between images).
     */
    private static double distanceAngstrom(Crystal previous, Crystal image, Path imageFile) {
        List<AtomSite> a = previous.asymmetricUnit();
        List<AtomSite> b = image.asymmetricUnit();
        if (a.size() != b.size()) {
            throw new InputException(imageFile, 0, null, "has " + b.size() + " atoms but the previous image has "
                    + a.size(), "all NEB images must contain the same atoms in the same order");
        }
        double sum = 0;
        Vector3d d = new Vector3d();
        for (int k = 0; k < a.size(); k++) {
            double[] fa = a.get(k).fractional();
            double[] fb = b.get(k).fractional();
            d.set(fb[0] - fa[0], fb[1] - fa[1], fb[2] - fa[2]);
            d.set(d.x - Math.rint(d.x), d.y - Math.rint(d.y), d.z - Math.rint(d.z));
            sum += previous.cell().toCartesian(d, d).lengthSquared();
        }
        return Math.sqrt(sum);
    }

    private static TreeMap<Integer, Path> imageFolders(Path dir) {
        TreeMap<Integer, Path> images = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && name.matches("\\d{2,3}")) images.put(Integer.parseInt(name), p);
            }
        } catch (IOException e) {
            throw new InputException(dir, 0, null, "cannot list the NEB directory: " + e.getMessage(), null);
        }
        if (images.isEmpty()) {
            throw new InputException(dir, 0, null, "no image folders 00, 01, ... in the NEB directory",
                    "give the VASP NEB run directory, or a neb.dat / two-column file");
        }
        if (images.firstKey() != 0) {
            throw new InputException(dir.resolve("00"), 0, null, "image folder is missing (the initial state)",
                    "copy the initial end point's OUTCAR/OSZICAR and POSCAR into 00");
        }
        return images;
    }

    private record EnergyReading(double energyEv, String source) {}

    /** Where an image's energy(sigma->0) is written, in order of preference. */
    private record EnergyFile(String name, String lineTag, String marker, String missing, String source) {}

    private static final List<EnergyFile> ENERGY_FILES = List.of(
            new EnergyFile("OSZICAR", " F=", "E0=", "no ionic step line ('F= ... E0= ...') in OSZICAR",
                    "OSZICAR E0 = energy(sigma->0)"),
            new EnergyFile("OUTCAR", "energy  without entropy", "energy(sigma->0) =",
                    "no 'energy  without entropy' line in OUTCAR", "OUTCAR energy(sigma->0)"));

    private static EnergyReading energy(Path image) {
        for (EnergyFile source : ENERGY_FILES) {
            Path file = image.resolve(source.name());
            if (!Files.isRegularFile(file)) continue;
            Double e = lastValueAfter(file, source.lineTag(), source.marker());
            if (e == null) {
                throw new InputException(file, 0, null, source.missing(),
                        "did the run for image " + image.getFileName() + " finish its first ionic step?");
            }
            return new EnergyReading(e, source.source());
        }
        throw new InputException(image, 0, null, "no OSZICAR or OUTCAR in the image folder",
                "end-point folders 00 and NN need the OSZICAR/OUTCAR of the end-point relaxations (VTST convention)");
    }

    /** The number after {@code marker} on the last line containing {@code lineTag}, or null. */
    private static Double lastValueAfter(Path file, String lineTag, String marker) {
        TaggedLine last = lastLineContaining(file, lineTag);
        if (last == null) return null;
        int at = last.text.indexOf(marker);
        if (at < 0) {
            throw new InputException(file, last.line, null, "no '" + marker.trim() + "' on this line", null);
        }
        String token = last.text.substring(at + marker.length()).trim().split("\\s+")[0];
        return NumericTable.number(token, file, last.line, 0);
    }

    /** The REAL tangential force of the last ionic step (last number on the projections line). */
    private static OptionalDouble tangentialForce(Path outcar) {
        if (!Files.isRegularFile(outcar)) return OptionalDouble.empty();
        TaggedLine last = lastLineContaining(outcar, "NEB: projections on to tangent");
        if (last == null) return OptionalDouble.empty();
        String[] t = last.text.trim().split("\\s+");
        return OptionalDouble.of(NumericTable.number(t[t.length - 1], outcar, last.line, t.length));
    }

    private record TaggedLine(int line, String text) {}

    private static TaggedLine lastLineContaining(Path file, String tag) {
        // Streamed: an OUTCAR can be gigabytes, and only its last matching line matters.
        TaggedLine last = null;
        try (java.io.BufferedReader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.contains(tag)) last = new TaggedLine(n, line.length() > 4096 ? line.substring(0, 4096) : line);
            }
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read: " + e.getMessage(), null);
        }
        return last;
    }

    private static Path geometryFile(Path image) {
        for (String name : new String[] {"CONTCAR", "POSCAR"}) {
            Path p = image.resolve(name);
            try {
                if (Files.isRegularFile(p) && Files.size(p) > 0) return p;
            } catch (IOException e) {
                // unreadable: try the next one
            }
        }
        return null;
    }
}
