package org.ionhop.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.crystal.Cell;
import org.ionhop.network.HopClass;
import org.ionhop.network.HopNetwork;

/**
 * A LAMMPS data file of the network in its supercell (atom_style bond): atoms are the network sites
 * (ids 1..N in network order) followed by the host atoms, one atom type per site label; bonds are the
 * hops, each undirected hop once, bond type = hop class index + 1. OVITO draws them as bonds.
 *
 * <p>Box: LAMMPS's restricted triclinic frame, a along x, b in the xy plane: lx = |A|, xy = |B| cos γ,
 * ly = sqrt(|B|² − xy²), xz = |C| cos β, yz = (|B||C| cos α − xy·xz)/ly, lz = sqrt(|C|² − xz² − yz²)
 * (LAMMPS Howto triclinic), with A, B, C the supercell vectors; positions are the sites' fractional
 * coordinates in that frame, so they are right whatever orientation the structure file used. The
 * tilt line is written only for a non-orthogonal cell. Type names are in the {@code Atom Type Labels}
 * and {@code Bond Type Labels} sections (LAMMPS 2022+, OVITO 3.8+) and as comments.
 */
final class LammpsData {
    private LammpsData() {}

    static String text(NetworkView view) {
        HopNetwork net = view.network();
        Cell box = net.supercellCell();
        double[] frame = frame(box);
        int[] n = net.supercell();
        int cells = n[0] * n[1] * n[2];
        List<String> typeNames = new ArrayList<>(net.siteLabels());
        Map<String, Integer> hostType = new LinkedHashMap<>();
        for (NetworkView.HostAtom a : view.host()) {
            hostType.computeIfAbsent(a.label(), l -> {
                typeNames.add(l);
                return typeNames.size();
            });
        }
        int networkAtoms = net.siteCount();
        int atoms = networkAtoms + cells * view.host().size();
        int[] start = net.hopStart(), target = net.hopTarget(), hopClass = net.hopClass();
        int bonds = 0;
        for (int i = 0; i < networkAtoms; i++) for (int h = start[i]; h < start[i + 1]; h++) if (target[h] > i) bonds++;

        StringBuilder sb = new StringBuilder(64 * (atoms + bonds) + 1024);
        sb.append("LAMMPS data file: IonHop hop network of ").append(view.title().isEmpty() ? "(untitled)" : view.title())
                .append(String.format(Locale.ROOT, ", %dx%dx%d supercell; bonds are hops, bond type = hop class + 1%n%n",
                        n[0], n[1], n[2]));
        line(sb, "%d atoms", atoms);
        line(sb, "%d atom types", typeNames.size());
        line(sb, "%d bonds", bonds);
        line(sb, "%d bond types", net.classes().size());
        sb.append('\n');
        line(sb, "0.0 %.10f xlo xhi", frame[0]);
        line(sb, "0.0 %.10f ylo yhi", frame[1]);
        line(sb, "0.0 %.10f zlo zhi", frame[2]);
        if (frame[3] != 0 || frame[4] != 0 || frame[5] != 0) line(sb, "%.10f %.10f %.10f xy xz yz", frame[3], frame[4], frame[5]);
        sb.append("\nAtom Type Labels\n\n");
        for (int t = 0; t < typeNames.size(); t++) line(sb, "%d %s", t + 1, typeNames.get(t));
        sb.append("\nBond Type Labels\n\n");
        for (HopClass c : net.classes()) line(sb, "%d %s", c.index() + 1, bondLabel(c));
        sb.append("\nAtoms # bond\n\n");
        double[] f = new double[3];
        double[] cart = net.siteCartesian();
        int[] type = net.siteType();
        for (int i = 0; i < networkAtoms; i++) {
            fractional(box, cart[3 * i], cart[3 * i + 1], cart[3 * i + 2], f);
            atom(sb, i + 1, type[i] + 1, f, frame, "# " + net.siteLabels().get(type[i]));
        }
        int id = networkAtoms;
        for (int c0 = 0; c0 < n[0]; c0++) {
            for (int c1 = 0; c1 < n[1]; c1++) {
                for (int c2 = 0; c2 < n[2]; c2++) {
                    for (NetworkView.HostAtom a : view.host()) {
                        double[] p = a.fractional();
                        f[0] = wrap((p[0] + c0) / n[0]);
                        f[1] = wrap((p[1] + c1) / n[1]);
                        f[2] = wrap((p[2] + c2) / n[2]);
                        atom(sb, ++id, hostType.get(a.label()), f, frame, "# " + a.label() + " " + a.element());
                    }
                }
            }
        }
        sb.append("\nBonds\n\n");
        int b = 0;
        for (int i = 0; i < networkAtoms; i++) {
            for (int h = start[i]; h < start[i + 1]; h++) {
                if (target[h] > i) line(sb, "%d %d %d %d", ++b, hopClass[h] + 1, i + 1, target[h] + 1);
            }
        }
        return sb.toString();
    }

    static String bondLabel(HopClass c) {
        return String.format(Locale.ROOT, "%s-%s_%.3fA", c.fromLabel(), c.toLabel(), c.lengthAngstrom());
    }

    /** lx, ly, lz, xy, xz, yz of LAMMPS's restricted triclinic box with the cell's lengths and angles. */
    static double[] frame(Cell cell) {
        double a = cell.lengthA(), b = cell.lengthB(), c = cell.lengthC();
        double cosA = snap(Math.cos(Math.toRadians(cell.alphaDeg())));
        double cosB = snap(Math.cos(Math.toRadians(cell.betaDeg())));
        double cosG = snap(Math.cos(Math.toRadians(cell.gammaDeg())));
        double lx = a, xy = b * cosG, ly = Math.sqrt(b * b - xy * xy);
        double xz = c * cosB, yz = (b * c * cosA - xy * xz) / ly, lz = Math.sqrt(c * c - xz * xz - yz * yz);
        return new double[] {lx, ly, lz, xy, xz, yz};
    }

    /** Cosines of right angles computed from vectors carry ~1e-17 of noise; make them exactly orthogonal. */
    private static double snap(double cos) {
        return Math.abs(cos) < 1e-12 ? 0.0 : cos;
    }

    private static void atom(StringBuilder sb, int id, int type, double[] f, double[] frame, String comment) {
        double x = f[0] * frame[0] + f[1] * frame[3] + f[2] * frame[4];
        double y = f[1] * frame[1] + f[2] * frame[5];
        double z = f[2] * frame[2];
        line(sb, "%d 0 %d %.10f %.10f %.10f %s", id, type, x, y, z, comment);
    }

    static void fractional(Cell cell, double x, double y, double z, double[] out) {
        org.joml.Vector3d v = cell.toFractional(new org.joml.Vector3d(x, y, z), new org.joml.Vector3d());
        out[0] = wrap(v.x);
        out[1] = wrap(v.y);
        out[2] = wrap(v.z);
    }

    /** Into [0,1); values a rounding error below 1 become 0 so no atom sits on the far face. */
    static double wrap(double u) {
        double w = u - Math.floor(u);
        return w >= 1 - 1e-12 ? 0.0 : w;
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
