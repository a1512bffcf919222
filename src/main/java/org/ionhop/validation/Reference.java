package org.ionhop.validation;

/**
 * A reference value with its source: a number ± uncertainty, or a range [low, high] when the source
 * gives only a range (then {@code value} is a representative point, e.g. the geometric mean, and
 * agreement is measured to the nearest end of the range).
 *
 * @param id          entry id in validation/references.yaml, or "analytic:..." for a derived value
 * @param quantity    what the number is, with its unit
 * @param value       the reference value
 * @param uncertainty one standard uncertainty of the value (0 when exact or not given)
 * @param low         lower end of the range, NaN without a range
 * @param high        upper end of the range, NaN without a range
 * @param source      authors, journal, year, DOI (or the derivation, for analytic values)
 * @param verified    whether the number was read in the primary source (false: review/secondary)
 */
public record Reference(String id, String quantity, double value, double uncertainty, double low, double high,
                        String source, boolean verified) {

    /** An exact value of theory (derivation given as the source). */
    public static Reference analytic(String id, String quantity, double value, String derivation) {
        return new Reference(id, quantity, value, 0, Double.NaN, Double.NaN, derivation, true);
    }

    public boolean hasRange() { return Double.isFinite(low) && Double.isFinite(high); }

    /** The same source and quantity with another value (e.g. a finite-size-corrected constant). */
    public Reference withValue(String newId, double newValue, double newUncertainty, String note) {
        return new Reference(newId, quantity, newValue, newUncertainty, Double.NaN, Double.NaN, source + "; " + note, verified);
    }

    /** "value ± u" or "[low, high]". */
    public String display() {
        if (hasRange()) return String.format(java.util.Locale.ROOT, "[%.4g, %.4g]", low, high);
        if (uncertainty > 0) return String.format(java.util.Locale.ROOT, "%.6g ± %.2g", value, uncertainty);
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }
}
