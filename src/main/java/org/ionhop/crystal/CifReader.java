package org.ionhop.crystal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ionhop.common.FiniteNumbers;
import org.ionhop.common.InputException;
import org.rcsb.cif.CifIO;
import org.rcsb.cif.model.Block;
import org.rcsb.cif.model.Category;
import org.rcsb.cif.model.CifFile;
import org.rcsb.cif.model.Column;
import org.rcsb.cif.model.ValueKind;

/**
 * Reads a core-dictionary CIF (CIF 1.1) with ciftools-java: cell, symmetry, atom sites.
 *
 * <p>Symmetry comes from, in order: the listed operations ({@code _space_group_symop_operation_xyz}
 * or {@code _symmetry_equiv_pos_as_xyz}), a Hall symbol, the Hermann–Mauguin symbol, the
 * International Tables number (the last three through {@link SpaceGroupTable}). The first data
 * block with atom sites is read. Values with standard uncertainties ("7.17858(4)") are read
 * without them; "?" and "." mean missing; a missing occupancy is 1.
 */
public final class CifReader {
    private static final String[] CELL_TAGS = {"cell_length_a", "cell_length_b", "cell_length_c",
            "cell_angle_alpha", "cell_angle_beta", "cell_angle_gamma"};
    private static final String[] OPERATION_TAGS = {"space_group_symop_operation_xyz", "symmetry_equiv_pos_as_xyz"};
    private static final String[] HALL_TAGS = {"space_group_name_hall", "symmetry_space_group_name_hall"};
    private static final String[] HM_TAGS = {"space_group_name_h-m_alt", "symmetry_space_group_name_h-m"};
    /** ITA coordinate system: "1"/"2" origin choice, "H"/"R" axes (other codes name the standard setting). */
    private static final String COORDINATE_SYSTEM_TAG = "space_group_it_coordinate_system_code";
    private static final String[] NUMBER_TAGS = {"space_group_it_number", "symmetry_int_tables_number"};
    private static final String[] TITLE_TAGS = {"chemical_name_systematic", "chemical_name_common",
            "chemical_name_mineral", "chemical_name_structure_type"};
    /** Relative tolerance for a symmetry operation preserving the cell metric (CIF cells are rounded). */
    private static final double METRIC_TOLERANCE = 2e-3;

    private final Path file;
    private final Block block;
    private final CifLineIndex index;
    private final CifLineIndex.Block lines;

    private CifReader(Path file, Block block, CifLineIndex index, CifLineIndex.Block lines) {
        this.file = file;
        this.block = block;
        this.index = index;
        this.lines = lines;
    }

    /**
     * Reads and symmetry-expands the structure in a CIF.
     *
     * @throws InputException when the file is missing, unreadable or describes no valid structure
     */
    public static Crystal read(Path file) {
        String text = StructureFileText.readText(file);
        CifFile cif;
        CifLineIndex index = new CifLineIndex(text);
        try {
            cif = CifIO.readFromInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            for (CifLineIndex.Block b : index.blocks()) requireUniqueTags(file, b);
            throw new InputException(file, 0, null, "not a readable CIF: " + e.getMessage(),
                    "check that the file is a CIF 1.1 text file (data_ block, tags, loop_)");
        }
        Block chosen = null;
        for (Block b : cif.getBlocks()) {
            if (defined(b.getCategory("atom_site_fract_x")) || defined(b.getCategory("atom_site_cartn_x"))) {
                chosen = b;
                break;
            }
        }
        if (chosen == null) {
            if (cif.getBlocks().isEmpty()) {
                throw new InputException(file, 0, null, "no data_ block found",
                        "a CIF starts its structure with a line like 'data_NaCl'");
            }
            chosen = cif.getBlocks().get(0);
        }
        CifLineIndex.Block blockLines = index.block(chosen.getBlockHeader());
        if (blockLines == null) blockLines = new CifLineIndex.Block(chosen.getBlockHeader(), 0);
        requireUniqueTags(file, blockLines);
        return new CifReader(file, chosen, index, blockLines).read();
    }

