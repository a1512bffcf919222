package org.ionhop.cli;

import org.ionhop.common.ExitCodes;
import org.ionhop.common.InputException;

import picocli.CommandLine;

/** Entry point: runs the picocli command tree and turns user errors into one-line messages. */
public final class IonHopMain {
    private IonHopMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new IonHopCommand());
        cli.setExecutionExceptionHandler(IonHopMain::handle);
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        InputException input = findInputException(e);
        if (input != null) {
            cmd.getErr().println("ionhop: error: " + input.userMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof java.io.IOException io) {
            cmd.getErr().println("ionhop: I/O error: " + io.getMessage());
            return ExitCodes.IO_ERROR;
        }
        cmd.getErr().println("ionhop: internal error (please report it with the stack trace below)");
        e.printStackTrace(cmd.getErr());
        return ExitCodes.INTERNAL_ERROR;
    }

    private static InputException findInputException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException ie) return ie;
        }
        return null;
    }
}
