package org.ionhop.output;

import java.util.List;

import org.ionhop.network.HopNetwork;
import org.ionhop.network.RegionMap;

/**
 * Where the zones of a composite lie: the zone of every network site with its position, for the
 * HDF5 {@code /regions} group and the slice picture.
 *
 * @param zoneNames          phases, then interface bands
 * @param siteZone           zone per site (network order)
 * @param siteCartesianAngstrom 3 per site, Å
 * @param latticeVectorsAngstrom rows: supercell vectors a, b, c, Å
 */
public record RegionLayout(List<String> zoneNames, int[] siteZone, double[] siteCartesianAngstrom,
                           double[][] latticeVectorsAngstrom) {

    public static RegionLayout of(HopNetwork network, RegionMap map) {
        var cell = network.supercellCell();
        double[][] v = new double[3][];
        var a = cell.vectorA();
        var b = cell.vectorB();
        var c = cell.vectorC();
        v[0] = new double[] {a.x, a.y, a.z};
        v[1] = new double[] {b.x, b.y, b.z};
        v[2] = new double[] {c.x, c.y, c.z};
        return new RegionLayout(map.zoneNames(), map.siteZones(), network.siteCartesian().clone(), v);
    }
}
