package org.ionhop.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.ionhop.common.Version;

/**
 * What decides a run's numbers, as text stored in checkpoints and shards: a SHA-256 of the deck
 * text, the IonHop version, and the command-line options that change results ({@code --quick},
 * the shard). Thread counts do not change results and are not part of it. Two files may be combined
 * only when their fingerprints are equal; the first differing part says why not.
 */
public final class RunFingerprint {
    private static final String SEPARATOR = "; ";

    private RunFingerprint() {}

    public static String of(String deckText, boolean quick, WorkSlice slice) {
        return ofRun(deckText, quick) + SEPARATOR + "work " + slice.describe();
    }

    /** The fingerprint of a whole run, equal for all its shards: stored in result files. */
    public static String ofRun(String deckText, boolean quick) {
        return "deck sha256 " + sha256(deckText) + SEPARATOR + "ionhop " + Version.get() + SEPARATOR + "quick " + quick;
    }

    /** The fingerprint without the slice part: equal for every shard of one run. */
    public static String withoutSlice(String fingerprint) {
        int i = fingerprint.lastIndexOf(SEPARATOR + "work ");
        return i < 0 ? fingerprint : fingerprint.substring(0, i);
    }

    /** The first part in which two fingerprints differ ("deck sha256 ... vs ..."), or null when equal. */
    public static String difference(String expected, String found) {
        if (expected.equals(found)) return null;
        String[] a = expected.split(SEPARATOR);
        String[] b = found.split(SEPARATOR);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                String what = a[i].startsWith("deck") ? "the deck text changed" : a[i].split(" ")[0] + " differs";
                return what + " (now '" + a[i] + "', file has '" + b[i] + "')";
            }
        }
        return "the fingerprints differ (now '" + expected + "', file has '" + found + "')";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
