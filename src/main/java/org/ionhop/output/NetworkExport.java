package org.ionhop.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.common.InputException;
import org.ionhop.network.HopClass;

/**
 * Writes a hop network for the viewers materials scientists use, the format chosen by the file
 * extension: {@code .cif} (VESTA, pymatgen), {@code .data}/{@code .lmp} (LAMMPS data, for OVITO's
 * bonds) and {@code .extxyz}/{@code .xyz} (ASE, OVITO). Atomic writes.
 */
public final class NetworkExport {
    /** The formats, with the extensions that choose them. */
    public enum Format {
        CIF(".cif"), LAMMPS_DATA(".data", ".lmp"), EXTXYZ(".extxyz", ".xyz");

        private final List<String> extensions;

        Format(String... extensions) {
            this.extensions = List.of(extensions);
        }

        public List<String> extensions() { return extensions; }

        /** The format a file name asks for, or an input error listing the extensions. */
        public static Format of(Path file, String option) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) for (String e : f.extensions) if (name.endsWith(e)) return f;
            throw new InputException(null, 0, option, "cannot tell the export format of '" + file.getFileName()
                    + "' from its extension", "use .cif (VESTA), .data or .lmp (LAMMPS data, OVITO) or .extxyz (ASE, OVITO)");
        }
    }

    private NetworkExport() {}

    /** Writes {@code view} to {@code file} in the format its extension names. */
    public static Format write(Path file, NetworkView view) throws IOException {
        Format format = Format.of(file, "--export");
        String text = switch (format) {
            case CIF -> cif(view);
            case LAMMPS_DATA -> LammpsData.text(view);
            case EXTXYZ -> ExtendedXyz.network(view);
        };
        AtomicFiles.writeString(file, text);
        return format;
    }

    /**
     * One conventional cell in P1: the host atoms, then the network sites. Structure sites of the
     * network keep their element and occupancy; extra (interstitial) sites are the dummy species X
     * with occupancy 1, labelled with their own label, so a viewer shows them as a species of their own.
     */
    static String cif(NetworkView view) {
        List<P1Cif.Row> rows = new ArrayList<>();
        for (NetworkView.HostAtom a : view.host()) rows.add(new P1Cif.Row(a.label(), a.element(), a.fractional(), a.occupancy()));
        for (NetworkView.NetworkSite s : view.sites()) {
            rows.add(new P1Cif.Row(s.label(), s.exportSymbol(), s.fractional(), s.extra() ? 1.0 : s.occupancy()));
        }
        List<String> comments = new ArrayList<>();
        comments.add("IonHop hop network of " + (view.title().isEmpty() ? "(untitled)" : view.title())
                + ": one conventional cell in P1, every site listed");
        comments.add("network species " + view.species() + ", network labels " + String.join(", ", labels(view)));
        if (view.sites().stream().anyMatch(NetworkView.NetworkSite::extra)) {
            comments.add("extra (interstitial) network sites are the dummy species " + NetworkView.EXTRA_SITE_SYMBOL
                    + " (occupancy 1 = drawn), labelled by their network label");
        }
        for (HopClass c : view.classes()) {
            comments.add(String.format(Locale.ROOT, "hop class %d: %s-%s %.4f A, %d per cell", c.index(), c.fromLabel(),
                    c.toLabel(), c.lengthAngstrom(), c.countPerCell()));
        }
        return P1Cif.text("ionhop_network", comments, view.cell(), rows);
    }

    static List<String> labels(NetworkView view) {
        return view.network().siteLabels();
    }
}
