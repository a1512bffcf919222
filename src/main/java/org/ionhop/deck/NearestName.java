package org.ionhop.deck;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the valid name closest to a mistyped one (Levenshtein distance, case-insensitive), so an
 * error can ask "did you mean ...?". Unit suffixes such as {@code _K} or {@code _eV} are also tried
 * without the suffix: "temprature" is close to "temperatures_K" once "_K" is set aside.
 */
public final class NearestName {
    private static final String[] UNIT_SUFFIXES = {"_angstrom", "_eV", "_Hz", "_K", "_s"};

    private NearestName() {}

    /** The closest candidate, if it is close enough to be a plausible typo. */
    public static Optional<String> of(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(given, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, given.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "did you mean 'x'?" or "valid keys here: a, b, c". */
    public static String hint(String given, Collection<String> candidates, String what) {
        return of(given, candidates).map(n -> "did you mean '" + n + "'?")
                .orElse("valid " + what + ": " + String.join(", ", candidates));
    }

    private static int distance(String given, String candidate) {
        int d = levenshtein(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
        for (String suffix : UNIT_SUFFIXES) {
            if (candidate.endsWith(suffix)) {
                String stem = candidate.substring(0, candidate.length() - suffix.length());
                d = Math.min(d, levenshtein(given.toLowerCase(Locale.ROOT), stem.toLowerCase(Locale.ROOT)));
            }
        }
        return d;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
