package org.ionhop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Data flows one way: deck → crystal → network → rates → kmc → analysis → output → cli.
 * A package may import only itself, earlier packages and {@code common}. Enforced on the sources.
 */
class PackageFlowTest {
    private static final List<String> ORDER =
            List.of("common", "deck", "crystal", "network", "rates", "kmc", "analysis", "output", "run", "validation", "cli");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.ionhop\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void noPackageImportsALaterOne() throws IOException {
        Path root = Path.of("src/main/java/org/ionhop");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                int own = ORDER.indexOf(pkg);
                assertTrue(own >= 0, "package " + pkg + " is not in the flow " + ORDER);
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    int idx = ORDER.indexOf(used);
                    if (!used.equals("common") && idx > own) {
                        violations.add(root.relativize(f) + " imports org.ionhop." + used);
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "package flow broken:\n" + String.join("\n", violations));
    }
}
