package org.ionhop.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every deck shipped in inputs/ must load (schema, files it names). Barrier assignment for every
 * class needs the built network and is checked where the network builder lives.
 */
class ShippedDecksTest {
    @Test
    void everyShippedDeckLoads() throws IOException {
        List<Path> decks;
        try (Stream<Path> s = Files.walk(Path.of("inputs"))) {
            decks = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        Assumptions.assumeFalse(decks.isEmpty(), "no decks shipped yet");
        for (Path p : decks) {
            Deck d = Deck.load(p);
            assertFalse(d.hopClasses().isEmpty(), p.toString());
            assertEquals(Files.readString(p), d.rawText(), p.toString());
        }
    }
}
