package org.ionhop.common;

import java.nio.file.Path;

/**
 * A problem with what the user gave IonHop (a crystal file, a deck, an NEB profile, an option).
 * The CLI prints {@link #userMessage()} on one line and exits with {@link ExitCodes#BAD_INPUT};
 * users never see a stack trace for their own mistakes.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final String key;
    private final String hint;

    /**
     * @param file the offending file, or null when the problem is not in a file (e.g. a CLI option)
     * @param line 1-based line number, or 0 when unknown
     * @param key  the key, tag or option concerned, or null
     * @param problem what is wrong
     * @param hint what would fix it, or null
     */
    public InputException(Path file, int line, String key, String problem, String hint) {
        super(problem);
        this.file = file;
        this.line = line;
        this.key = key;
        this.hint = hint;
    }

    public InputException(Path file, int line, String problem) {
        this(file, line, null, problem, null);
    }

    public Path file() { return file; }
    public int line() { return line; }
    public String key() { return key; }
    public String hint() { return hint; }
    public String problem() { return getMessage(); }

    /** "file:line: key: problem (hint)" with the parts that are known. */
    public String userMessage() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) sb.append(':').append(line);
            sb.append(": ");
        }
        if (key != null && !key.isEmpty()) sb.append(key).append(": ");
        sb.append(getMessage());
        if (hint != null && !hint.isEmpty()) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }
}
