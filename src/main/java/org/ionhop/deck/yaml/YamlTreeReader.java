package org.ionhop.deck.yaml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.common.InputException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads YAML text into a {@link YamlNode} tree that keeps the line of every key and value.
 * Uses Jackson's streaming YAML parser, because a data-binding layer forgets where values were.
 * Duplicate keys are an error (YAML allows the last one to win silently, which hides typos).
 */
public final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Path file;
    private JsonParser parser;

    private YamlTreeReader(Path file) {
        this.file = file;
    }

    /**
     * Parses a whole document.
     *
     * @param file used in error messages only
     * @throws InputException on a syntax error, a duplicate key, a non-text key or an empty document
     */
    public static YamlNode read(String text, Path file) {
        YamlTreeReader reader = new YamlTreeReader(file);
        try (JsonParser p = FACTORY.createParser(text)) {
            reader.parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(file, 1, null, "the file is empty",
                        "see docs/deck.md for a complete example deck");
            }
            YamlNode root = reader.readValue("", 0);
            if (p.nextToken() != null) {
                throw new InputException(file, reader.line(), null, "more than one YAML document in the file",
                        "remove the '---' separator and keep one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            throw new InputException(file, line, null, "YAML syntax error: " + firstLine(e.getOriginalMessage()),
                    "check indentation (spaces, not tabs) and that every 'key: value' has a space after ':'");
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read: " + e.getMessage(), null);
        }
    }

    /**
     * @param keyLine line of the key this value belongs to (0 for list items and the root): a nested
     *                mapping or list is reported at its key ("run:"), not at its first entry
     */
    private YamlNode readValue(String path, int keyLine) throws IOException {
        JsonToken t = parser.currentToken();
        int line = line();
        switch (t) {
            case START_OBJECT:
                return readMap(path, keyLine > 0 ? keyLine : line);
            case START_ARRAY:
                return readList(path, keyLine > 0 ? keyLine : line);
            case VALUE_NUMBER_INT:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.INTEGER, line, path);
            case VALUE_NUMBER_FLOAT:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.FLOAT, line, path);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.BOOLEAN, line, path);
            case VALUE_NULL:
                return new YamlScalar("", YamlScalar.Kind.NULL, line, path);
            case VALUE_STRING:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.TEXT, line, path);
            default:
                throw new InputException(file, line, path, "unsupported YAML construct (" + t + ")", null);
        }
    }

    private YamlMap readMap(String path, int line) throws IOException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw new InputException(file, line(), path, "unexpected " + t + " in a mapping", null);
            }
            String key = parser.currentName();
            int keyLine = line();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (entries.containsKey(key)) {
                throw new InputException(file, keyLine, childPath,
                        "given twice (first on line " + keyLines.get(key) + ")", "keep only one of them");
            }
            parser.nextToken();
            keyLines.put(key, keyLine);
            entries.put(key, readValue(childPath, keyLine));
        }
        return new YamlMap(entries, keyLines, line, path);
    }

    private YamlList readList(String path, int line) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(path + "[" + items.size() + "]", 0));
        }
        return new YamlList(items, line, path);
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable YAML";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