    /**
     * A data name may appear once per data block (CIF 1.1): which of two values a parser keeps is
     * undefined, and the wrong one surfaces later as a puzzling symmetry or cell error.
     */
    private static void requireUniqueTags(Path file, CifLineIndex.Block block) {
        Object[] dup = block.firstDuplicate();
        if (dup == null) return;
        throw new InputException(file, (int) dup[2], "_" + dup[0], "data name _" + dup[0] + " is given twice in data "
                + "block '" + block.name + "' (lines " + dup[1] + " and " + dup[2] + ")",
                "keep one of them: a data name may appear only once per data block");
    }

    private Crystal read() {
        Cell cell = readCell();
        SpaceGroup group = readSpaceGroup(cell);
        checkMetric(cell, group);
        List<AtomSite> asu = readAtomSites();
        Crystal crystal = Crystal.expand(title(), file, cell, group, asu);
        checkMultiplicities(crystal);
        OccupancyCheck.check(crystal, file);
        return crystal;
    }

    /**
     * Where the CIF states Wyckoff multiplicities, the expansion must reproduce them: a mismatch
     * almost always means the coordinates belong to another setting (origin choice 1 vs 2).
     */
    private void checkMultiplicities(Crystal crystal) {
        Column<?> stated = column("atom_site_symmetry_multiplicity");
        if (stated == null) return;
        int[] counts = new int[crystal.asymmetricUnit().size()];
        for (CrystalSite s : crystal.sites()) counts[s.orbit()]++;
        for (int row = 0; row < counts.length; row++) {
            String v = cell(stated, row);
            if (v == null) continue;
            int line = lines.rowLine("atom_site_fract_x", row);
            double m = number(v, "_atom_site_symmetry_multiplicity", line);
            if (Math.round(m) != counts[row]) {
                AtomSite site = crystal.asymmetricUnit().get(row);
                throw new InputException(file, line, "_atom_site_symmetry_multiplicity", "site " + site.label()
                        + " has " + counts[row] + " positions in the cell of space group " + describe(crystal.spaceGroup())
                        + " but the file states multiplicity " + v, "the coordinates probably belong to another "
                        + "setting: add ':1' or ':2' (origin choice) or ':H'/':R' to the space-group symbol, "
                        + "or list the symmetry operations");
            }
        }
    }

    private String title() {
        for (String tag : TITLE_TAGS) {
            String v = single(tag);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return block.getBlockHeader();
    }

    // ---------------------------------------------------------------- cell

    private Cell readCell() {
        double[] p = new double[6];
        for (int i = 0; i < 6; i++) {
            String tag = CELL_TAGS[i];
            String v = single(tag);
            if (v == null) {
                throw new InputException(file, lines.line, "_" + tag, "missing cell parameter _" + tag
                        + " in data block '" + block.getBlockHeader() + "'",
                        "give all six of _cell_length_a/b/c (Å) and _cell_angle_alpha/beta/gamma (degrees)");
            }
            p[i] = number(v, "_" + tag, lines.tagLine(tag));
            if (i < 3 && p[i] > Cell.MAX_FILE_EDGE_ANGSTROM) {
                throw new InputException(file, lines.tagLine(tag), "_" + tag, "cell length " + v.trim() + " Å is longer "
                        + "than " + Cell.MAX_FILE_EDGE_ANGSTROM + " Å", "cell lengths are in Å (1 nm = 10 Å, 100 pm = 1 Å)");
            }
        }
        try {
            return Cell.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, lines.tagLine(CELL_TAGS[0]), "_cell", e.getMessage(),
                    "check the cell lengths and angles");
        }
    }

    // ---------------------------------------------------------------- symmetry

