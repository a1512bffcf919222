package org.ionhop.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.common.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The reference values of validation/references.yaml, by id. The file uses YAML anchors for shared
 * sources, so it is read with SnakeYAML (which resolves aliases) rather than the deck reader.
 */
public final class ReferenceLibrary {
    private final Path file;
    private final Map<String, Reference> byId;

    private ReferenceLibrary(Path file, Map<String, Reference> byId) {
        this.file = file;
        this.byId = byId;
    }

    public static ReferenceLibrary load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "references", "cannot read the reference file: " + e.getMessage(),
                    "run from the IonHop folder or pass --references");
        }
        return parse(text, file);
    }

    @SuppressWarnings("unchecked")
    static ReferenceLibrary parse(String text, Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        Object root = new Yaml(options).load(text);
        if (!(root instanceof Map<?, ?> top) || !(top.get("references") instanceof List<?> entries)) {
            throw new InputException(file, 0, "references", "no 'references:' list", "see the schema at the top of the file");
        }
        Map<String, Reference> byId = new LinkedHashMap<>();
        for (Object o : entries) {
            Map<String, Object> e = (Map<String, Object>) o;
            String id = String.valueOf(e.get("id"));
            double[] range = range(e.get("range"));
            double value = number(e.get("value"));
            if (Double.isNaN(value) && range != null) value = Math.sqrt(range[0] * range[1]);
            byId.put(id, new Reference(id, String.valueOf(e.get("quantity")), value, orZero(number(e.get("uncertainty"))),
                    range == null ? Double.NaN : range[0], range == null ? Double.NaN : range[1],
                    citation(e.get("source")), Boolean.TRUE.equals(e.get("verified"))));
        }
        return new ReferenceLibrary(file, byId);
    }

    /** The entry with this id; an {@link InputException} naming the file when it is missing. */
    public Reference get(String id) {
        Reference r = byId.get(id);
        if (r == null) {
            throw new InputException(file, 0, "references", "no entry with id '" + id + "'",
                    "add it (with its source) or correct the case");
        }
        return r;
    }

    public int size() { return byId.size(); }

    private static double[] range(Object o) {
        if (o instanceof List<?> l && l.size() == 2) return new double[] {number(l.get(0)), number(l.get(1))};
        return null;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double orZero(double v) { return Double.isFinite(v) ? v : 0; }

    @SuppressWarnings("unchecked")
    private static String citation(Object o) {
        if (!(o instanceof Map<?, ?>)) return String.valueOf(o);
        Map<String, Object> s = (Map<String, Object>) o;
        StringBuilder b = new StringBuilder();
        b.append(s.get("authors")).append(", ").append(s.get("journal"));
        if (s.get("volume") != null) b.append(' ').append(s.get("volume"));
        if (s.get("pages") != null) b.append(", ").append(s.get("pages"));
        b.append(" (").append(s.get("year")).append(')');
        if (s.get("doi") != null) b.append(", doi:").append(s.get("doi"));
        if (s.get("primary") != null) b.append(" [primary: ").append(s.get("primary")).append(']');
        return b.toString();
    }
}
