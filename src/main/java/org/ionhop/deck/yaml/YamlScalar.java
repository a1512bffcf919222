package org.ionhop.deck.yaml;

/**
 * A scalar value: its text as written, and whether the YAML parser saw a number, a boolean, null or
 * text (a quoted "1.0" is text).
 */
public record YamlScalar(String text, Kind kind, int line, String path) implements YamlNode {

    /** What the YAML parser made of the scalar. */
    public enum Kind { TEXT, INTEGER, FLOAT, BOOLEAN, NULL }

    public boolean isNumber() {
        return kind == Kind.INTEGER || kind == Kind.FLOAT;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case NULL -> "no value";
            case TEXT -> "the text '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
