package org.attache.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * A PETRARCH issue dictionary: {@code <ISSUE CATEGORY="…">} blocks of {@code n:massacre
 * [ID_ATROCITY]} lines ({@code n:} a noun, matched also with -s/-es; {@code v:} a verb, matched
 * also with -s/-es/-d/-ed/-ing; no prefix: the phrase as written; {@code _} or a space joins
 * words, {@code +} joins with a space or a hyphen, or nothing), {@code ~phrase} lines that block
 * the block's issues in a sentence containing them. The issue is the bracketed code, else the
 * block's category. Immutable and thread-safe.
 */
public final class IssueDictionary {
    private static final java.util.regex.Pattern OPEN =
            java.util.regex.Pattern.compile("(?i)^<ISSUE\\s+CATEGORY\\s*=\\s*\"([^\"]*)\"\\s*>$");
    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile("(?i)^</ISSUE\\s*>$");
    private static final java.util.regex.Pattern ENTRY =
            java.util.regex.Pattern.compile("^(~)?(?:([nvNV]):)?([^\\[\\]]+?)\\s*(?:\\[([^\\[\\]]*)\\])?$");

    private record Phrase(String issue, java.util.regex.Pattern regex) {
    }

    /** One {@code <ISSUE>} block. */
    private record Block(String category, List<Phrase> phrases, List<java.util.regex.Pattern> blockers) {
    }

    private final List<Block> blocks;

    private IssueDictionary(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static IssueDictionary empty() {
        return new IssueDictionary(List.of());
    }

    public IssueDictionary plus(IssueDictionary other) {
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(other.blocks);
        return new IssueDictionary(all);
    }

    public int phrases() {
        return blocks.stream().mapToInt(b -> b.phrases().size()).sum();
    }

    public static IssueDictionary load(DictionaryLines.Result file, ProblemLog log) {
        log.addAll(file.problems());
        List<Block> out = new ArrayList<>();
        String category = null;
        List<Phrase> phrases = null;
        List<java.util.regex.Pattern> blockers = null;
        Line openedAt = null;
        for (Line line : file.lines()) {
            String t = line.trimmed();
            Matcher om = OPEN.matcher(t);
            if (om.matches()) {
                if (category != null) {
                    log.add(line.problem("<ISSUE> inside the <ISSUE> block opened at line " + openedAt.number()));
                    out.add(new Block(category, phrases, blockers));
                }
                category = om.group(1).strip();
                phrases = new ArrayList<>();
                blockers = new ArrayList<>();
                openedAt = line;
                continue;
            }
            if (CLOSE.matcher(t).matches()) {
                if (category == null) {
                    log.add(line.problem("</ISSUE> without <ISSUE>"));
                    continue;
                }
                out.add(new Block(category, phrases, blockers));
                category = null;
                continue;
            }
            if (category == null) {
                log.add(line.problem("line outside an <ISSUE CATEGORY=\"…\"> block: '" + t + "'"));
                continue;
            }
            Matcher em = ENTRY.matcher(t);
            if (!em.matches() || em.group(3).isBlank() || em.group(3).contains("<") || em.group(3).contains(">")) {
                log.add(line.problem("expected 'n:phrase [CODE]', 'v:phrase [CODE]' or '~phrase', got '" + t + "'"));
                continue;
            }
            java.util.regex.Pattern re = regex(em.group(3), em.group(2));
            if (em.group(1) != null) {
                blockers.add(re);
            } else {
                String code = em.group(4) == null || em.group(4).isBlank() ? category : em.group(4).strip();
                phrases.add(new Phrase(code, re));
            }
        }
        if (category != null) {
            log.add(openedAt.problem("<ISSUE> block is never closed"));
            out.add(new Block(category, phrases, blockers));
        }
        return new IssueDictionary(out);
    }

    private static java.util.regex.Pattern regex(String phrase, String pos) {
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s_]+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("\\s+");
            }
            String[] parts = words[i].split("\\+");
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    re.append("(?:\\s+|-)?");
                }
                re.append(java.util.regex.Pattern.quote(parts[k]));
            }
        }
        if ("n".equalsIgnoreCase(pos)) {
            re.append("(?:s|es)?");
        } else if ("v".equalsIgnoreCase(pos)) {
            re.append("(?:s|es|d|ed|ing)?");
        }
        re.append("(?![\\p{L}\\p{N}])");
        return java.util.regex.Pattern.compile(re.toString(),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /** The issues a sentence raises, in dictionary order, without repeats. */
    public List<String> issues(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        for (Block b : blocks) {
            if (b.blockers().stream().anyMatch(p -> p.matcher(sentence).find())) {
                continue;
            }
            for (Phrase p : b.phrases()) {
                if (p.regex().matcher(sentence).find()) {
                    out.add(p.issue());
                }
            }
        }
        return List.copyOf(out);
    }
}
