package org.ionhop.rates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.common.InputException;
import org.ionhop.deck.Deck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carriers.placement: {file: PATH}}: one 0/1 per network site; mistakes are located one-line errors. */
class StartOccupancyFileTest {

    private static DeckModel model(Path dir, String carriers) throws Exception {
        String text = HostDisorderLandscapeTest.deck("{BH4: 1.0}", 1, "").replace("carriers: {vacancies: 2}", carriers);
        Path deck = dir.resolve("d.yaml");
        Files.writeString(deck, text);
        return DeckModel.build(Deck.load(deck));
    }

    @Test
    void readsTheSitesAndRefusesAWrongFile(@TempDir Path dir) throws Exception {
        StringBuilder ok = new StringBuilder("# 36 Li sites of the 3x3x2 h-LiBH4 supercell\n");
        for (int i = 0; i < 36; i++) ok.append(i % 3 == 0 ? "1\n" : "0\n");
        Files.writeString(dir.resolve("start.txt"), ok.toString());
        DeckModel m = model(dir, "carriers: {ions: 12, placement: {file: start.txt}}");
        int[] expected = java.util.stream.IntStream.range(0, 36).filter(i -> i % 3 == 0).toArray();
        assertArrayEquals(expected, m.startSitesFromFile());

        InputException count = assertThrows(InputException.class,
                () -> model(dir, "carriers: {ions: 11, placement: {file: start.txt}}").startSitesFromFile());
        assertTrue(count.userMessage().contains("places 12 ions") && count.userMessage().contains("carriers"),
                count.userMessage());
        Files.writeString(dir.resolve("short.txt"), "1\n0\n");
        InputException length = assertThrows(InputException.class,
                () -> model(dir, "carriers: {ions: 1, placement: {file: short.txt}}").startSitesFromFile());
        assertTrue(length.userMessage().contains("short.txt") && length.userMessage().contains("36 network sites"),
                length.userMessage());
        Files.writeString(dir.resolve("bad.txt"), "1\nx\n");
        InputException bad = assertThrows(InputException.class,
                () -> model(dir, "carriers: {ions: 1, placement: {file: bad.txt}}").startSitesFromFile());
        assertTrue(bad.userMessage().contains("bad.txt:2"), bad.userMessage());
    }
}
