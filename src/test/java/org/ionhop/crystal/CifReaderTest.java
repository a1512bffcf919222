package org.ionhop.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ionhop.common.InputException;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CIF input: counts per conventional cell against Wyckoff multiplicities (ITA Vol. A), errors by text and line. */
class CifReaderTest {
    @TempDir
    Path dir;

    static final String CUBIC_CELL = """
            _cell_length_a 5.6402(3)
            _cell_length_b 5.6402(3)
            _cell_length_c 5.6402(3)
            _cell_angle_alpha 90
            _cell_angle_beta 90
            _cell_angle_gamma 90
            """;

    static final String SITE_LOOP_HEADER = """
            loop_
            _atom_site_label
            _atom_site_type_symbol
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            _atom_site_occupancy
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Map<String, Integer> countsByLabel(Crystal c) {
        Map<String, Integer> m = new TreeMap<>();
        for (CrystalSite s : c.sites()) m.merge(s.label(), 1, Integer::sum);
        return m;
    }

    private InputException readFails(String text) throws IOException {
        Path p = write("bad.cif", text);
        InputException e = assertThrows(InputException.class, () -> CrystalFiles.read(p));
        assertEquals(p, e.file());
        return e;
    }

    @Test
    void rockSaltFromTheSymbolAloneHasFourFormulaUnits() throws IOException {
        Crystal c = CrystalFiles.read(write("nacl.cif", "data_NaCl\n" + CUBIC_CELL
                + "_symmetry_space_group_name_H-M 'F m -3 m'\n" + SITE_LOOP_HEADER
                + "Na1 Na1+ 0 0 0 1\nCl1 Cl1- 0.5 0.5 0.5 1\n"));
        assertEquals(Map.of("Cl1", 4, "Na1", 4), countsByLabel(c)); // Wyckoff 4a + 4b
        assertEquals(5.6402, c.cell().lengthA(), 1e-12);            // "(3)" dropped
        assertEquals("Na", c.sitesWithLabel("Na1").get(0).element());
        assertEquals(225, c.spaceGroup().number());
        // Na-Cl nearest neighbour = a/2 in rock salt.
        assertEquals(5.6402 / 2, nearest(c, "Na1", "Cl1"), 1e-9);
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() throws IOException {
        String text = "\uFEFFdata_NaCl\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F m -3 m'\n" + SITE_LOOP_HEADER
                + "Na1 Na 0 0 0 1\nCl1 Cl 0.5 0.5 0.5 1\nCl1 Cl 0.5 0.5 0.5 1\n";
        InputException e = readFails(text.replace("\n", "\r\n"));
        assertEquals("atom-site label 'Cl1' is used twice", e.problem());
        assertEquals(18, e.line());
        Crystal c = CrystalFiles.read(write("crlf.cif", text.substring(0, text.lastIndexOf("Cl1")).replace("\n", "\r\n")));
        assertEquals(8, c.sites().size());
    }

    @Test
    void spaceGroupNumberAloneUsesTheStandardSetting() throws IOException {
        Crystal c = CrystalFiles.read(write("n.cif", "data_x\n" + CUBIC_CELL + "_space_group_IT_number 229\n"
                + SITE_LOOP_HEADER + "Fe1 Fe 0 0 0 1\n"));
        assertEquals(2, c.sites().size()); // Im-3m 2a
    }

    @Test
    void hallSymbolIsUsedWhenNoOperationsAreListed() throws IOException {
        Crystal c = CrystalFiles.read(write("h.cif", "data_x\n_cell_length_a 5\n_cell_length_b 6\n_cell_length_c 7\n"
                + "_cell_angle_alpha 90\n_cell_angle_beta 100\n_cell_angle_gamma 90\n"
                + "_space_group_name_Hall '-P 2ybc'\n" + SITE_LOOP_HEADER + "O1 O 0.1 0.2 0.3 1\nLi1 Li 0 0 0 1\n"));
        assertEquals(Map.of("Li1", 2, "O1", 4), countsByLabel(c)); // P21/c: 4e general, 2a inversion centre
    }

    @Test
    void explicitOperationsWithUncertaintiesAndPartialOccupancy() throws IOException {
        String text = "data_p21c\n_cell_length_a 7.17858(4)\n_cell_length_b 6.1234(12)\n_cell_length_c 9.5(1)\n"
                + "_cell_angle_alpha 90\n_cell_angle_beta 101.25(3)\n_cell_angle_gamma 90\n"
                + "_symmetry_space_group_name_H-M 'P 1 21/c 1'\n"
                + "loop_\n_symmetry_equiv_pos_as_xyz\n'x, y, z'\n'-x, y+1/2, -z+1/2'\n'-x, -y, -z'\n'x, -y+1/2, z+1/2'\n"
                + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n_atom_site_occupancy\n"
                + "Li1 Li1+ 0.1234(5) 0.2345(6) 0.3456(7) 0.5\n"
                + "Se1 Se2- 0.5 0 0.5 ?\n"
                + "O1 . 0.2 0.1 0.4 .\n";
        Crystal c = CrystalFiles.read(write("p21c.cif", text));
        assertEquals(7.17858, c.cell().lengthA(), 1e-12);
        assertEquals(101.25, c.cell().betaDeg(), 1e-9);
        assertEquals(Map.of("Li1", 4, "O1", 4, "Se1", 2), countsByLabel(c));
        CrystalSite li = c.sitesWithLabel("Li1").get(0);
        assertEquals(0.5, li.occupancy());
        assertEquals(0.1234, li.fractional()[0], 1e-12);
        assertEquals("Se", c.sitesWithLabel("Se1").get(0).element());
        assertEquals(1.0, c.sitesWithLabel("Se1").get(0).occupancy()); // '?' = not given = 1
        assertEquals("O", c.sitesWithLabel("O1").get(0).element());    // '.' type symbol: from the label
        assertEquals("p21c", c.title());
        // Image under (-x, y+1/2, -z+1/2), wrapped: (1-0.1234, 0.7345, 1-0.1544)
        assertTrue(c.sitesWithLabel("Li1").stream().anyMatch(s -> Math.abs(s.fractional()[0] - 0.8766) < 1e-9
                && Math.abs(s.fractional()[1] - 0.7345) < 1e-9 && Math.abs(s.fractional()[2] - 0.1544) < 1e-9));
    }

    /**
     * Spinel MgSc2Se4, Fd-3m origin choice 2 (ITA): Mg 8a (1/8,1/8,1/8), Sc 16d (1/2,1/2,1/2),
     * Se 32e (u,u,u), empty octahedra 16c (0,0,0).
     */
    @Test
    void spinelSiteCountsAreTheWyckoffMultiplicities() throws IOException {
        double a = 11.1, u = 0.2576;
        String text = "data_MgSc2Se4\n_chemical_name_systematic 'magnesium scandium selenide'\n"
                + CUBIC_CELL.replace("5.6402(3)", String.valueOf(a))
                + "_symmetry_space_group_name_H-M 'F d -3 m'\n" + SITE_LOOP_HEADER
                + "Mg1 Mg2+ 0.125 0.125 0.125 1\nSc1 Sc3+ 0.5 0.5 0.5 1\nSe1 Se2- " + u + " " + u + " " + u + " 1\n";
        Crystal c = CrystalFiles.read(write("spinel.cif", text));
        assertEquals("magnesium scandium selenide", c.title());
        assertEquals("2", SpaceGroupTable.standard().bySymbol("F d -3 m").orElseThrow().setting());
        Crystal withOct = c.withExtraSites(List.of(new AtomSite("oct16c", "Mg", new double[] {0, 0, 0}, 1.0, 0)));
        assertEquals(Map.of("Mg1", 8, "Sc1", 16, "Se1", 32, "oct16c", 16), countsByLabel(withOct));
        // Tetrahedral Mg-Se bond: from (1/8,1/8,1/8) to (u,u,u) along the body diagonal.
        assertEquals(Math.sqrt(3) * (u - 0.125) * a, nearest(c, "Mg1", "Se1"), 1e-9);
        // Octahedral Sc-Se = a*sqrt(3u^2 - 2u + 3/8) for origin choice 2 (Sickafus, Wills & Grimes,
        // J. Am. Ceram. Soc. 82, 3279 (1999)), written here as (1/2-u)^2 + 2(u-1/4)^2.
        assertEquals(a * Math.sqrt(Math.pow(0.5 - u, 2) + 2 * Math.pow(u - 0.25, 2)), nearest(c, "Sc1", "Se1"), 1e-9);
    }

    @Test
    void originChoiceOneGivesTheSameSpinel() throws IOException {
        // Origin choice 1 = origin choice 2 shifted by (1/8,1/8,1/8): Mg 8a (0,0,0), Sc 16d (5/8,..), Se x = u + 1/8.
        String text = "data_s1\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F d -3 m :1'\n" + SITE_LOOP_HEADER
                + "Mg1 Mg 0 0 0 1\nSc1 Sc 0.625 0.625 0.625 1\nSe1 Se 0.3826 0.3826 0.3826 1\n";
        assertEquals(Map.of("Mg1", 8, "Sc1", 16, "Se1", 32), countsByLabel(CrystalFiles.read(write("s1.cif", text))));
    }

    @Test
    void coordinateSystemCodeSelectsTheOriginChoice() throws IOException {
        String text = "data_s1\n" + CUBIC_CELL + "_space_group_name_H-M_alt 'F d -3 m'\n"
                + "_space_group_IT_coordinate_system_code 1\n" + SITE_LOOP_HEADER
                + "Mg1 Mg 0 0 0 1\nSc1 Sc 0.625 0.625 0.625 1\n";
        assertEquals(Map.of("Mg1", 8, "Sc1", 16), countsByLabel(CrystalFiles.read(write("code.cif", text))));
    }

    @Test
    void lineNumbersSurviveCommentsTextFieldsAndMultiColumnLoops() throws IOException {
        String text = "#\\#CIF_1.1\n"                                    // 1
                + "data_global\n_publ_section_title\n;\nA title\nover lines\n;\n" // 2-7
                + "data_x  # the structure\n" + CUBIC_CELL             // 8, 9-14
                + "loop_\n_space_group_symop_id\n_space_group_symop_operation_xyz\n" // 15-17
                + "1 'x, y, z'   # identity\n"                           // 18
                + "2 '-x, -y, -z'\n"                                     // 19
                + "3 'x+1/2, y, q'\n"                                    // 20
                + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n";
        InputException e = readFails(text);
        assertTrue(e.problem().startsWith("unparsable symmetry operation 'x+1/2, y, q'"), e.problem());
        assertEquals(20, e.line());
    }

    @Test
    void rhombohedralGroupsFollowTheCell() throws IOException {
        String hex = "data_h\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 12\n_cell_angle_alpha 90\n"
                + "_cell_angle_beta 90\n_cell_angle_gamma 120\n_symmetry_space_group_name_H-M 'R -3 m'\n"
                + SITE_LOOP_HEADER + "Li1 Li 0 0 0 1\n";
        assertEquals(3, CrystalFiles.read(write("hex.cif", hex)).sites().size()); // 3a, hexagonal axes
        String rho = "data_r\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\n_cell_angle_alpha 60\n"
                + "_cell_angle_beta 60\n_cell_angle_gamma 60\n_symmetry_space_group_name_H-M 'R -3 m'\n"
                + SITE_LOOP_HEADER + "Li1 Li 0 0 0 1\n";
        assertEquals(1, CrystalFiles.read(write("rho.cif", rho)).sites().size()); // 1a, rhombohedral axes
    }

    @Test
    void imagesAcrossTheCellBoundaryMerge() throws IOException {
        // 0.99998 and its inversion image 0.00002 are the same atom 1e-4 Å apart (P-1, 1a-like).
        Crystal c = CrystalFiles.read(write("b.cif", "data_b\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P -1'\n"
                + SITE_LOOP_HEADER + "Na1 Na 0.99998 0 1.0 1\nCl1 Cl 0.5 0.5 0.5 1\n"));
        assertEquals(Map.of("Cl1", 1, "Na1", 1), countsByLabel(c));
    }

    // ------------------------------------------------------------------ errors

    @Test
    void missingFileIsReported() {
        Path p = dir.resolve("nope.cif");
        InputException e = assertThrows(InputException.class, () -> CrystalFiles.read(p));
        assertTrue(e.userMessage().startsWith(p + ": file not found"), e.userMessage());
    }

    @Test
    void missingCellParameterNamesTheTagAndBlock() throws IOException {
        InputException e = readFails("# comment\ndata_x\n" + CUBIC_CELL.replace("_cell_length_b 5.6402(3)\n", "")
                + "_symmetry_space_group_name_H-M 'P 1'\n" + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertEquals("missing cell parameter _cell_length_b in data block 'x'", e.problem());
        assertEquals(2, e.line()); // the data_ line
    }

    @Test
    void unparsableCellValueIsQuotedWithItsLine() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL.replace("_cell_angle_beta 90", "_cell_angle_beta ninety")
                + "_symmetry_space_group_name_H-M 'P 1'\n" + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertEquals("'ninety' is not a number", e.problem());
        assertEquals(6, e.line());
    }

    @Test
    void unparsableSymmetryOperationIsQuotedWithItsLine() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL + "loop_\n_symmetry_equiv_pos_as_xyz\n'x,y,z'\n'-x,-y,w'\n"
                + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertTrue(e.problem().startsWith("unparsable symmetry operation '-x,-y,w'"), e.problem());
        assertEquals(11, e.line());
    }

    @Test
    void operationsThatDoNotFormAGroupAreRejected() throws IOException {
        // A 4-fold rotation without its square and cube.
        InputException e = readFails("data_x\n" + CUBIC_CELL + "loop_\n_space_group_symop_operation_xyz\nx,y,z\n-y,x,z\n"
                + SITE_LOOP_HEADER + "Na1 Na 0.1 0.2 0.3 1\n");
        assertTrue(e.problem().startsWith("the symmetry operations do not form a group: '-y,x,z' (line 11) after "
                + "'-y,x,z' (line 11) gives '-x,-y,z', which is not listed"), e.problem());
        assertEquals(11, e.line());
        InputException noIdentity = readFails("data_x\n" + CUBIC_CELL + "loop_\n_space_group_symop_operation_xyz\n-x,-y,-z\n"
                + SITE_LOOP_HEADER + "Na1 Na 0.1 0.2 0.3 1\n");
        assertTrue(noIdentity.problem().contains("the identity 'x,y,z' is missing"), noIdentity.problem());
    }

    @Test
    void noAtomSitesIsReported() throws IOException {
        InputException e = readFails("data_empty\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n");
        assertEquals("no atom sites in data block 'empty'", e.problem());
        assertEquals(1, e.line());
    }

    @Test
    void unknownElementIsReportedAtItsRow() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n" + SITE_LOOP_HEADER
                + "Na1 Na 0 0 0 1\nXx1 Xx1+ 0.5 0.5 0.5 1\n");
        assertEquals("unknown element 'Xx1+'", e.problem());
        assertEquals(17, e.line());
        InputException fromLabel = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n"
                + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nQq1 0 0 0\n");
        assertEquals("unknown element in label 'Qq1'", fromLabel.problem());
        assertEquals(14, fromLabel.line());
    }

    @Test
    void atomsOnTopOfEachOtherThatAreNotImagesAreRejected() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F m -3 m'\n"
                + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\nCl1 Cl 0.5 0.5 0.5 1\nNa2 Na 0.5 0.5 0 1\n");
        assertTrue(e.problem().startsWith("site Na2 lands on site Na1"), e.problem());
        assertEquals(18, e.line());
    }

    @Test
    void sharedPartiallyOccupiedSiteIsAllowed() throws IOException {
        Crystal c = CrystalFiles.read(write("mixed.cif", "data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F m -3 m'\n"
                + SITE_LOOP_HEADER + "Na1 Na 0 0 0 0.5\nK1 K 0 0 0 0.5\nCl1 Cl 0.5 0.5 0.5 1\n"));
        assertEquals(Map.of("Cl1", 4, "K1", 4, "Na1", 4), countsByLabel(c));
        assertEquals(0.5, c.sitesWithLabel("K1").get(0).occupancy());
    }

    @Test
    void roundedCoordinatesOnASpecialPositionAreReported() throws IOException {
        // (1/3, 2/3, 0) written as 0.333/0.667 in a 20 Å cell: the 3-fold image lies 0.020 Å away.
        InputException e = readFails("data_x\n_cell_length_a 20\n_cell_length_b 20\n_cell_length_c 5\n"
                + "_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 120\n"
                + "_symmetry_space_group_name_H-M 'P -3 m 1'\n" + SITE_LOOP_HEADER + "B1 B 0.333 0.667 0 1\n");
        assertTrue(e.problem().matches("site B1 is 0\\.020 Å from its own symmetry image under '.*'"), e.problem());
        assertEquals(16, e.line());
    }

    @Test
    void unknownSpaceGroupSymbolAndNumberAreReported() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 5 m'\n"
                + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertEquals("unknown space-group symbol 'P 5 m'", e.problem());
        assertEquals(8, e.line());
        InputException n = readFails("data_x\n" + CUBIC_CELL + "_space_group_IT_number 231\n"
                + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertEquals("unknown space-group number 231", n.problem());
        assertEquals(8, n.line());
        InputException mismatch = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F m -3 m'\n"
                + "_symmetry_Int_Tables_number 227\n" + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertEquals("space-group number 227 does not match symbol 'F m -3 m' (No. 225)", mismatch.problem());
        assertEquals(9, mismatch.line());
        InputException none = readFails("data_x\n" + CUBIC_CELL + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertEquals("no symmetry given in data block 'x'", none.problem());
    }

    @Test
    void statedMultiplicityCatchesTheWrongOriginChoice() throws IOException {
        // Origin-choice-1 coordinates (Mg 8a at 0,0,0) read with the default origin choice 2, where
        // (0,0,0) is the 16c site.
        String header = "data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F d -3 m'\n"
                + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_symmetry_multiplicity\n"
                + "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n";
        InputException e = readFails(header + "Mg1 Mg 8 0 0 0\n");
        assertEquals("site Mg1 has 16 positions in the cell of space group 'F d -3 m' but the file states "
                + "multiplicity 8", e.problem());
        assertEquals(16, e.line());
        assertEquals(8, CrystalFiles.read(write("ok.cif", header + "Mg1 Mg 8 0.125 0.125 0.125\n")).sites().size());
    }

    @Test
    void symmetryThatDoesNotFitTheCellIsReported() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL.replace("_cell_length_b 5.6402(3)", "_cell_length_b 6.0")
                + "_symmetry_space_group_name_H-M 'F m -3 m'\n" + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertTrue(e.problem().startsWith("symmetry operation '") && e.problem().contains("does not fit the cell"),
                e.problem());
        assertEquals(2, e.line());
    }

    @Test
    void siteRowProblemsNameTheirLine() throws IOException {
        InputException dup = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n" + SITE_LOOP_HEADER
                + "Na1 Na 0 0 0 1\nNa1 Na 0.5 0.5 0.5 1\n");
        assertEquals("atom-site label 'Na1' is used twice", dup.problem());
        assertEquals(17, dup.line());
        InputException occ = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n" + SITE_LOOP_HEADER
                + "Na1 Na 0 0 0 1.5\n");
        assertEquals("site Na1 has occupancy 1.5", occ.problem());
        assertEquals(16, occ.line());
        InputException cart = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n"
                + "loop_\n_atom_site_label\n_atom_site_Cartn_x\n_atom_site_Cartn_y\n_atom_site_Cartn_z\nNa1 0 0 0\n");
        assertEquals("atom sites are given in Cartesian coordinates", cart.problem());
        assertEquals(11, cart.line());
    }

    @Test
    void loopRowWithAMissingValueIsReported() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'P 1'\n" + SITE_LOOP_HEADER
                + "Na1 Na 0 0 0 1\nCl1 Cl 0.5 0.5 1\nK1 K 0.1 0.2 0.3 1\n");
        assertEquals("the loop with _atom_site_fract_x has 6 tags but this row does not have as many values",
                e.problem());
        assertEquals(17, e.line());
    }

    @Test
    void badHallSymbolIsReportedAtItsLine() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL + "_space_group_name_Hall '-Q 2ybc'\n"
                + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertTrue(e.problem().contains("unknown lattice symbol 'Q'"), e.problem());
        assertEquals(8, e.line());
    }

    @Test
    void notACifIsReported() throws IOException {
        InputException e = readFails("this is not a CIF\n");
        assertTrue(e.problem().startsWith("no data_ block found") || e.problem().startsWith("not a readable CIF"),
                e.problem());
    }

    /** Shortest distance (Å) from a site with label {@code from} to any image of label {@code to}. */
    static double nearest(Crystal c, String from, String to) {
        double[] f = c.sitesWithLabel(from).get(0).fractional();
        double best = Double.POSITIVE_INFINITY;
        for (CrystalSite s : c.sitesWithLabel(to)) {
            double[] g = s.fractional();
            for (int i = -1; i <= 1; i++) {
                for (int j = -1; j <= 1; j++) {
                    for (int k = -1; k <= 1; k++) {
                        Vector3d d = c.cell().toCartesian(new Vector3d(g[0] + i - f[0], g[1] + j - f[1], g[2] + k - f[2]),
                                new Vector3d());
                        best = Math.min(best, d.length());
                    }
                }
            }
        }
        return best;
    }

    /** Two species refined on one position (Na/K mixed site) may not hold more than one atom between them. */
    @Test
    void occupanciesOfOnePositionAddingUpToMoreThanOneAreRejected() throws IOException {
        String head = "data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F m -3 m'\n" + SITE_LOOP_HEADER;
        InputException e = readFails(head + "Na1 Na 0 0 0 0.7\nK1 K 0 0 0 0.5\nCl1 Cl 0.5 0.5 0.5 1\n");
        assertEquals(17, e.line());
        assertEquals("_atom_site_occupancy", e.key());
        assertTrue(e.problem().contains("adding up to 1.200 (Na1 0.700 + K1 0.500)"), e.problem());
        // Rounded refinements (0.5 + 0.505) pass; so does a position shared by three species at 1/3 each.
        CrystalFiles.read(write("ok.cif", head + "Na1 Na 0 0 0 0.5\nK1 K 0 0 0 0.505\nCl1 Cl 0.5 0.5 0.5 1\n"));
        CrystalFiles.read(write("ok3.cif", head + "Na1 Na 0 0 0 0.3333\nK1 K 0 0 0 0.3333\nRb1 Rb 0 0 0 0.3333\n"
                + "Cl1 Cl 0.5 0.5 0.5 1\n"));
    }

    /**
     * Split (disordered) positions closer than any two atoms can be are alternatives: their
     * occupancies add up like those of one position. Split positions 0.3 Å apart at 0.6 each are
     * refused; 1.2 Å apart they are two positions and pass.
     */
    @Test
    void splitPositionsCloserThanAnyBondCountAsOnePosition() throws IOException {
        String head = "data_x\n_cell_length_a 10\n_cell_length_b 10\n_cell_length_c 10\n_cell_angle_alpha 90\n"
                + "_cell_angle_beta 90\n_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'P 1'\n" + SITE_LOOP_HEADER;
        InputException e = readFails(head + "Li1 Li 0.5 0.5 0.5 0.6\nLi2 Li 0.53 0.5 0.5 0.6\n");
        assertEquals("_atom_site_occupancy", e.key());
        assertTrue(e.problem().contains("adding up to 1.200"), e.problem());
        Crystal c = CrystalFiles.read(write("split.cif", head + "Li1 Li 0.5 0.5 0.5 0.6\nLi2 Li 0.62 0.5 0.5 0.6\n"));
        assertEquals(2, c.sites().size());
    }

    @Test
    void aDataNameGivenTwiceIsRejectedWithBothLines() throws IOException {
        InputException e = readFails("data_x\n" + CUBIC_CELL + "_cell_length_a 5.7\n"
                + "_symmetry_space_group_name_H-M 'F m -3 m'\n" + SITE_LOOP_HEADER + "Na1 Na 0 0 0 1\n");
        assertEquals(8, e.line());
        assertEquals("_cell_length_a", e.key());
        assertEquals("data name _cell_length_a is given twice in data block 'x' (lines 2 and 8)", e.problem());
        // Also when the second one is a loop column.
        InputException loop = readFails("data_x\n" + CUBIC_CELL + "_symmetry_space_group_name_H-M 'F m -3 m'\n"
                + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "_atom_site_fract_x\nNa1 0 0 0 0\n");
        assertEquals(14, loop.line());
        assertEquals("_atom_site_fract_x", loop.key());
    }
}
