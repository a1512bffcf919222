package org.ionhop.crystal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where things are in a CIF's text, so errors can say file:line. ciftools gives values but no
 * positions; this is a minimal CIF 1.1 tokenizer (comments, quoted strings, ;-text fields, loops)
 * that records the line of every tag and of every loop value.
 */
final class CifLineIndex {
    /** Lines of one data block. */
    static final class Block {
        final String name;
        final int line;
        private final Map<String, Integer> tagLines = new HashMap<>();
        /** Tags given more than once: tag -> {first line, second line}, in the order found. */
        private final Map<String, int[]> duplicates = new java.util.LinkedHashMap<>();
        /** Tag -> the loop it belongs to. */
        private final Map<String, Loop> loops = new HashMap<>();

        Block(String name, int line) {
            this.name = name;
            this.line = line;
        }

        /** Line of the tag (lower case, with or without the leading '_'), or 0 when absent. */
        int tagLine(String tag) {
            return tagLines.getOrDefault(key(tag), 0);
        }

        /** The first data name given twice in this block, as {tag, first line, second line}, or null. */
        Object[] firstDuplicate() {
            if (duplicates.isEmpty()) return null;
            Map.Entry<String, int[]> e = duplicates.entrySet().iterator().next();
            return new Object[] {e.getKey(), e.getValue()[0], e.getValue()[1]};
        }

        /**
         * Line of the value in the given row of a looped tag; for an unlooped tag its line; 0 when
         * unknown.
         */
        int valueLine(String tag, int row) {
            Loop loop = loops.get(key(tag));
            if (loop == null) return tagLine(tag);
            int index = row * loop.tags.size() + loop.tags.indexOf(key(tag));
            return index < loop.valueLines.size() ? loop.valueLines.get(index) : tagLine(tag);
        }

        /** Line of the first value of a loop row (the start of an atom-site line), 0 when unknown. */
        int rowLine(String tag, int row) {
            Loop loop = loops.get(key(tag));
            if (loop == null) return tagLine(tag);
            int index = row * loop.tags.size();
            return index < loop.valueLines.size() ? loop.valueLines.get(index) : tagLine(tag);
        }
    }

    /**
     * For a loop whose value count is not a whole number of rows: the first line whose number of
     * values differs from the number of tags (rows are normally one per line), else the loop's
     * first tag line; 0 when the loop is well formed or the tag is not looped.
     */
    int brokenRowLine(Block block, String tag) {
        Loop loop = block.loops.get(key(tag));
        if (loop == null || loop.valueLines.size() % loop.tags.size() == 0) return 0;
        Map<Integer, Integer> perLine = new TreeMap<>();
        for (int line : loop.valueLines) perLine.merge(line, 1, Integer::sum);
        for (Map.Entry<Integer, Integer> e : perLine.entrySet()) {
            if (e.getValue() != loop.tags.size()) return e.getKey();
        }
        return block.tagLine(loop.tags.get(0));
    }

    /** Number of tags in the loop holding this tag (1 for an unlooped tag). */
    int loopWidth(Block block, String tag) {
        Loop loop = block.loops.get(key(tag));
        return loop == null ? 1 : loop.tags.size();
    }

    private static final class Loop {
        final List<String> tags = new ArrayList<>();
        final List<Integer> valueLines = new ArrayList<>();
    }

    private final List<Block> blocks = new ArrayList<>();

    CifLineIndex(String text) {
        Block block = null;
        Loop loop = null;
        boolean loopHeader = false;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            int lineNo = ln + 1;
            if (line.startsWith(";")) {
                // A text field runs to the next line starting with ';'; it is one value.
                loopHeader = addValue(loop, loopHeader, lineNo);
                ln++;
                while (ln < lines.length && !lines[ln].startsWith(";")) ln++;
                continue;
            }
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (c == '#') break;
                int end;
                if (c == '\'' || c == '"') {
                    end = i + 1;
                    // A quote closes only when followed by whitespace or the end of the line.
                    while (end < line.length() && !(line.charAt(end) == c
                            && (end + 1 == line.length() || Character.isWhitespace(line.charAt(end + 1))))) end++;
                    end = Math.min(end + 1, line.length());
                    loopHeader = addValue(loop, loopHeader, lineNo);
                    i = end;
                    continue;
                }
                end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) end++;
                String token = line.substring(i, end);
                String lower = token.toLowerCase(Locale.ROOT);
                i = end;
                if (lower.startsWith("data_")) {
                    block = new Block(token.substring(5), lineNo);
                    blocks.add(block);
                    loop = null;
                    loopHeader = false;
                } else if (lower.equals("loop_")) {
                    loop = new Loop();
                    loopHeader = true;
                } else if (token.startsWith("_")) {
                    if (block == null) continue;
                    String key = key(lower);
                    Integer earlier = block.tagLines.putIfAbsent(key, lineNo);
                    if (earlier != null) block.duplicates.putIfAbsent(key, new int[] {earlier, lineNo});
                    if (loop != null && loopHeader) {
                        loop.tags.add(key);
                        block.loops.put(key, loop);
                    } else {
                        loop = null;
                    }
                } else {
                    loopHeader = addValue(loop, loopHeader, lineNo);
                }
            }
        }
    }

    /** Records a value's line in the current loop; returns the new "still reading loop tags" state. */
    private static boolean addValue(Loop loop, boolean loopHeader, int lineNo) {
        if (loop != null) loop.valueLines.add(lineNo);
        return false;
    }

    /** Every data block, in file order. */
    List<Block> blocks() {
        return blocks;
    }

    /** The block with that name (case-insensitive), or null. */
    Block block(String name) {
        for (Block b : blocks) {
            if (b.name.equalsIgnoreCase(name)) return b;
        }
        return null;
    }

    private static String key(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.startsWith("_") ? t.substring(1) : t;
    }
}
