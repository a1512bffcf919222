package org.ionhop.deck.yaml;

/**
 * A node of a YAML document that remembers where it was written, so every error about a value can
 * name the file line and the key path (e.g. {@code hop_classes[2].barrier_eV}).
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
    /** 1-based line of the value in the file. */
    int line();

    /** Key path from the document root, e.g. {@code run.replicas} or {@code temperatures_K[1]}; "" for the root. */
    String path();

    /** What kind of value this is, in words a user understands ("a mapping", "a list", "the text 'abc'"). */
    String describe();
}
