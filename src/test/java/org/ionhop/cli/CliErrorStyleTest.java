package org.ionhop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;

import org.ionhop.common.ExitCodes;
import org.junit.jupiter.api.Test;

/** Every error a user can cause is one 'ionhop: error:' line with a documented exit code. */
class CliErrorStyleTest {
    private static void assertStyled(CliRun o, String command, String... parts) {
        assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.err());
        String[] lines = o.err().strip().split("\n");
        assertEquals(1, lines.length, o.err());
        assertTrue(lines[0].startsWith("ionhop: error: "), lines[0]);
        assertTrue(lines[0].endsWith("(see '" + command + " --help')"), lines[0]);
        for (String p : parts) assertTrue(lines[0].contains(p), lines[0]);
        assertFalse(o.err().contains("Usage:"), o.err());
    }

    @Test
    void optionParseErrorsUseTheOneLineStyle() {
        assertStyled(CliRun.of("run", "deck.yaml", "--threads", "many"), "ionhop run", "--threads", "'many'");
        assertStyled(CliRun.of("run", "deck.yaml", "--thread", "2"), "ionhop run", "--thread", "did you mean --threads?");
        assertStyled(CliRun.of("run"), "ionhop run", "DECK");
        assertStyled(CliRun.of("run", "deck.yaml", "-o"), "ionhop run", "-o");
        assertStyled(CliRun.of("runn", "deck.yaml"), "ionhop", "runn");
        assertStyled(CliRun.of("merge", "a.h5"), "ionhop merge", "--output");
        assertStyled(CliRun.of("run", "deck.yaml", "--checkpoint-interval", "soon"), "ionhop run", "'soon'");
        assertStyled(CliRun.of("neb"), "ionhop neb");
    }

    @Test
    void outOfMemoryIsOneLineWithItsOwnExitCode() {
        StringWriter text = new StringWriter();
        int code = IonHopMain.report(new ExecutionException(new OutOfMemoryError("Java heap space")),
                new PrintWriter(text, true));
        assertEquals(ExitCodes.OUT_OF_MEMORY, code);
        String msg = text.toString();
        assertEquals(1, msg.strip().split("\n").length, msg);
        assertTrue(msg.startsWith("ionhop: error: out of memory"), msg);
        assertTrue(msg.contains("GiB") && msg.contains("IONHOP_JAVA_OPTS=-Xmx"), msg);
    }
}
