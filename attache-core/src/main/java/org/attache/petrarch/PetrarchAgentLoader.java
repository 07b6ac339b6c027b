package org.attache.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorEntry;
import org.attache.actors.ActorEntry.Kind;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * Loads PETRARCH agent dictionaries: {@code ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]} and
 * substitution sets {@code !PERSON! = MAN, MEN, WOMAN}. Each agent becomes a {@link Kind#AGENT}
 * row whose sectors are the 3-letter parts of its code. {@code [~X]} appends X to the actor's
 * code, which is how the project composes codes (country + sectors); {@code [X~]} (prepend) is
 * kept as the same sectors with agent kind {@code "prepend"}: the resolver has no prefix slot.
 * Plurals: those in {@code {…}}, else generated (+S, consonant+Y→IES, SS→SSES).
 */
public final class PetrarchAgentLoader {
    private static final java.util.regex.Pattern SUBST = java.util.regex.Pattern.compile("^(![A-Za-z0-9_]+!)\\s*=\\s*(.*)$");
    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final java.util.regex.Pattern SUBST_USE = java.util.regex.Pattern.compile("![A-Za-z0-9_]+!");

    private final ActorDictionary.Builder target;
    private final ProblemLog log;
    private int agents;

    public PetrarchAgentLoader(ActorDictionary.Builder target, ProblemLog log) {
        this.target = target;
        this.log = log;
    }

    public int agents() { return agents; }

    public PetrarchAgentLoader load(DictionaryLines.Result file) {
        log.addAll(file.problems());
        Map<String, List<String>> subst = new HashMap<>();
        for (Line line : file.lines()) {
            String t = line.trimmed();
            Matcher sm = SUBST.matcher(t);
            if (sm.matches()) {
                List<String> members = new ArrayList<>();
                for (String m : sm.group(2).split(",")) {
                    if (!m.isBlank()) {
                        members.add(m.strip().toLowerCase(Locale.ROOT));
                    }
                }
                if (members.isEmpty()) {
                    log.add(line.problem("substitution set " + sm.group(1) + " has no members"));
                    continue;
                }
                subst.put(sm.group(1).toUpperCase(Locale.ROOT), members);
                continue;
            }
            agentLine(line, t, subst);
        }
        log.endOfFile();
        return this;
    }

    private void agentLine(Line line, String t, Map<String, List<String>> subst) {
        int br = t.indexOf('[');
        if (br < 0) {
            log.add(line.problem("agent without a code (PETRARCH skips it too): expected 'NAME {PLURALS} [~CODE]'"));
            return;
        }
        String head = t.substring(0, br).strip();
        String plurals = null;
        int cb = head.indexOf('{');
        if (cb >= 0) {
            int ce = head.indexOf('}', cb);
            if (ce < 0) {
                log.add(line.problem("'{' without '}'"));
                return;
            }
            plurals = head.substring(cb + 1, ce);
            head = head.substring(0, cb).strip();
        }
        if (head.isEmpty()) {
            log.add(line.problem("agent without a name"));
            return;
        }
        List<String> sectors = new ArrayList<>();
        boolean prepend = false;
        Matcher m = BRACKET.matcher(t.substring(br));
        int codes = 0;
        while (m.find()) {
            String c = m.group(1).strip().toUpperCase(Locale.ROOT);
            String x;
            if (c.startsWith("~")) {
                x = c.substring(1);
            } else if (c.endsWith("~")) {
                x = c.substring(0, c.length() - 1);
                prepend = true;
            } else {
                log.add(line.problem("agent code must be '[~X]' (append) or '[X~]' (prepend), got '[" + m.group(1) + "]'"));
                return;
            }
            if (!x.matches("([A-Z0-9]{3})*")) {
                log.add(line.problem("agent code '" + x + "' is not made of 3-letter codes"));
                return;
            }
            for (int i = 0; i < x.length(); i += 3) {
                sectors.add(x.substring(i, i + 3));
            }
            codes++;
        }
        if (codes == 0) {
            // "[~ENV}": PETRARCH reads the code up to the end of the line; so do we, without the stray brace
            String rest = t.substring(br + 1).replaceAll("[\\]}\\s]+$", "").strip().toUpperCase(Locale.ROOT);
            String x = rest.startsWith("~") ? rest.substring(1) : rest.endsWith("~") ? rest.substring(0, rest.length() - 1) : null;
            if (x == null || !x.matches("([A-Z0-9]{3})+")) {
                log.add(line.problem("unbalanced '[' in agent line"));
                return;
            }
            log.warn(line.problem("'[' closed by '}' or not at all: read as '[" + rest + "]'"));
            prepend = rest.endsWith("~");
            for (int i = 0; i < x.length(); i += 3) {
                sectors.add(x.substring(i, i + 3));
            }
        }
        List<String> singulars = expand(line, PetrarchActorLoader.phrase(head), subst);
        if (singulars == null) {
            return;
        }
        List<String> plural = new ArrayList<>();
        if (plurals != null) {
            for (String p : plurals.strip().split("\\s+")) {
                if (!p.isEmpty()) {
                    List<String> ex = expand(line, PetrarchActorLoader.phrase(p), subst);
                    if (ex == null) {
                        return;
                    }
                    plural.addAll(ex);
                }
            }
        } else if (!head.endsWith("_")) {
            singulars.forEach(s -> plural.add(plural(s)));
        }
        ActorEntry entry = new ActorEntry(Kind.AGENT, singulars.get(0), "", sectors, prepend ? "prepend" : "append");
        for (String s : singulars) {
            target.add(s, entry);
        }
        for (String p : plural) {
            target.add(p, entry);
        }
        agents++;
    }

    /** Expands {@code !SET!} uses into every member; null (reported) for an undefined set. */
    private List<String> expand(Line line, String phrase, Map<String, List<String>> subst) {
        Matcher m = SUBST_USE.matcher(phrase);
        if (!m.find()) {
            return new ArrayList<>(List.of(phrase));
        }
        List<String> members = subst.get(m.group().toUpperCase(Locale.ROOT));
        if (members == null) {
            log.add(line.problem("substitution set " + m.group().toUpperCase(Locale.ROOT) + " is not defined before use"));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String mem : members) {
            List<String> rest = expand(line, phrase.substring(0, m.start()) + mem + phrase.substring(m.end()), subst);
            if (rest == null) {
                return null;
            }
            out.addAll(rest);
        }
        return out;
    }

    /** The format's automatic plural of the last word: +S, consonant+Y -> IES, SS -> SSES. */
    static String plural(String phrase) {
        int sp = phrase.lastIndexOf(' ');
        String w = phrase.substring(sp + 1);
        String p;
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            p = w.substring(0, w.length() - 1) + "ies";
        } else if (w.endsWith("ss")) {
            p = w + "es";
        } else {
            p = w + "s";
        }
        return phrase.substring(0, sp + 1) + p;
    }
}
