package org.ionhop.crystal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 230 space groups in their standard settings (resource {@code spacegroups.tsv}, provenance in
 * its header), for structure files that name a group but do not list its operations.
 *
 * <p>Groups with two origin choices resolve to origin choice 2 (origin at a centre of inversion,
 * used by most refinements and by ICSD) unless the symbol says ":1" (or ICSD's trailing "S");
 * R groups resolve to hexagonal axes unless the symbol says ":R" (or the caller asks for
 * rhombohedral axes because the cell is rhombohedral).
 */
public final class SpaceGroupTable {
    /** Setting codes: "" standard, "1"/"2" origin choices, "H"/"R" hexagonal/rhombohedral axes. */
    public record Entry(int number, String setting, String hmSymbol, String hallSymbol, List<String> aliases) {
        public Entry {
            aliases = List.copyOf(aliases);
        }

        /** e.g. "F d -3 m :2", "R -3 m :H", "P 1 21/c 1". */
        public String displaySymbol() {
            return setting.isEmpty() ? hmSymbol : hmSymbol + " :" + setting;
        }
    }

    private static final String RESOURCE = "spacegroups.tsv";
    private static volatile SpaceGroupTable standard;

    private final List<Entry> entries;
    /** Normalised symbol -> entries (one per setting). */
    private final Map<String, List<Entry>> bySymbol = new HashMap<>();
    private final Map<Integer, List<Entry>> byNumber = new LinkedHashMap<>();
    private final Map<Entry, SpaceGroup> groups = new ConcurrentHashMap<>();

    private SpaceGroupTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            byNumber.computeIfAbsent(e.number(), n -> new ArrayList<>()).add(e);
            for (String name : namesOf(e)) {
                List<Entry> list = bySymbol.computeIfAbsent(normalise(name), k -> new ArrayList<>());
                if (!list.contains(e)) list.add(e);
            }
        }
    }

    /** The table shipped with IonHop. */
    public static SpaceGroupTable standard() {
        SpaceGroupTable t = standard;
        if (t == null) {
            synchronized (SpaceGroupTable.class) {
                if (standard == null) standard = load();
                t = standard;
            }
        }
        return t;
    }

    private static SpaceGroupTable load() {
        try (InputStream in = SpaceGroupTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> list = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                List<String> aliases = f.length > 4 && !f[4].isBlank()
                        ? Arrays.stream(f[4].split(",")).map(String::trim).toList() : List.of();
                list.add(new Entry(Integer.parseInt(f[0].trim()), f[1].trim(), f[2].trim(), f[3].trim(), aliases));
            }
            return new SpaceGroupTable(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry: each setting of each group, in table order. */
    public List<Entry> entries() { return entries; }

    /** The operations of an entry (cached). */
    public SpaceGroup spaceGroup(Entry e) {
        return groups.computeIfAbsent(e, k -> HallSymbol.toSpaceGroup(k.hallSymbol(), k.hmSymbol(), k.number()));
    }

    /** The default setting of group {@code number} (origin choice 2, hexagonal axes). */
    public Optional<Entry> byNumber(int number) {
        return byNumber(number, false);
    }

    /** As {@link #byNumber(int)}, with rhombohedral axes for R groups when asked. */
    public Optional<Entry> byNumber(int number, boolean rhombohedralAxes) {
        List<Entry> list = byNumber.get(number);
        return list == null ? Optional.empty() : Optional.of(defaultOf(list, rhombohedralAxes));
    }

    /** As {@link #bySymbol(String, boolean)} with hexagonal axes for bare R symbols. */
    public Optional<Entry> bySymbol(String hmSymbol) {
        return bySymbol(hmSymbol, false);
    }

    /**
     * Looks up a Hermann–Mauguin symbol: spaces, underscores and case do not matter ("P21/c",
     * "P 1 21/c 1", "p 21/c"); a setting may follow after a colon ("F d -3 m :1", "R -3 m :R") or,
     * as in ICSD, as a last word (S = origin choice 1, Z = origin choice 2, H, R).
     *
     * @param rhombohedralAxes choose rhombohedral axes for an R symbol without a setting
     */
    public Optional<Entry> bySymbol(String hmSymbol, boolean rhombohedralAxes) {
        String s = hmSymbol.trim();
        String setting = null;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            setting = s.substring(colon + 1).trim().toUpperCase(Locale.ROOT);
            s = s.substring(0, colon).trim();
        } else {
            String[] words = s.split("\\s+");
            String last = words[words.length - 1].toUpperCase(Locale.ROOT);
            if (words.length > 1 && List.of("S", "Z", "H", "R").contains(last)) {
                setting = last.equals("S") ? "1" : last.equals("Z") ? "2" : last;
                s = s.substring(0, s.length() - words[words.length - 1].length()).trim();
            }
        }
        List<Entry> candidates = bySymbol.get(normalise(s));
        if (candidates == null) return Optional.empty();
        if (setting == null || candidates.size() == 1) return Optional.of(defaultOf(candidates, rhombohedralAxes));
        for (Entry e : candidates) {
            if (e.setting().equalsIgnoreCase(setting)) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static Entry defaultOf(List<Entry> settings, boolean rhombohedralAxes) {
        String wanted = rhombohedralAxes ? "R" : "H";
        for (Entry e : settings) {
            if (e.setting().equals("2") || e.setting().equals(wanted)) return e;
        }
        for (Entry e : settings) {
            if (e.setting().isEmpty()) return e;
        }
        return settings.get(0);
    }

    /** The table symbol, its aliases, the short monoclinic symbol and the bar-less old cubic symbol. */
    private static List<String> namesOf(Entry e) {
        List<String> names = new ArrayList<>();
        names.add(e.hmSymbol());
        names.addAll(e.aliases());
        if (e.number() >= 3 && e.number() <= 15) {
            // "P 1 21/c 1" is also written "P 21/c".
            String[] w = e.hmSymbol().split(" ");
            names.add(w[0] + " " + w[2]);
        }
        if (e.number() >= 195 && e.hmSymbol().contains("-3")) {
            // Older cubic symbols omit the bar: "F m 3 m" (no cubic group has a plain 3 there).
            names.add(e.hmSymbol().replace("-3", "3"));
        }
        return names;
    }

    static String normalise(String symbol) {
        return symbol.replaceAll("[\\s_]", "").toLowerCase(Locale.ROOT);
    }
}
