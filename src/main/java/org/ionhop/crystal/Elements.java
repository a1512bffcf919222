package org.ionhop.crystal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The 118 chemical element symbols, for validating and normalising species names. */
public final class Elements {
    private Elements() {}

    /** Symbols in order of atomic number (H = 1 ... Og = 118). */
    public static final List<String> SYMBOLS = List.of(
            "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne",
            "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca",
            "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
            "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr",
            "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn",
            "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd",
            "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb",
            "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg",
            "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th",
            "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm",
            "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds",
            "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og");

    private static final Set<String> KNOWN = Set.copyOf(SYMBOLS);

    /**
     * The element symbol in standard case ("LI" -> "Li"), with the hydrogen isotopes D and T
     * (deuterated samples in neutron refinements) read as H; empty when not an element.
     */
    public static Optional<String> normalise(String symbol) {
        if (symbol == null || symbol.isEmpty() || symbol.length() > 2) return Optional.empty();
        String s = symbol.substring(0, 1).toUpperCase(Locale.ROOT) + symbol.substring(1).toLowerCase(Locale.ROOT);
        if (s.equals("D") || s.equals("T")) return Optional.of("H");
        return KNOWN.contains(s) ? Optional.of(s) : Optional.empty();
    }

    /**
     * The element a CIF type symbol or site label stands for: "Li1+" -> Li, "Se2-" -> Se,
     * "Mg1" -> Mg, "OW1" -> O (two letters when they form an element, else the first one).
     */
    public static Optional<String> fromLabel(String label) {
        int n = 0;
        while (n < label.length() && n < 2 && Character.isLetter(label.charAt(n))) n++;
        if (n == 2) {
            Optional<String> two = normalise(label.substring(0, 2));
            if (two.isPresent()) return two;
        }
        return n >= 1 ? normalise(label.substring(0, 1)) : Optional.empty();
    }
}
