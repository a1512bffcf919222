package org.ionhop.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.ionhop.common.InputException;
import org.ionhop.crystal.Cell;
import org.joml.Vector3d;

/**
 * A result file's time-averaged occupancies as a CIF for VESTA: the host atoms of the conventional
 * cell (the structure's non-network sites) and the mobile species on every network site of the cell
 * with its occupancy averaged over time, replicas and all cells of the supercell. P1, every site
 * listed, so sites that are symmetry-equivalent in the host but occupied differently stay apart.
 */
public final class OccupancyExport {
    private static final String HINT = "give a result file written by ionhop run (or ionhop merge)";

    /**
     * One temperature's occupancy CIF.
     *
     * @param temperatureKelvin the temperature
     * @param cif               the CIF text
     * @param labelOccupancy    mean occupancy per network label (label order of {@code labels})
     * @param labels            network labels
     */
    public record Result(double temperatureKelvin, String cif, double[] labelOccupancy, List<String> labels) {}

    private OccupancyExport() {}

    /** Temperatures stored in a result file, K, ascending. */
    public static List<Double> temperatures(Path resultFile) {
        try (HdfFile h = open(resultFile)) {
            List<Double> out = new ArrayList<>();
            for (Group g : temperatureGroups(h, resultFile)) out.add(scalar(g, "temperature", resultFile));
            out.sort(null);
            return out;
        }
    }

    /** The occupancy CIF of the temperature closest to {@code kelvin} within 1e-6 K (else an input error). */
    public static Result of(Path resultFile, double kelvin) {
        try (HdfFile h = open(resultFile)) {
            Group chosen = null;
            List<Double> available = new ArrayList<>();
            for (Group g : temperatureGroups(h, resultFile)) {
                double t = scalar(g, "temperature", resultFile);
                available.add(t);
                if (Math.abs(t - kelvin) < 1e-6) chosen = g;
            }
            if (chosen == null) {
                available.sort(null);
                throw new InputException(resultFile, 0, "--temperature", "no temperature " + groupLabel(kelvin)
                        + " in the result", "temperatures present: "
                        + String.join(", ", available.stream().map(OccupancyExport::groupLabel).toList()));
            }
            return build(h, chosen, kelvin, resultFile);
        }
    }

    private static Result build(HdfFile h, Group temperature, double kelvin, Path file) {
        double[][] lattice = (double[][]) data(h, "/structure/lattice_vectors", file);
        Cell cell = Cell.fromVectors(new Vector3d(lattice[0]), new Vector3d(lattice[1]), new Vector3d(lattice[2]));
        double[][] hostFrac = (double[][]) data(h, "/structure/site_fractional", file);
        String[] hostLabels = (String[]) data(h, "/structure/site_labels", file);
        String[] hostElements = (String[]) data(h, "/structure/site_elements", file);
        double[] hostOccupancy = (double[]) data(h, "/structure/site_occupancy", file);
        String[] labels = (String[]) data(h, "/network/site_label_names", file);
        double[][] cellFrac = (double[][]) data(h, "/network/cell_site_fractional", file);
        String[] cellLabels = (String[]) data(h, "/network/cell_site_labels", file);
        io.jhdf.api.Attribute speciesAttribute = h.getChild("network").getAttribute("mobile_species");
        if (speciesAttribute == null) {
            throw new InputException(file, 0, null, "/network has no mobile_species attribute (written by an older IonHop)",
                    "rerun the deck with this IonHop");
        }
        String species = (String) speciesAttribute.getData();
        double[] siteOccupancy = (double[]) data(temperature, "site_occupancy", file);
        double[] labelOccupancy = (double[]) data(temperature, "label_occupancy", file);
        int m = cellLabels.length;
        if (m == 0 || siteOccupancy.length % m != 0) {
            throw new InputException(file, 0, null, "site_occupancy has " + siteOccupancy.length
                    + " sites, not a multiple of the " + m + " network sites per cell", HINT);
        }
        double[] perCellSite = new double[m];
        int cells = siteOccupancy.length / m;
        for (int i = 0; i < siteOccupancy.length; i++) perCellSite[i % m] += siteOccupancy[i] / cells;

        Set<String> network = Set.of(labels);
        List<P1Cif.Row> rows = new ArrayList<>();
        for (int i = 0; i < hostLabels.length; i++) {
            if (!network.contains(hostLabels[i])) rows.add(new P1Cif.Row(hostLabels[i], hostElements[i], hostFrac[i], hostOccupancy[i]));
        }
        for (int s = 0; s < m; s++) rows.add(new P1Cif.Row(cellLabels[s], species, cellFrac[s], perCellSite[s]));
        List<String> comments = new ArrayList<>();
        comments.add(String.format(Locale.ROOT, "IonHop time-averaged occupancy of %s at %s (from %s)", species,
                groupLabel(kelvin), file.getFileName()));
        comments.add("network sites carry the kMC occupancy averaged over time, replicas and the supercell's cells;"
                + " host sites their structure occupancy");
        for (int l = 0; l < labels.length; l++) {
            comments.add(String.format(Locale.ROOT, "mean occupancy of %s sites: %.6f", labels[l], labelOccupancy[l]));
        }
        String cif = P1Cif.text("ionhop_occupancy_" + groupLabel(kelvin), comments, cell, rows);
        return new Result(kelvin, cif, labelOccupancy, List.of(labels));
    }

    /** "300K", "412.5K". */
    public static String groupLabel(double kelvin) {
        return Hdf5ResultWriter.groupName(kelvin);
    }

    private static HdfFile open(Path file) {
        if (!Files.isRegularFile(file)) throw new InputException(file, 0, null, "no such file", HINT);
        try {
            HdfFile h = new HdfFile(file);
            if (h.getChild("temperatures") == null || h.getChild("network") == null) {
                h.close();
                throw new InputException(file, 0, null, "not an IonHop result file (no /temperatures or /network group)", HINT);
            }
            return h;
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(file, 0, null, "not a readable HDF5 file (" + e.getMessage() + ")", HINT);
        }
    }

    private static List<Group> temperatureGroups(HdfFile h, Path file) {
        List<Group> out = new ArrayList<>();
        for (Node n : ((Group) h.getChild("temperatures")).getChildren().values()) if (n instanceof Group g) out.add(g);
        if (out.isEmpty()) throw new InputException(file, 0, null, "the result holds no temperature", HINT);
        return out;
    }

    private static Object data(Group g, String path, Path file) {
        Node n;
        try {
            n = path.startsWith("/") ? ((HdfFile) g).getByPath(path) : g.getChild(path);
        } catch (RuntimeException missing) {
            n = null;
        }
        if (!(n instanceof Dataset d)) {
            throw new InputException(file, 0, null, "dataset " + (path.startsWith("/") ? path : g.getPath() + path)
                    + " is missing (the file was written by an IonHop without occupancy output)",
                    "rerun the deck with this IonHop, or " + HINT.substring(0, 1).toLowerCase(Locale.ROOT) + HINT.substring(1));
        }
        return d.getData();
    }

    private static double scalar(Group g, String name, Path file) {
        return ((Number) data(g, name, file)).doubleValue();
    }

    /** Writes one result as a CIF, atomically. */
    public static void write(Path target, Result result) throws IOException {
        AtomicFiles.writeString(target, result.cif());
    }
}