    private SpaceGroup readSpaceGroup(Cell cell) {
        String hmTag = firstWithValue(HM_TAGS);
        String hm = hmTag == null ? null : single(hmTag);
        String numberTag = firstWithValue(NUMBER_TAGS);
        int number = 0;
        if (numberTag != null) {
            number = (int) Math.round(number(single(numberTag), "_" + numberTag, lines.tagLine(numberTag)));
        }
        String opsTag = firstPresent(OPERATION_TAGS);
        if (opsTag != null) return fromOperations(opsTag, hm, number);

        String tag = firstWithValue(HALL_TAGS);
        if (tag != null) {
            String hall = single(tag);
            try {
                return HallSymbol.toSpaceGroup(hall, hm == null ? "" : hm, number);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, lines.tagLine(tag), "_" + tag, e.getMessage(),
                        "fix the Hall symbol or list the operations in _space_group_symop_operation_xyz");
            }
        }
        SpaceGroupTable table = SpaceGroupTable.standard();
        boolean rhombohedral = isRhombohedral(cell);
        String setting = settingCode();
        if (hm != null) {
            String symbol = setting != null && !hm.contains(":") ? hm + " :" + setting : hm;
            SpaceGroupTable.Entry e = table.bySymbol(symbol, rhombohedral).orElseThrow(() -> new InputException(
                    file, lines.tagLine(hmTag), "_" + hmTag, "unknown space-group symbol '" + hm + "'",
                    "use a standard-setting Hermann-Mauguin symbol such as 'P 21/c' or 'F d -3 m :2', "
                            + "or list the operations in _space_group_symop_operation_xyz"));
            if (number != 0 && number != e.number()) {
                throw new InputException(file, lines.tagLine(numberTag), "_" + numberTag, "space-group number "
                        + number + " does not match symbol '" + hm + "' (No. " + e.number() + ")",
                        "correct one of them, or list the operations in _space_group_symop_operation_xyz");
            }
            return table.spaceGroup(e);
        }
        if (number != 0) {
            int n = number;
            SpaceGroupTable.Entry e = table.byNumber(n, rhombohedral).orElseThrow(() -> new InputException(
                    file, lines.tagLine(numberTag), "_" + numberTag, "unknown space-group number " + n,
                    "space-group numbers run from 1 to 230"));
            if (setting != null) e = table.bySymbol(e.hmSymbol() + " :" + setting).orElse(e);
            return table.spaceGroup(e);
        }
        throw new InputException(file, lines.line, null, "no symmetry given in data block '"
                + block.getBlockHeader() + "'", "add _space_group_symop_operation_xyz operations, "
                + "_symmetry_space_group_name_H-M (e.g. 'P 1' for no symmetry) or _space_group_IT_number");
    }

    /** "1", "2", "H" or "R" from _space_group_IT_coordinate_system_code, else null. */
    private String settingCode() {
        String code = single(COORDINATE_SYSTEM_TAG);
        if (code == null) return null;
        String c = code.trim().toUpperCase(Locale.ROOT);
        return List.of("1", "2", "H", "R").contains(c) ? c : null;
    }

    private SpaceGroup fromOperations(String tag, String hm, int number) {
        checkLoopShape(tag);
        Column<?> col = block.getCategory(tag).getColumn("");
        Map<String, SymmetryOperation> ops = new LinkedHashMap<>();
        Map<String, Integer> opLines = new LinkedHashMap<>();
        for (int row = 0; row < col.getRowCount(); row++) {
            int line = lines.valueLine(tag, row);
            String text = col.getValueKind(row) == ValueKind.PRESENT ? col.getStringData(row) : "";
            SymmetryOperation op;
            try {
                op = SymmetryOperation.parse(text);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, line, "_" + tag, "unparsable symmetry operation '" + text + "': "
                        + e.getMessage(), "write operations as triplets like 'x,y,z' or '-y+1/2,x,z+1/4'");
            }
            ops.putIfAbsent(op.key(), op);
            opLines.putIfAbsent(op.key(), line);
        }
        int firstLine = lines.tagLine(tag);
        if (!ops.containsKey(SymmetryOperation.IDENTITY.key())) {
            throw new InputException(file, firstLine, "_" + tag, "the symmetry operations do not form a group: "
                    + "the identity 'x,y,z' is missing", "list every operation of the space group, 'x,y,z' first");
        }
        List<SymmetryOperation> list = new ArrayList<>(ops.values());
        for (SymmetryOperation a : list) {
            for (SymmetryOperation b : list) {
                SymmetryOperation ab = a.compose(b);
                if (!ops.containsKey(ab.key())) {
                    throw new InputException(file, opLines.get(a.key()), "_" + tag,
                            "the symmetry operations do not form a group: '" + a.toXyz() + "' (line "
                                    + opLines.get(a.key()) + ") after '" + b.toXyz() + "' (line " + opLines.get(b.key())
                                    + ") gives '" + ab.toXyz() + "', which is not listed",
                            "list every operation of the space group including centring translations, "
                                    + "or give only the space-group symbol");
                }
            }
        }
        return new SpaceGroup(hm == null ? "" : hm, number, list);
    }

    /** a = b = c and alpha = beta = gamma != 90: R groups then use rhombohedral axes. */
    private static boolean isRhombohedral(Cell cell) {
        double a = cell.lengthA();
        return Math.abs(cell.lengthB() - a) < 1e-4 * a && Math.abs(cell.lengthC() - a) < 1e-4 * a
                && Math.abs(cell.betaDeg() - cell.alphaDeg()) < 1e-3 && Math.abs(cell.gammaDeg() - cell.alphaDeg()) < 1e-3
                && Math.abs(cell.alphaDeg() - 90) > 1e-3;
    }

    /**
     * Every operation must map the lattice onto itself: R^T G R = G for the metric G = M^T M.
     * Catches a symbol in the wrong setting for the cell (e.g. hexagonal R axes on a rhombohedral cell).
     */
    private void checkMetric(Cell cell, SpaceGroup group) {
        double[][] g = new double[3][3];
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) m[i][j] = cell.matrix().get(j, i); // JOML get(column, row)
        }
        double scale = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) g[i][j] += m[k][i] * m[k][j];
                scale = Math.max(scale, Math.abs(g[i][j]));
            }
        }
        for (SymmetryOperation op : group.operations()) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double rgr = 0;
                    for (int k = 0; k < 3; k++) {
                        for (int l = 0; l < 3; l++) rgr += op.rotation(k, i) * g[k][l] * op.rotation(l, j);
                    }
                    if (Math.abs(rgr - g[i][j]) > METRIC_TOLERANCE * scale) {
                        throw new InputException(file, lines.tagLine(CELL_TAGS[0]), null, "symmetry operation '"
                                + op.toXyz() + "' does not fit the cell " + cell + " of space group "
                                + describe(group), "check the cell parameters, or the setting of the space group "
                                + "(e.g. ':H' hexagonal vs ':R' rhombohedral axes)");
                    }
                }
            }
        }
    }

    private static String describe(SpaceGroup g) {
        return g.symbol().isEmpty() ? "(from the listed operations)" : "'" + g.symbol() + "'";
    }

    // ---------------------------------------------------------------- atom sites

    private List<AtomSite> readAtomSites() {
        Column<?> fx = column("atom_site_fract_x");
        if (fx == null) {
            if (column("atom_site_cartn_x") != null) {
                throw new InputException(file, lines.tagLine("atom_site_cartn_x"), "_atom_site_Cartn_x",
                        "atom sites are given in Cartesian coordinates", "give fractional coordinates "
                        + "_atom_site_fract_x/y/z");
            }
            throw new InputException(file, lines.line, "_atom_site_fract_x", "no atom sites in data block '"
                    + block.getBlockHeader() + "'", "add a loop_ with _atom_site_label, _atom_site_type_symbol "
                    + "and _atom_site_fract_x/y/z");
        }
        checkLoopShape("atom_site_fract_x");
        Column<?> fy = requiredColumn("atom_site_fract_y");
        Column<?> fz = requiredColumn("atom_site_fract_z");
        Column<?> labels = column("atom_site_label");
        Column<?> types = column("atom_site_type_symbol");
        Column<?> occupancies = column("atom_site_occupancy");
        int n = fx.getRowCount();
        if (n == 0) {
            throw new InputException(file, lines.tagLine("atom_site_fract_x"), "_atom_site_fract_x",
                    "no atom sites in data block '" + block.getBlockHeader() + "'", "add atom-site rows to the loop");
        }
        List<AtomSite> sites = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < n; row++) {
            int line = lines.rowLine("atom_site_fract_x", row);
            String label = cell(labels, row);
            String type = cell(types, row);
            String element = element(type, label, line);
            if (label == null) label = element + (row + 1);
            if (!seen.add(label)) {
                throw new InputException(file, line, "_atom_site_label", "atom-site label '" + label
                        + "' is used twice", "give every atom site its own label");
            }
            double[] f = new double[3];
            Column<?>[] cols = {fx, fy, fz};
            String[] names = {"_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z"};
            for (int k = 0; k < 3; k++) {
                String v = cell(cols[k], row);
                if (v == null) {
                    throw new InputException(file, line, names[k], "site " + label + " has no coordinate "
                            + names[k], "give all three fractional coordinates");
                }
                f[k] = number(v, names[k], line);
            }
            String occText = cell(occupancies, row);
            double occ = occText == null ? 1.0 : number(occText, "_atom_site_occupancy", line);
            if (!(occ > 0 && occ <= 1 + 1e-3)) {
                throw new InputException(file, line, "_atom_site_occupancy", "site " + label + " has occupancy "
                        + occText, "occupancies must lie in (0, 1]");
            }
            sites.add(new AtomSite(label, element, f, Math.min(occ, 1.0), line));
        }
        return sites;
    }

    /** Element from the type symbol ("Li1+" -> Li), else from the label's leading letters. */
    private String element(String type, String label, int line) {
        if (type != null) {
            int end = 0;
            while (end < type.length() && Character.isLetter(type.charAt(end))) end++;
            Optional<String> e = Elements.normalise(type.substring(0, end));
            return e.orElseThrow(() -> new InputException(file, line, "_atom_site_type_symbol",
                    "unknown element '" + type + "'", "use a chemical element symbol such as 'Li' or 'Se2-'"));
        }
        if (label == null) {
            throw new InputException(file, line, "_atom_site_type_symbol", "atom site has neither a type symbol "
                    + "nor a label", "add _atom_site_type_symbol or _atom_site_label");
        }
        return Elements.fromLabel(label).orElseThrow(() -> new InputException(file, line, "_atom_site_label",
                "unknown element in label '" + label + "'", "add _atom_site_type_symbol with the element symbol"));
    }

    // ---------------------------------------------------------------- values

    /** ciftools silently shifts the columns of a loop with a missing value; catch it first. */
    private void checkLoopShape(String tag) {
        int line = index.brokenRowLine(lines, tag);
        if (line > 0) {
            throw new InputException(file, line, "_" + tag, "the loop with _" + tag + " has "
                    + index.loopWidth(lines, tag) + " tags but this row does not have as many values",
                    "give every row one value per tag; write '?' for an unknown value");
        }
    }

    private static boolean defined(Category c) {
        return c != null && c.isDefined() && c.getRowCount() > 0;
    }

    /** The unnamed column of a core-dictionary tag (each tag is its own category in ciftools). */
    private Column<?> column(String tag) {
        Category c = block.getCategory(tag);
        return defined(c) ? c.getColumn("") : null;
    }

    private Column<?> requiredColumn(String tag) {
        Column<?> c = column(tag);
        if (c == null) {
            throw new InputException(file, lines.tagLine("atom_site_fract_x"), "_" + tag, "atom sites lack _" + tag,
                    "give all three fractional coordinates _atom_site_fract_x/y/z");
        }
        return c;
    }

    /** A value, or null when the column is absent or the value is '?' or '.'. */
    private static String cell(Column<?> col, int row) {
        if (col == null || row >= col.getRowCount() || col.getValueKind(row) != ValueKind.PRESENT) return null;
        String s = col.getStringData(row).trim();
        return s.isEmpty() || s.equals("?") || s.equals(".") ? null : s;
    }

    private String single(String tag) {
        return cell(column(tag), 0);
    }

    /** The first of the tags that has a (non-missing) value, or null. */
    private String firstWithValue(String[] tags) {
        for (String t : tags) {
            if (single(t) != null) return t;
        }
        return null;
    }

    private String firstPresent(String[] tags) {
        for (String t : tags) {
            if (column(t) != null) return t;
        }
        return null;
    }

    /** Parses "7.17858(4)" as 7.17858. */
    private double number(String text, String tag, int line) {
        String s = text.trim();
        int paren = s.indexOf('(');
        if (paren > 0 && s.endsWith(")")) s = s.substring(0, paren);
        try {
            return FiniteNumbers.parse(s);
        } catch (FiniteNumbers.NotFinite e) {
            throw new InputException(file, line, tag, e.getMessage(), FiniteNumbers.isNonFiniteWord(s) ? e.hint()
                    : "write numbers like 5.6402 or 5.6402(3)");
        }
    }
}
