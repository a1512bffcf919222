package org.ionhop.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.crystal.Cell;

/**
 * Text of a CIF in space group P1 with every site listed (no symmetry to expand): what VESTA,
 * pymatgen and ASE read without interpreting a space group. Labels are made unique per file by
 * numbering the images of one label (Li1_1, Li1_2, ...), as readers that key sites by label need.
 */
final class P1Cif {
    /**
     * One atom-site row.
     *
     * @param label      base label; a running number is appended
     * @param symbol     type symbol (element, or a dummy X)
     * @param fractional fractional coordinates
     * @param occupancy  site occupancy, 0..1
     */
    record Row(String label, String symbol, double[] fractional, double occupancy) {}

    private P1Cif() {}

    static String text(String blockName, List<String> comments, Cell cell, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) sb.append("# ").append(c).append('\n');
        sb.append("data_").append(blockName.replaceAll("[^A-Za-z0-9_.-]", "_")).append('\n');
        line(sb, "_cell_length_a    %.6f", cell.lengthA());
        line(sb, "_cell_length_b    %.6f", cell.lengthB());
        line(sb, "_cell_length_c    %.6f", cell.lengthC());
        line(sb, "_cell_angle_alpha %.6f", cell.alphaDeg());
        line(sb, "_cell_angle_beta  %.6f", cell.betaDeg());
        line(sb, "_cell_angle_gamma %.6f", cell.gammaDeg());
        line(sb, "_cell_volume      %.6f", cell.volume());
        sb.append("_symmetry_space_group_name_H-M 'P 1'\n");
        sb.append("_symmetry_Int_Tables_number 1\n");
        sb.append("_space_group_name_H-M_alt 'P 1'\n");
        sb.append("_space_group_IT_number 1\n");
        sb.append("loop_\n_symmetry_equiv_pos_site_id\n_symmetry_equiv_pos_as_xyz\n1 'x, y, z'\n");
        sb.append("loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n_atom_site_occupancy\n");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Row r : rows) {
            int k = seen.merge(r.label(), 1, Integer::sum);
            line(sb, "%-12s %-3s %10.7f %10.7f %10.7f %.6f", r.label() + "_" + k, r.symbol(), r.fractional()[0],
                    r.fractional()[1], r.fractional()[2], r.occupancy());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
