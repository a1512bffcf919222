package org.ionhop.output;

import java.util.List;

import org.ionhop.crystal.Cell;
import org.ionhop.crystal.Crystal;
import org.ionhop.crystal.CrystalSite;
import org.joml.Vector3d;

/**
 * The crystal a run was made on, as plain arrays for the result file.
 *
 * @param latticeVectorsAngstrom rows are the lattice vectors a, b, c in Cartesian Å
 * @param siteFractional         [site][3] fractional coordinates
 * @param siteCartesianAngstrom  [site][3] Cartesian positions, Å
 * @param siteLabels             crystallographic label of each site
 * @param siteElements           element symbol of each site
 * @param siteOccupancies        occupancy of each site as the structure file gives it
 * @param hostDisorder           the realised immobile host disorder of the supercell, or null
 * @param clusterExpansion       the deck's cluster expansion (orbits, multiplicities, ECIs), or null
 */
public record StructureRecord(double[][] latticeVectorsAngstrom, double[][] siteFractional,
                              double[][] siteCartesianAngstrom, List<String> siteLabels, List<String> siteElements,
                              double[] siteOccupancies, HostDisorderRecord hostDisorder,
                              ClusterExpansionRecord clusterExpansion) {

    /** A structure without host disorder. */
    public StructureRecord(double[][] latticeVectorsAngstrom, double[][] siteFractional,
                           double[][] siteCartesianAngstrom, List<String> siteLabels, List<String> siteElements,
                           double[] siteOccupancies) {
        this(latticeVectorsAngstrom, siteFractional, siteCartesianAngstrom, siteLabels, siteElements, siteOccupancies,
                null, null);
    }

    /** The same structure with the realised host disorder of a run (null for none). */
    public StructureRecord withHostDisorder(HostDisorderRecord host) {
        return new StructureRecord(latticeVectorsAngstrom, siteFractional, siteCartesianAngstrom, siteLabels,
                siteElements, siteOccupancies, host, clusterExpansion);
    }

    /** The same structure with the cluster expansion of a run (null for none). */
    public StructureRecord withClusterExpansion(ClusterExpansionRecord expansion) {
        return new StructureRecord(latticeVectorsAngstrom, siteFractional, siteCartesianAngstrom, siteLabels,
                siteElements, siteOccupancies, hostDisorder, expansion);
    }

    public StructureRecord {
        int n = siteFractional.length;
        if (siteCartesianAngstrom.length != n || siteLabels.size() != n || siteElements.size() != n
                || siteOccupancies.length != n) {
            throw new IllegalArgumentException("one position, label and element per site expected");
        }
        siteLabels = List.copyOf(siteLabels);
        siteElements = List.copyOf(siteElements);
    }

    /** The conventional cell and all symmetry-expanded sites of a crystal. */
    public static StructureRecord of(Crystal crystal) {
        Cell cell = crystal.cell();
        List<CrystalSite> sites = crystal.sites();
        double[][] lattice = {toArray(cell.vectorA()), toArray(cell.vectorB()), toArray(cell.vectorC())};
        double[][] frac = new double[sites.size()][];
        double[][] cart = new double[sites.size()][];
        for (int i = 0; i < sites.size(); i++) {
            frac[i] = sites.get(i).fractional();
            Vector3d f = new Vector3d(frac[i][0], frac[i][1], frac[i][2]);
            cart[i] = toArray(cell.toCartesian(f, new Vector3d()));
        }
        return new StructureRecord(lattice, frac, cart, sites.stream().map(CrystalSite::label).toList(),
                sites.stream().map(CrystalSite::element).toList(),
                sites.stream().mapToDouble(CrystalSite::occupancy).toArray());
    }

    private static double[] toArray(Vector3d v) {
        return new double[] {v.x, v.y, v.z};
    }
}
