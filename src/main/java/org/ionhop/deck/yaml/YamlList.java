package org.ionhop.deck.yaml;

import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, int line, String path) implements YamlNode {
    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
