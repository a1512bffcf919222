package org.ionhop.output;

import java.util.Locale;

import org.ionhop.crystal.Cell;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;
import org.joml.Matrix3dc;

/**
 * The network in its supercell as extended XYZ (ASE's and OVITO's format): a comment line with
 * {@code Lattice="ax ay az bx by bz cx cy cz"} (supercell vectors, Å), {@code Properties=} and
 * {@code pbc="T T T"}, then one line per atom. Atoms: the network sites in network order, then the
 * host atoms. Per-atom properties: species (extra sites: dummy X), pos (Å), site_label,
 * network_site (1/0), site_energy_eV (each site's own where regions or host disorder vary it), hop_class_counts (hops of each class starting on the site,
 * one column per class; 0 for host atoms) and occupancy (structure occupancy; 0 for extra sites).
 */
final class ExtendedXyz {
    private ExtendedXyz() {}

    static String network(NetworkView view) {
        HopNetwork net = view.network();
        Cell box = net.supercellCell();
        int[] n = net.supercell();
        int cells = n[0] * n[1] * n[2];
        int m = view.sitesPerCell();
        int k = net.classes().size();
        int atoms = net.siteCount() + cells * view.host().size();
        StringBuilder sb = new StringBuilder(100 * atoms + 1024);
        sb.append(atoms).append('\n');
        sb.append("Lattice=\"").append(lattice(box)).append("\" Properties=species:S:1:pos:R:3:site_label:S:1:"
                + "network_site:I:1:site_energy_eV:R:1:hop_class_counts:I:").append(k).append(":occupancy:R:1");
        StringBuilder classes = new StringBuilder();
        for (HopClass c : net.classes()) {
            if (classes.length() > 0) classes.append(' ');
            classes.append(c.index()).append(':').append(LammpsData.bondLabel(c));
        }
        sb.append(String.format(Locale.ROOT, " pbc=\"T T T\" supercell=\"%d %d %d\" mobile_species=%s hop_classes=\"%s\"",
                n[0], n[1], n[2], view.species(), classes));
        sb.append('\n');
        double[] cart = net.siteCartesian();
        for (int i = 0; i < net.siteCount(); i++) {
            NetworkView.NetworkSite s = view.sites().get(i % m);
            sb.append(String.format(Locale.ROOT, "%-3s %.10f %.10f %.10f %s 1 %.6f", s.exportSymbol(), cart[3 * i],
                    cart[3 * i + 1], cart[3 * i + 2], s.label(), view.siteEnergyEv(i)));
            for (int c : s.hopsPerClass()) sb.append(' ').append(c);
            sb.append(String.format(Locale.ROOT, " %.6f%n", s.occupancy()));
        }
        Matrix3dc mat = view.cell().matrix();
        for (int c0 = 0; c0 < n[0]; c0++) {
            for (int c1 = 0; c1 < n[1]; c1++) {
                for (int c2 = 0; c2 < n[2]; c2++) {
                    for (NetworkView.HostAtom a : view.host()) {
                        double[] f = a.fractional();
                        double x = f[0] + c0, y = f[1] + c1, z = f[2] + c2;
                        sb.append(String.format(Locale.ROOT, "%-3s %.10f %.10f %.10f %s 0 0.0", a.element(),
                                mat.m00() * x + mat.m10() * y + mat.m20() * z, mat.m01() * x + mat.m11() * y + mat.m21() * z,
                                mat.m02() * x + mat.m12() * y + mat.m22() * z, a.label()));
                        for (int j = 0; j < k; j++) sb.append(" 0");
                        sb.append(String.format(Locale.ROOT, " %.6f%n", a.occupancy()));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** "ax ay az bx by bz cx cy cz" of a cell, Å. */
    static String lattice(Cell cell) {
        Matrix3dc m = cell.matrix();
        return String.format(Locale.ROOT, "%.10f %.10f %.10f %.10f %.10f %.10f %.10f %.10f %.10f",
                m.m00(), m.m01(), m.m02(), m.m10(), m.m11(), m.m12(), m.m20(), m.m21(), m.m22());
    }
}
