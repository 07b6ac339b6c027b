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

    public PetrarchActorLoader(ActorDictionary.Builder target, ProblemLog log) {
        this.target = target;
        this.log = log;
    }

    public int actors() { return actors; }

    public int rows() { return rows; }

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
                    log.add(line.problem("synonym before any actor entry"));
                    continue;
                }
                String name = phrase(t.substring(1).split("[\\s\\[]")[0]);
                if (name.isEmpty()) {
                    log.add(line.problem("empty synonym"));
                } else {
                    cur.names.add(name);
                }
                List<Code> extra = codes(line, t);
                if (extra != null && !extra.isEmpty()) {
                    cur.inline.addAll(extra);
                }
                continue;
            }
            if (t.startsWith("[")) {
                if (cur == null) {
                    log.add(line.problem("date restriction before any actor entry"));
                    continue;
                }
                List<Code> cs = codes(line, t);
                if (cs != null) {
                    cur.restrictions.addAll(cs);
                }
                continue;
            }
            if (Character.isWhitespace(line.text().charAt(0)) && cur != null && !t.contains("[")) {
                log.add(line.problem("indented line is neither '+SYNONYM' nor '[CODE dates]': '" + t + "'"));
                continue;
            }
            finish(cur);
            cur = new Pending(line);
            int br = t.indexOf('[');
            String raw = (br < 0 ? t : t.substring(0, br)).strip();
            String name = phrase(raw);
            if (name.isEmpty() || raw.contains(" ")) {
                log.add(line.problem("bad actor entry: expected NAME_WITH_UNDERSCORES [CODE], got '" + t + "'"));
                cur = null;
                continue;
            }
            cur.names.add(name);
            List<Code> cs = codes(line, t);
            if (cs == null) {
                cur = null;
                continue;
            }
            cur.inline.addAll(cs);
        }
        finish(cur);
        return this;
    }

    private void finish(Pending p) {
        if (p == null) {
            return;
        }
        List<Code> all = new ArrayList<>(p.restrictions);
        all.addAll(p.inline);
        if (all.isEmpty()) {
            log.add(p.line.problem("actor " + p.names.get(0).toUpperCase(Locale.ROOT) + " has no code"));
            return;
        }
        boolean person = all.stream().anyMatch(Code::dated);
        actors++;
        for (String name : p.names) {
            for (Code c : all) {
                Kind kind = person ? Kind.PERSON
                        : c.code().length() == 3 && !NON_STATE.contains(c.code()) ? Kind.COUNTRY : Kind.ORGANIZATION;
                target.add(name, new ActorEntry(kind, name, c.code(), List.of(), "petrarch", c.from(), c.to()));
                rows++;
            }
        }
    }

    /** The bracketed codes of a line, or null (after reporting) when one is malformed. */
    private List<Code> codes(Line line, String t) {
        List<Code> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(t);
        int last = 0;
        while (m.find()) {
            last = m.end();
            String[] parts = m.group(1).strip().split("\\s+");
            String code = parts[0].toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                log.add(line.problem("bad actor code '" + m.group(1).strip() + "'"));
                return null;
            }
            if (parts.length > 2) {
                log.add(line.problem("expected '[CODE]' or '[CODE dates]', got '[" + m.group(1) + "]'"));
                return null;
            }
            LocalDate from = null;
            LocalDate to = null;
            if (parts.length == 2) {
                String d = parts[1];
                try {
                    if (d.startsWith(">")) {
                        from = date(d.substring(1));
                    } else if (d.startsWith("<")) {
                        to = date(d.substring(1));
                    } else if (d.contains("-")) {
                        String[] ab = d.split("-", 2);
                        from = date(ab[0]);
                        to = date(ab[1]);
                    } else {
                        throw new DateTimeException("expected >d, <d or a-b");
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    log.add(line.problem("bad date restriction '" + d + "': " + e.getMessage()));
                    return null;
                }
            }
            out.add(new Code(code, from, to));
        }
        if (t.indexOf('[', last) >= 0 || t.indexOf(']', last) >= 0) {
            log.add(line.problem("unbalanced '[' or ']'"));
            return null;
        }
        return out;
    }

    /** YYYYMMDD or YYMMDD (YY up to 30 is 20YY, else 19YY). */
    static LocalDate date(String s) {
        if (s.matches("\\d{8}")) {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        }
        if (s.matches("\\d{6}")) {
            int yy = Integer.parseInt(s.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
                    Integer.parseInt(s.substring(4, 6)));
        }
        throw new DateTimeException("dates are YYYYMMDD or YYMMDD");
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
