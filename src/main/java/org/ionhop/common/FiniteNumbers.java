package org.ionhop.common;

import java.util.regex.Pattern;

/**
 * The one way IonHop reads a number a user wrote (deck, CIF, POSCAR, NEB file): plain decimal
 * notation with an optional exponent, and finite. {@link Double#parseDouble} alone is too lenient
 * for input files: it takes "NaN", "Infinity", "1.5f" and hexadecimal floats, and turns "1e999" into
 * infinity, and any of these then surfaces much later as a nonsense rate or an internal error.
 */
public final class FiniteNumbers {
    /** Digits with an optional decimal point and exponent; Fortran's D exponent is accepted (VASP, VTST). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");
    /** The spellings of NaN and infinity in YAML, C, Fortran, Python, Java and Windows runtimes. */
    private static final Pattern NON_FINITE = Pattern.compile(
            "[+-]?(\\.?nan|\\.?inf|\\.?infinity|nan\\(.*\\)|1\\.#(inf|ind|qnan|snan)0*)", Pattern.CASE_INSENSITIVE);

    /** Why a token is not a usable number, with the fix; thrown by {@link #parse}. */
    public static final class NotFinite extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        NotFinite(String problem, String hint) {
            super(problem);
            this.hint = hint;
        }

        /** What to write instead. */
        public String hint() { return hint; }
    }

    private FiniteNumbers() {}

    /**
     * Reads a decimal number such as {@code 0.35}, {@code -2}, {@code 1.0e13} or {@code 1.0D-3}.
     *
     * @throws NotFinite with a one-line reason ("'.nan' is not a finite number") and a fix
     */
    public static double parse(String token) {
        String t = token.trim();
        if (isNonFiniteWord(t)) {
            throw new NotFinite("'" + token + "' is not a finite number",
                    "NaN and infinity are not valid input; give a finite value");
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new NotFinite("'" + token + "' is not a number", "write a decimal number such as 0.35 or 1.0e13");
        }
        double v = Double.parseDouble(t.replace('d', 'e').replace('D', 'E'));
        if (!Double.isFinite(v)) {
            throw new NotFinite("'" + token + "' is too large to be a number (beyond ±1.8e308)",
                    "check the exponent and the unit");
        }
        return v;
    }

    /** True for a token that is a number (see {@link #parse}). */
    public static boolean isNumber(String token) {
        try {
            parse(token);
            return true;
        } catch (NotFinite e) {
            return false;
        }
    }

    /** True for "nan", ".inf", "-Infinity", "1.#INF" and the like, in any case. */
    public static boolean isNonFiniteWord(String token) {
        return NON_FINITE.matcher(token.trim()).matches();
    }
}
