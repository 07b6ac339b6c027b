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
            java.util.regex.Pattern.compile("(?i)^<ISSUE\\s+(?:[A-Z_]+\\s*=\\s*\"[^\"]*\"\\s+)*CATEGORY\\s*=\\s*\"([^\"]*)\"(?:\\s+[A-Z_]+\\s*=\\s*\"[^\"]*\")*\\s*/?>$");
    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile("(?i)^</ISSUE\\s*>$");

    private record Phrase(String issue, java.util.regex.Pattern regex) {
    }

    /** One {@code <ISSUE>} block. */
    private record Block(String category, List<Phrase> phrases, List<java.util.regex.Pattern> blockers,
                         List<java.util.regex.Pattern> storyBlockers) {
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
        List<java.util.regex.Pattern> storyBlockers = null;
        Line openedAt = null;
        Block outside = null;
        for (Line line : file.lines()) {
            String t = line.trimmed();
            Matcher om = OPEN.matcher(t);
            if (om.matches()) {
                if (category != null) {
                    log.add(line.problem("<ISSUE> inside the <ISSUE> block opened at line " + openedAt.number()));
                    out.add(new Block(category, phrases, blockers, storyBlockers));
                }
                category = om.group(1).strip();
                phrases = new ArrayList<>();
                blockers = new ArrayList<>();
                storyBlockers = new ArrayList<>();
                openedAt = line;
                continue;
            }
            if (CLOSE.matcher(t).matches()) {
                if (category == null) {
                    log.warn(line.problem("</ISSUE> without <ISSUE>: ignored"));
                    continue;
                }
                out.add(new Block(category, phrases, blockers, storyBlockers));
                category = null;
                continue;
            }
            if (category == null) {
                // PETRARCH reads entries wherever they stand: one outside a block is its own issue
                if (outside == null) {
                    outside = new Block("", new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    out.add(outside);
                }
                entry(line, t, "", outside.phrases(), outside.blockers(), outside.storyBlockers(), log);
                continue;
            }
            entry(line, t, category, phrases, blockers, storyBlockers, log);
        }
        if (category != null) {
            log.add(openedAt.problem("<ISSUE> block is never closed: its lines were kept"));
            out.add(new Block(category, phrases, blockers, storyBlockers));
        }
        log.endOfFile();
        return new IssueDictionary(out);
    }

    private static void entry(Line line, String t, String category, List<Phrase> phrases,
                              List<java.util.regex.Pattern> blockers, List<java.util.regex.Pattern> storyBlockers,
                              ProblemLog log) {
        {
            // read as PETRARCH reads it: the phrase up to the first '[', the code up to the next ']'
            boolean story = t.startsWith("~~");
            boolean blocker = t.startsWith("~");
            String body = t.substring(story ? 2 : blocker ? 1 : 0);
            int br = body.indexOf('[');
            int close = br < 0 ? -1 : body.indexOf(']', br);
            String phrase = (br < 0 ? body : body.substring(0, br)).strip();
            String code = br < 0 ? null : body.substring(br + 1, close < 0 ? body.length() : close).strip();
            if (phrase.replaceAll("(?i)(^|[\\s_+])[nv]:", "$1").isBlank() || phrase.contains("<") || phrase.contains(">")) {
                log.add(line.problem("expected 'n:phrase [CODE]', 'v:phrase [CODE]' or '~phrase', got '" + t + "'"));
                return;
            }
            if (close >= 0 && !body.substring(close + 1).isBlank()) {
                log.warn(line.problem("text after '[" + code + "]' ignored, as PETRARCH does: '" + body.substring(close + 1).strip() + "'"));
            }
            if (!blocker && (code == null || code.isEmpty())) {
                log.warn(line.problem("issue phrase without '[CODE]': skipped, as PETRARCH does"));
                return;
            }
            java.util.regex.Pattern re = regex(phrase, null);
            if (story) {
                storyBlockers.add(re);
            } else if (blocker) {
                blockers.add(re);
            } else {
                phrases.add(new Phrase(code, re));
            }
        }
    }

    /**
     * A phrase's regular expression: words joined by spaces or {@code _}; {@code +} joins with a
     * space, a hyphen or nothing; a word (or part) written {@code n:word} also matches its plural,
     * {@code v:word} its regular verb forms, wherever it stands in the phrase.
     */
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
                String part = parts[k];
                String form = i == 0 && k == 0 && pos != null ? pos.toLowerCase(java.util.Locale.ROOT) : "";
                if (part.startsWith("n:") || part.startsWith("v:")) {
                    form = part.substring(0, 1);
                    part = part.substring(2);
                }
                String q = java.util.regex.Pattern.quote(part);
                if (form.equals("n") && part.endsWith("y") && part.length() > 1) {
                    re.append("(?:").append(q).append('|')
                            .append(java.util.regex.Pattern.quote(part.substring(0, part.length() - 1))).append("ies)");
                } else if (form.equals("n")) {
                    re.append(q).append("(?:s|es)?");
                } else if (form.equals("v") && part.endsWith("e") && part.length() > 1) {
                    re.append("(?:").append(q).append("(?:s|d)?|")
                            .append(java.util.regex.Pattern.quote(part.substring(0, part.length() - 1))).append("ing)");
                } else if (form.equals("v")) {
                    re.append(q).append("(?:s|es|d|ed|ing)?");
                } else {
                    re.append(q);
                }
            }
        }
        re.append("(?![\\p{L}\\p{N}])");
        return java.util.regex.Pattern.compile(re.toString(),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /** The issues a sentence raises, in dictionary order, without repeats. */
    public List<String> issues(String sentence) {
        return issues(sentence, sentence);
    }

    /**
     * The issues a sentence of a story raises: a block's {@code ~phrase} found in the sentence, or
     * its {@code ~~phrase} found anywhere in the story, turns the block's issues off.
     */
    public List<String> issues(String sentence, String story) {
        Set<String> out = new LinkedHashSet<>();
        for (Block b : blocks) {
            if (b.blockers().stream().anyMatch(p -> p.matcher(sentence).find())
                    || b.storyBlockers().stream().anyMatch(p -> p.matcher(story).find())) {
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
