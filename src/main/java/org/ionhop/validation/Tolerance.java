package org.ionhop.validation;

import org.ionhop.analysis.StudentT;

/**
 * How far a result may lie from its reference, with the reasoning a referee can check.
 *
 * <p>Every tolerance contains the statistical part √((k σ_result)² + (3 σ_reference)²), with k the
 * Student-t multiple for 99.73% ("3 sigma") two-sided coverage at the result's degrees of freedom
 * ({@link StudentT}) and 3 for the reference's stated standard uncertainty; a quick run has a larger
 * σ_result and therefore a wider window automatically — nothing is loosened by hand. Physical tolerances add a fixed allowance for what the model cannot capture:
 * <ul>
 * <li>{@link Kind#STATISTICAL}: allowed = the statistical part (exact theory);
 * <li>{@link Kind#ABSOLUTE}: allowed = amount + the statistical part, in the quantity's unit (e.g. Ea within 0.1 eV);
 * <li>{@link Kind#DECADES}: compared as log10, allowed = amount + the statistical part in log10 (e.g. σ within one decade).
 * </ul>
 */
public record Tolerance(Kind kind, double amount, String reasoning, double sigmas) {

    /** What the fixed allowance counts. */
    public enum Kind { STATISTICAL, ABSOLUTE, DECADES }

    public Tolerance(Kind kind, double amount, String reasoning) { this(kind, amount, reasoning, 3); }

    public static Tolerance statistical(String reasoning) { return new Tolerance(Kind.STATISTICAL, 0, reasoning); }

    public static Tolerance absolute(double amount, String reasoning) { return new Tolerance(Kind.ABSOLUTE, amount, reasoning); }

    public static Tolerance decades(double amount, String reasoning) { return new Tolerance(Kind.DECADES, amount, reasoning); }

    /**
     * The same rule at another coverage: z normal standard deviations (the result's own error gets the
     * Student-t multiple of the same coverage). Used where a 3σ window would make failure impossible in the
     * physical range, e.g. a quantity whose input uncertainty alone spans a decade per σ.
     */
    public Tolerance atSigmas(double z) { return new Tolerance(kind, amount, reasoning, z); }

    public Tolerance {
        if (!(amount >= 0) || Double.isInfinite(amount)) throw new IllegalArgumentException("tolerance amount must be >= 0: " + amount);
        if (!(sigmas > 0) || Double.isInfinite(sigmas)) throw new IllegalArgumentException("coverage in σ must be > 0: " + sigmas);
    }

    /** Short rule for the report, e.g. "3σ (t, ν=7: 4.03σ)" or "0.1 eV + 3σ". */
    public String rule(String unit) {
        return switch (kind) {
            case STATISTICAL -> sigmas == 3 ? "99.73% (3σ) statistical" : String.format(java.util.Locale.ROOT, "%.3gσ statistical", sigmas);
            case ABSOLUTE -> String.format(java.util.Locale.ROOT, "%.3g %s + %.3gσ", amount, unit, sigmas);
            case DECADES -> String.format(java.util.Locale.ROOT, "%.3g decade(s) + %.3gσ", amount, sigmas);
        };
    }
}
