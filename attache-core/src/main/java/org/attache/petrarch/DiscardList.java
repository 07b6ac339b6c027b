package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * A PETRARCH/TABARI discard list: one phrase a line (a space or {@code _} joins words). A leading {@code +}
 * discards the whole story, otherwise only the sentence; a trailing {@code _} requires a word
 * boundary after the phrase (without it the phrase may begin a longer word: {@code FOOTBALL}
 * also matches "footballers"). A phrase always starts at a word boundary. Case-insensitive.
 * Immutable and thread-safe.
 */
public final class DiscardList {
    /** One phrase of the list, where it was defined. */
    public record Entry(String phrase, boolean wholeStory, boolean boundary, String file, int line,
                        java.util.regex.Pattern regex) {
        @Override
        public String toString() {
            return (wholeStory ? "+" : "") + phrase.replace(' ', '_') + (boundary ? "_" : "") + " (" + file + ":" + line + ")";
        }
    }

    private final List<Entry> entries;

    private DiscardList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DiscardList empty() {
        return new DiscardList(List.of());
    }

    public int size() { return entries.size(); }

    /** This list and {@code other}'s phrases. */
    public DiscardList plus(DiscardList other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new DiscardList(all);
    }

    public static DiscardList load(DictionaryLines.Result file, ProblemLog log) {
        log.addAll(file.problems());
        List<Entry> out = new ArrayList<>();
        for (Line line : file.lines()) {
            String t = line.trimmed();
            boolean whole = t.startsWith("+");
            if (whole) {
                t = t.substring(1).strip();
            }
            boolean boundary = t.endsWith("_");
            String phrase = PetrarchActorLoader.phrase(t);
            if (phrase.isEmpty()) {
                log.add(line.problem("empty discard phrase"));
                continue;
            }
            if (t.contains("[")) {
                log.warn(line.problem("'[' in a discard phrase: matched as written"));
            }
            StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
            String[] words = phrase.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    re.append("\\s+");
                }
                re.append(java.util.regex.Pattern.quote(words[i]));
            }
            if (boundary) {
                re.append("(?![\\p{L}\\p{N}])");
            }
            out.add(new Entry(phrase, whole, boundary, line.file(), line.number(),
                    java.util.regex.Pattern.compile(re.toString(),
                            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)));
        }
        log.endOfFile();
        return new DiscardList(out);
    }

    /** The first whole-story ({@code +}) phrase found in the text. */
    public Optional<Entry> storyDiscard(String text) {
        return first(text, true);
    }

    /** The first phrase of any kind found in the sentence. */
    public Optional<Entry> sentenceDiscard(String sentence) {
        return first(sentence, false);
    }

    private Optional<Entry> first(String text, boolean wholeOnly) {
        for (Entry e : entries) {
            if (wholeOnly && !e.wholeStory()) {
                continue;
            }
            Matcher m = e.regex().matcher(text);
            if (m.find()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
