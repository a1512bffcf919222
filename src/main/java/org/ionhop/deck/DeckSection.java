package org.ionhop.deck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.ionhop.common.FiniteNumbers;
import org.ionhop.common.InputException;
import org.ionhop.deck.yaml.YamlList;
import org.ionhop.deck.yaml.YamlMap;
import org.ionhop.deck.yaml.YamlNode;
import org.ionhop.deck.yaml.YamlScalar;

/**
 * One mapping of the deck read against its schema: unknown keys are rejected on construction
 * (with the nearest valid key), and every typed getter reports file:line and the key path when a
 * value is missing, of the wrong type or out of range.
 */
final class DeckSection {
    private final Path file;
    private final YamlMap map;
    private final List<String> allowedKeys;

    private DeckSection(Path file, YamlMap map, List<String> allowedKeys) {
        this.file = file;
        this.map = map;
        this.allowedKeys = allowedKeys;
        for (String key : map.entries().keySet()) {
            if (!allowedKeys.contains(key)) {
                String where = map.path().isEmpty() ? "at the top level" : "in '" + map.path() + "'";
                throw new InputException(file, map.keyLine(key), map.childPath(key), "unknown key " + where,
                        NearestName.hint(key, allowedKeys, "keys here"));
            }
        }
    }

    /** Reads {@code node} as a mapping with the given keys. */
    static DeckSection of(Path file, YamlNode node, List<String> allowedKeys) {
        if (!(node instanceof YamlMap m)) {
            throw typeError(file, node, "a mapping of 'key: value' lines (" + String.join(", ", allowedKeys) + ")");
        }
        return new DeckSection(file, m, allowedKeys);
    }

    Path file() { return file; }
    YamlMap map() { return map; }

    boolean has(String key) {
        return map.has(key);
    }

    /** Where a key is written (its own line), for errors found later. */
    SourceRef where(String key) {
        return new SourceRef(file, map.keyLine(key), map.childPath(key));
    }

    /** Where each key of this mapping is written. */
    java.util.Map<String, SourceRef> keyLocations() {
        java.util.Map<String, SourceRef> out = new java.util.LinkedHashMap<>();
        for (String key : map.entries().keySet()) out.put(key, where(key));
        return out;
    }

    /** Where this mapping starts. */
    SourceRef where() {
        return new SourceRef(file, map.line(), map.path());
    }

    InputException error(String key, String problem, String hint) {
        return where(key).error(problem, hint);
    }

