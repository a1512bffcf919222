package org.ionhop.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;
import org.ionhop.output.OutputLockedException;

import picocli.CommandLine;

/**
 * Entry point: runs the picocli command tree and turns every failure a user can cause into one
 * line, {@code ionhop: error: ...}, with a documented exit code (docs/errors.md). Only a bug in
 * IonHop prints a stack trace.
 */
public final class IonHopMain {
    private IonHopMain() {}

    public static void main(String[] args) {
        // A thread outside the executor's futures that runs out of memory must not print a JVM trace either.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (outOfMemory(e) != null) {
                PrintWriter err = new PrintWriter(System.err, true);
                printOutOfMemory(err);
                Runtime.getRuntime().halt(ExitCodes.OUT_OF_MEMORY);
            }
            System.err.println("ionhop: internal error in thread " + thread.getName()
                    + " (please report it with the stack trace below)");
            e.printStackTrace();
        });
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new IonHopCommand());
        cli.setExecutionExceptionHandler(IonHopMain::handle);
        cli.setParameterExceptionHandler(IonHopMain::handleParseError);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return printOutOfMemory(cli.getErr());
        }
    }

    /**
     * Option and parameter mistakes ({@code --threads many}, an unknown option, a missing deck) in
     * the same one-line style as every other error, with the command's help as the fix.
     */
    private static int handleParseError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String command = cmd.getCommandSpec().qualifiedName();
        String problem = e.getMessage() == null ? "cannot read the command line" : e.getMessage().strip();
        problem = problem.replace("\r", "").replace('\n', ' ').replaceAll("\\s+", " ");
        cmd.getErr().println("ionhop: error: " + problem + suggestion(e) + " (see '" + command + " --help')");
        cmd.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }

    /** "; did you mean --threads?" for a mistyped option or subcommand. */
    private static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        return "";
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return report(e, cmd.getErr());
    }

    /** Prints the one-line message of a failure and returns its exit code (a trace only for a bug). */
    static int report(Throwable e, PrintWriter err) {
        if (outOfMemory(e) != null) return printOutOfMemory(err);
        OutputLockedException locked = find(e, OutputLockedException.class);
        if (locked != null) {
            err.println("ionhop: error: " + locked.getMessage());
            return ExitCodes.OUTPUT_LOCKED;
        }
        InputException input = find(e, InputException.class);
        if (input != null) {
            err.println("ionhop: error: " + input.userMessage());
            return ExitCodes.BAD_INPUT;
        }
        java.io.IOException io = find(e, java.io.IOException.class);
        if (io != null) {
            err.println("ionhop: I/O error: " + oneLine(io));
            return ExitCodes.IO_ERROR;
        }
        err.println("ionhop: internal error (please report it with the stack trace below)");
        e.printStackTrace(err);
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The message of an I/O failure with the cause's, on one line. */
    private static String oneLine(java.io.IOException io) {
        String m = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        return m.replace('\n', ' ');
    }

    static OutOfMemoryError outOfMemory(Throwable t) {
        return find(t, OutOfMemoryError.class);
    }

    /**
     * One line for an {@link OutOfMemoryError} that got past the up-front memory estimate: what the
     * heap limit is and how to raise it. Exit code {@link ExitCodes#OUT_OF_MEMORY}.
     */
    static int printOutOfMemory(PrintWriter err) {
        double gib = Runtime.getRuntime().maxMemory() / (double) (1L << 30);
        err.println(String.format(Locale.ROOT, "ionhop: error: out of memory: the run needs more than the Java heap "
                + "limit of %.1f GiB (raise it, e.g. IONHOP_JAVA_OPTS=-Xmx%dg ./ionhop ..., or use a smaller "
                + "supercell or fewer threads)", gib, Math.max(2, 2 * (long) Math.ceil(gib))));
        err.flush();
        return ExitCodes.OUT_OF_MEMORY;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
            if (c.getCause() == c) break;
        }
        return null;
    }
}
