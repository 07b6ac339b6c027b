package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * Reads the verb lines of a PETRARCH verb dictionary ({@code SPEED {SPEEDING SPEEDS SPED} [code]},
 * {@code +CORDON_OFF {CORDONS_OFF …}}, TABARI's {@code SNUB [111] {SNUBS …}}): the verb word (the
 * one marked {@code +}, else the first), its other words, its code, and its inflected forms, which
 * go to the file's form-to-verb map. A verb written with spaces is read as joined by {@code _} (a
 * warning); a line that is not a verb is a problem naming the file and line.
 */
final class VerbLines {
    private static final java.util.regex.Pattern CODE_ANYWHERE = java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\]");

    /** A verb: its lower-cased base word, its other words (required dependents), its code as written (null: none). */
    record Verb(String head, List<String> extra, String code, Line line) {
    }

    private final ProblemLog log;
    private final Map<String, String> formToBase;

    /** Forms read go to {@code formToBase} (inflected form -> verb word; the first verb to name a form keeps it). */
    VerbLines(ProblemLog log, Map<String, String> formToBase) {
        this.log = log;
        this.formToBase = formToBase;
    }

    /** Reads the verb line {@code line}; null when it is rejected (the problem is logged). */
    Verb read(Line line) {
        return read(line, line.trimmed());
    }

    /** Reads {@code t} as a verb line (a TABARI block's name is its verb); problems name {@code line}. */
    Verb read(Line line, String t) {
        String code = null;
        Matcher cm = CodeFields.CODE_AT_END.matcher(t);
        Matcher anywhere = CODE_ANYWHERE.matcher(t);
        if (cm.find()) {
            code = cm.group(1);
            t = t.substring(0, cm.start()).strip();
        } else if (anywhere.find()) {
            // "SNUB [111] {SNUBS SNUBBING SNUBBED}": the code before the forms
            code = anywhere.group(1);
            t = (t.substring(0, anywhere.start()) + " " + t.substring(anywhere.end())).strip();
        }
        String forms = "";
        int brace = t.indexOf('{');
        if (brace >= 0) {
            int close = t.indexOf('}', brace);
            if (close < 0) {
                log.add(line.problem("'{' without '}' in verb line"));
                return null;
            }
            forms = t.substring(brace + 1, close);
            t = t.substring(0, brace).strip();
        }
        if (t.contains(" ")) {
            // "SCOF AT": the words of a verb written with spaces are read as joined by '_'
            log.warn(line.problem("verb '" + t + "' written with spaces: read as '" + t.replaceAll("\\s+", "_") + "'"));
            t = t.replaceAll("\\s+", "_");
        }
        if (t.isEmpty() || !t.replace("+", "").replace("_", "").chars().allMatch(
                c -> Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '.')) {
            log.add(line.problem("bad verb line: expected 'VERB {FORMS} [code]', got '" + line.trimmed() + "'"));
            return null;
        }
        String[] parts = t.split("_");
        int verbAt = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("+")) {
                verbAt = i;
            }
        }
        String head = parts[verbAt].replace("+", "").toLowerCase(Locale.ROOT);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i].replace("+", "").toLowerCase(Locale.ROOT);
            if (i != verbAt && !w.isEmpty()) {
                extra.add(w);
            }
        }
        for (String f : forms.trim().split("\\s+")) {
            if (f.isEmpty()) {
                continue;
            }
            String[] fp = f.split("_");
            String form = (fp.length == parts.length ? fp[verbAt] : fp[0]).replace("+", "").toLowerCase(Locale.ROOT);
            formToBase.putIfAbsent(form, head);
        }
        return new Verb(head, extra, code, line);
    }
}
