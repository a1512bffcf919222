package org.ionhop.deck;

import static org.ionhop.deck.DeckFixture.VALID;
import static org.ionhop.deck.DeckFixture.errorOf;
import static org.ionhop.deck.DeckFixture.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NaN, infinity and overflowing numbers in EVERY numeric value of a deck are input errors at the
 * value's line, never an internal error or a silent NaN rate. The values are found by scanning the
 * fixture deck, so a key added to the fixture later is covered without editing this test.
 */
class NonFiniteDeckNumbersTest {
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] ?)[+-]?\\d+(\\.\\d+)?(e[+-]?\\d+)?(?=[,\\]}\\s]|$)");
    private static final List<String> BAD = List.of(".nan", ".NaN", ".inf", "-.inf", "+.Inf", ".INF", "1e999", "-1e999");

    @TempDir
    Path dir;

    @Test
    void everyNumericValueRefusesNonFiniteSpellings() throws IOException {
        List<int[]> spots = numericValues();
        assertTrue(spots.size() >= 20, "the fixture deck has many numeric values: " + spots.size());
        for (int[] spot : spots) {
            for (String bad : BAD) {
                String deck = VALID.substring(0, spot[0]) + bad + VALID.substring(spot[1]);
                String msg = errorOf(dir, deck);
                int line = lineOf(VALID.substring(0, spot[0]) + "@@", "@@");
                String where = dir.resolve("deck.yaml") + ":" + line + ": ";
                String context = "value '" + VALID.substring(spot[0], spot[1]) + "' on line " + line + " -> " + bad
                        + ": " + msg;
                assertTrue(msg.startsWith(where), "file:line of the value, " + context);
                assertTrue(msg.contains("'" + bad + "'"), "names the value as written, " + context);
                assertTrue(msg.contains("finite"), "says what is wrong, " + context);
                assertFalse(msg.contains("\n"), context);
            }
        }
    }

    @Test
    void yamlDigitSeparatorsAreReadAndOtherBasesRefused() throws IOException {
        Path deck = DeckFixture.write(dir, VALID.replace("hops_per_ion: 1000", "hops_per_ion: 1_000"));
        assertEquals(1000, Deck.load(deck).run().length().value());
        String msg = errorOf(dir, VALID.replace("seed: 7", "seed: 0x10"));
        assertTrue(msg.contains("run.seed") && msg.contains("decimal"), msg);
        msg = errorOf(dir, VALID.replace("seed: 7", "seed: 99999999999999999999"));
        assertTrue(msg.contains("run.seed") && msg.contains("too large"), msg);
        msg = errorOf(dir, VALID.replace("replicas: 3", "replicas: .inf"));
        assertTrue(msg.contains("run.replicas") && msg.contains("finite"), msg);
    }

    /** Start and end offsets of every number written as a value in the fixture deck. */
    private static List<int[]> numericValues() {
        List<int[]> out = new ArrayList<>();
        int offset = 0;
        for (String line : VALID.split("\n", -1)) {
            int hash = line.indexOf('#');
            String code = hash >= 0 ? line.substring(0, hash) : line;
            if (!code.contains(":") && !code.contains("[")) { offset += line.length() + 1; continue; }
            Matcher m = NUMBER.matcher(code);
            while (m.find()) {
                if (code.substring(0, m.start()).matches(".*(title|structure|neb|output|label|from|to): *")) continue;
                out.add(new int[] {offset + m.start(), offset + m.end()});
            }
            offset += line.length() + 1;
        }
        return out;
    }
}