    YamlNode require(String key, String hint) {
        YamlNode n = map.get(key);
        if (n == null) {
            // A missing top-level key has no line of its own; a nested one is reported at its section.
            String in = map.path().isEmpty() ? "" : " in '" + map.path() + "'";
            throw new InputException(file, map.path().isEmpty() ? 0 : map.line(), map.childPath(key),
                    "required key is missing" + in, hint);
        }
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL) {
            throw error(key, "has no value", hint);
        }
        return n;
    }

    /** Exactly one of the keys must be present; returns it. */
    String exactlyOne(List<String> keys, String what) {
        List<String> present = map.entries().keySet().stream().filter(keys::contains).toList(); // file order
        if (present.size() == 1) return present.get(0);
        if (present.isEmpty()) {
            String in = map.path().isEmpty() ? "" : "'" + map.path() + "' ";
            throw new InputException(file, map.path().isEmpty() ? 0 : map.line(), map.path(),
                    in + "needs one of: " + String.join(", ", keys),
                    "give " + what);
        }
        throw error(present.get(1), "give only one of " + String.join(", ", present),
                "they are alternative ways to set " + what);
    }

    DeckSection section(String key, List<String> allowed, String hint) {
        return DeckSection.of(file, require(key, hint), allowed);
    }

    String text(String key, String hint) {
        return asText(file, require(key, hint));
    }

    String text(String key, String hint, String defaultValue) {
        return has(key) ? text(key, hint) : defaultValue;
    }

    double number(String key, String hint) {
        return asNumber(file, require(key, hint));
    }

    OptionalDouble optionalNumber(String key) {
        return has(key) ? OptionalDouble.of(number(key, null)) : OptionalDouble.empty();
    }

    double positive(String key, String hint) {
        double v = number(key, hint);
        if (!(v > 0)) throw error(key, "must be > 0, got " + fmt(v), hint);
        return v;
    }

    double positive(String key, String hint, double defaultValue) {
        return has(key) ? positive(key, hint) : defaultValue;
    }

    double nonNegative(String key, String hint) {
        double v = number(key, hint);
        if (!(v >= 0)) throw error(key, "must be >= 0, got " + fmt(v), hint);
        return v;
    }

    /** A fraction strictly between 0 and 1. */
    double fraction(String key, String hint) {
        double v = number(key, hint);
        if (!(v > 0 && v < 1)) throw error(key, "must be a fraction between 0 and 1 (exclusive), got " + fmt(v), hint);
        return v;
    }

    long integer(String key, String hint) {
        return asInteger(file, require(key, hint));
    }

    /** An integer >= min. */
    long integerAtLeast(String key, long min, String hint) {
        long v = integer(key, hint);
        if (v < min) throw error(key, "must be >= " + min + ", got " + v, hint);
        return v;
    }

    /** true/false; {@code defaultValue} when the key is absent. */
    boolean bool(String key, String hint, boolean defaultValue) {
        if (!has(key)) return defaultValue;
        YamlNode n = require(key, hint);
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
            // YAML 1.1 spellings the parser also reads as booleans (yes/on) count as true.
            return java.util.Set.of("true", "yes", "on", "y").contains(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        throw new InputException(file, n.line(), n.path(), "expected true or false, got " + n.describe(), hint);
    }

    YamlList list(String key, String hint) {
        YamlNode n = require(key, hint);
        if (!(n instanceof YamlList l)) throw typeError(file, n, "a list, e.g. [a, b] or '- a' lines");
        return l;
    }

    /** A list of numbers, or a single number taken as a list of one. */
    List<Double> numbers(String key, String hint) {
        YamlNode n = require(key, hint);
        List<YamlNode> items = n instanceof YamlList l ? l.items() : List.of(n);
        if (items.isEmpty()) throw error(key, "the list is empty", hint);
        List<Double> out = new ArrayList<>();
        for (YamlNode item : items) out.add(asNumber(file, item));
        return out;
    }

    // ---- conversions of single nodes ----

    static String asText(Path file, YamlNode n) {
        if (n instanceof YamlScalar s && s.kind() != YamlScalar.Kind.NULL && !s.text().isBlank()) return s.text();
        throw typeError(file, n, "a text value");
    }

    /**
     * Every numeric deck value is read here, so every present and future key refuses NaN and
     * infinity (YAML's {@code .nan}, {@code .inf}, {@code -.inf}) and numbers too large for a double.
     */
    static double asNumber(Path file, YamlNode n) {
        if (n instanceof YamlScalar s && (s.isNumber() || FiniteNumbers.isNonFiniteWord(s.text()))) {
            return finite(file, s);
        }
        throw typeError(file, n, "a number");
    }

    static long asInteger(Path file, YamlNode n) {
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER) {
            String digits = yamlDigits(file, s);
            try {
                return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
            } catch (NumberFormatException e) {
                throw new InputException(file, n.line(), n.path(), "'" + s.text() + "' is too large for a whole "
                        + "number (at most " + Long.MAX_VALUE + ")", "check the value");
            }
        }
        if (n instanceof YamlScalar s && (s.kind() == YamlScalar.Kind.FLOAT
                || FiniteNumbers.isNonFiniteWord(s.text()))) {
            double v = finite(file, s);
            if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v; // 1e6 is a fine integer
        }
        throw typeError(file, n, "a whole number");
    }

    private static double finite(Path file, YamlScalar s) {
        try {
            return FiniteNumbers.parse(yamlDigits(file, s));
        } catch (FiniteNumbers.NotFinite e) {
            throw new InputException(file, s.line(), s.path(), "expected a finite number, got '" + s.text() + "'"
                    + (e.getMessage().contains("too large") ? " (too large for a number)" : ""), e.hint());
        }
    }

    /**
     * A YAML number's text in plain decimal: YAML 1.1 digit separators ("1_000") are dropped;
     * hexadecimal, octal and binary forms are refused rather than silently read in another base.
     */
    private static String yamlDigits(Path file, YamlScalar s) {
        String t = s.text().trim();
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        if (unsigned.matches("0[xXoObB].*")) {
            throw new InputException(file, s.line(), s.path(), "'" + s.text() + "' is not a decimal number",
                    "write numbers in decimal, e.g. 16 rather than 0x10");
        }
        return t.matches("[+-]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][+-]?[0-9]+)?") ? t.replace("_", "") : t;
    }

    static InputException typeError(Path file, YamlNode n, String expected) {
        String hint = n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT && s.text().matches(".*\\d.*")
                ? "write the number without quotes or units; units are in the key name" : null;
        return new InputException(file, n.line(), n.path(), "expected " + expected + ", got " + n.describe(), hint);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
