package org.ionhop.output;

/**
 * Another IonHop run holds the lock of an output path. The CLI prints the message on one line and
 * exits with {@link org.ionhop.common.ExitCodes#OUTPUT_LOCKED}.
 */
public final class OutputLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputLockedException(String message) {
        super(message);
    }
}
