package org.attache.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorEntry;
import org.attache.actors.ActorEntry.Kind;
import org.attache.petrarch.DictionaryLines.Line;

/**
 * Loads PETRARCH/TABARI actor dictionaries: an entry line (the name, optionally with inline
 * codes), {@code +SYNONYM} lines, then indented date restrictions ({@code [SWEELI 640101-000101]},
 * {@code [SWEGOV >730915]}, {@code [SWEGOV <730915]}, {@code [SWEELI]}).
 *
 * <p>Rows: an actor with any dated code becomes {@link Kind#PERSON} rows (the resolver picks the
 * first dated row valid on the article date, falling back to undated ones); an undated
 * three-letter state code ({@code FRD}) becomes a {@link Kind#COUNTRY} row, so agents compose
 * with it ("Freedonian police" {@code FRDCOP}); any other code an {@link Kind#ORGANIZATION} row.
 * Indented restrictions come before inline codes, so inline codes never override dated lines.
 */
public final class PetrarchActorLoader {
    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9]{3,}");
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC");

    private final ActorDictionary.Builder target;
    private final ProblemLog log;
    private int actors;
    private int rows;
    private int names;
    private int datedRows;

    public PetrarchActorLoader(ActorDictionary.Builder target, ProblemLog log) {
        this.target = target;
        this.log = log;
    }

    public int actors() { return actors; }

    public int rows() { return rows; }

    /** Names (entry lines and synonyms) of the actors loaded. */
    public int names() { return names; }

    /** Dated roles: codes with a date restriction (once per actor, not per name). */
    public int datedRows() { return datedRows; }

    private record Code(String code, LocalDate from, LocalDate to) {
        boolean dated() { return from != null || to != null; }
    }

    private static final class Pending {
        final Line line;
        final List<String> names = new ArrayList<>();
        final List<Code> inline = new ArrayList<>();
        final List<Code> restrictions = new ArrayList<>();

        Pending(Line line) {
            this.line = line;
        }
    }

    public PetrarchActorLoader load(DictionaryLines.Result file) {
        log.addAll(file.problems());
        Pending cur = null;
        for (Line line : file.lines()) {
            String t = line.trimmed();
            if (t.startsWith("+")) {
                if (cur == null) {
                    log.add(line.problem("synonym before any actor entry: skipped"));
                    continue;
                }
                addName(cur, line, t.substring(1));
                List<Code> extra = codes(line, t);
                cur.inline.addAll(extra);
                continue;
            }
            if (t.startsWith("[")) {
                if (cur == null) {
                    log.add(line.problem("date restriction before any actor entry: skipped"));
                    continue;
                }
                cur.restrictions.addAll(codes(line, t));
                continue;
            }
            // an entry line (indented or not, as PETRARCH reads it); a run of entry lines with no
            // code between them shares the codes that follow the run
            if (cur == null || !cur.inline.isEmpty() || !cur.restrictions.isEmpty()) {
                finish(cur);
                cur = new Pending(line);
            }
            addName(cur, line, t);
            cur.inline.addAll(codes(line, t));
        }
        finish(cur);
        log.endOfFile();
        return this;
    }

    private void addName(Pending p, Line line, String t) {
        int br = t.indexOf('[');
        String name = phrase(br < 0 ? t : t.substring(0, br));
        if (name.isEmpty()) {
            log.add(line.problem("actor line without a name: '" + line.trimmed() + "'"));
        } else {
            p.names.add(name);
        }
    }

    private void finish(Pending p) {
        if (p == null || p.names.isEmpty()) {
            return;
        }
        List<Code> all = new ArrayList<>(p.restrictions);
        all.addAll(p.inline);
        if (all.isEmpty()) {
            // PETRARCH keeps such an entry as a phrase with no code: it never gives an actor
            log.warn(p.line.problem("actor " + p.names.get(0).toUpperCase(Locale.ROOT) + " has no code: it is known but never coded"));
            return;
        }
        boolean person = all.stream().anyMatch(Code::dated);
        actors++;
        names += p.names.size();
        datedRows += (int) all.stream().filter(Code::dated).count();
        for (String name : p.names) {
            for (Code c : all) {
                Kind kind = person ? Kind.PERSON
                        : c.code().length() == 3 && CODE.matcher(c.code()).matches() && !NON_STATE.contains(c.code())
                                ? Kind.COUNTRY : Kind.ORGANIZATION;
                ActorEntry entry = new ActorEntry(kind, name, c.code(), List.of(), "petrarch", c.from(), c.to());
                target.add(name, entry);
                String apart = punctuationApart(name);
                if (!apart.equals(name)) {
                    // "CULTURAL_SURVIVAL,_INC.", "COMMONWEALTH_BROADCASTING_ASSOCIATION_(CBA)": the tokenizer
                    // splits the comma and the brackets off the words, so the name is also kept that way
                    target.add(apart, entry);
                }
                rows++;
            }
        }
    }

    /**
     * The bracketed codes of a line. Codes are kept verbatim ({@code ---} is the null actor; an
     * unusual code is a warning); the restriction may contain spaces ({@code [X < 950601]}): it is
     * {@code >d} (on or after), {@code <d} (on or before), {@code a-b} (both ends included) or a
     * bare {@code d} (on or after). A bad restriction is reported and the code kept undated.
     */
    private List<Code> codes(Line line, String t) {
        List<Code> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(t);
        int last = 0;
        while (m.find()) {
            last = m.end();
            String inside = m.group(1).strip();
            if (inside.isEmpty()) {
                log.warn(line.problem("empty '[]': ignored"));
                continue;
            }
            String[] parts = inside.split("\\s+", 2);
            String code = parts[0];
            if (!CODE.matcher(code).matches() && !code.equals("---")) {
                log.warn(line.problem("unusual actor code '" + code + "': kept as written"));
            }
            String d = parts.length == 2 ? parts[1].replaceAll("\\s+", "") : "";
            LocalDate from = null;
            LocalDate to = null;
            if (!d.isEmpty()) {
                try {
                    if (d.startsWith(">")) {
                        from = date(line, d.substring(1));
                    } else if (d.startsWith("<")) {
                        to = date(line, d.substring(1)).plusDays(1);
                    } else if (d.indexOf('-') > 0) {
                        String[] ab = d.split("-", 2);
                        from = date(line, ab[0]);
                        to = date(line, ab[1]).plusDays(1);
                    } else {
                        from = date(line, d);
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    log.add(line.problem("bad date restriction '" + d + "' (" + e.getMessage() + "): code " + code
                            + " kept without it"));
                    from = null;
                    to = null;
                }
            }
            out.add(new Code(code, from, to));
        }
        if (t.indexOf('[', last) >= 0 || t.indexOf(']', last) >= 0) {
            log.warn(line.problem("unbalanced '[' or ']': read as far as it goes"));
        }
        return out;
    }

    /** A date as PETRARCH reads it, warning when the string is not exactly 6 or 8 digits. */
    private LocalDate date(Line line, String s) {
        LocalDate d = date(s);
        if (!s.matches("\\d{6}|\\d{8}")) {
            log.warn(line.problem("date '" + s + "' read as PETRARCH does: " + d));
        }
        return d;
    }

    /**
     * YYYYMMDD or YYMMDD (YY up to 30 is 20YY, else 19YY), read as PETRARCH reads them: over 7
     * characters, the first 8 are YYYYMMDD; otherwise the first 6 are YYMMDD.
     */
    static LocalDate date(String s) {
        if (!s.matches("\\d{6,}")) {
            throw new DateTimeException("dates are YYYYMMDD or YYMMDD");
        }
        if (s.length() > 7) {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        }
        int yy = Integer.parseInt(s.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
                Integer.parseInt(s.substring(4, 6)));
    }

    /**
     * A name with its commas and brackets as separate words, as the tokenizer splits them
     * ("survival, inc." -> "survival , inc."; "association (cba)" -> "association ( cba )"); a comma
     * between letters ("icddr,b") stays, as the tokenizer keeps it in the word.
     */
    static String punctuationApart(String name) {
        return name.replaceAll(",(?=\\s|$)", " , ").replaceAll("([()\\[\\]{}])", " $1 ").strip().replaceAll("\\s+", " ");
    }

    /** {@code UFFE_ELLEMANN_JENSEN_} -> "uffe ellemann jensen". */
    static String phrase(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(Character.toLowerCase(c));
                space = false;
            }
        }
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == ' ' ? sb.substring(0, n - 1) : sb.toString();
    }
}
