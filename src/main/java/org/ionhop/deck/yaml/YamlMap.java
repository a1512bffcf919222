package org.ionhop.deck.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YAML mapping with string keys, in file order. Each key keeps the line it was written on
 * (an unknown key is reported at its own line, not at its value's).
 */
public record YamlMap(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line, String path)
        implements YamlNode {
    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
    }

    public YamlNode get(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Line of the key itself (falls back to the mapping's line). */
    public int keyLine(String key) {
        return keyLines.getOrDefault(key, line);
    }

    /** Key path of a child key, e.g. "run" + "seed" -> "run.seed". */
    public String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
