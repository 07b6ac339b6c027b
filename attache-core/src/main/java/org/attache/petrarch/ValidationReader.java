package org.attache.petrarch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.attache.petrarch.ValidationFile.Expected;
import org.attache.petrarch.ValidationFile.Record;
import org.attache.petrarch.ValidationFile.ValueAt;
import org.attache.util.DataProblem;

/**
 * A tolerant reader for PETRARCH-format validation files, which are XML-like rather than valid
 * XML: comments may sit anywhere (also unclosed: the rest is ignored and reported), a
 * {@code <Sentence …/>} opener may be self-closed, a record without {@code </Sentence>} ends at the
 * next {@code <Sentence}, ids may repeat, {@code <Text>} may contain stray {@code <} and
 * {@code &}. Not a DOM parse: a scan for tags that keeps line numbers for every message.
 */
public final class ValidationReader {
    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9_:-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
    private static final java.util.regex.Pattern ATTR =
            java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z0-9_:-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/]+))");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private ValidationReader() {
    }

    public static ValidationFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<DataProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new DataProblem(file.toString(), 1, "not valid UTF-8: decoded with replacement characters"));
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        ValidationFile vf = read(file.toString(), text);
        problems.addAll(vf.problems());
        return new ValidationFile(vf.name(), vf.environment(), vf.include(), vf.records(), problems);
    }

    public static ValidationFile read(String name, String content) {
        return new Scan(name, content).run();
    }

    private static final class Scan {
        final String name;
        final String s;
        final int[] lineStarts;
        final List<DataProblem> problems = new ArrayList<>();
        final Map<String, List<ValueAt>> env = new LinkedHashMap<>();
        final Set<String> include = new LinkedHashSet<>();
        final List<Record> records = new ArrayList<>();
        final Map<String, String> options = new HashMap<>();
        final Set<String> seenIds = new java.util.HashSet<>();
        boolean inEnvironment;
        Open open;

        Scan(String name, String content) {
            this.name = name;
            this.s = content;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int line(int offset) {
            int i = java.util.Arrays.binarySearch(lineStarts, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }

        void problem(int offset, String message) {
            problems.add(new DataProblem(name, line(offset), message));
        }

        /** A record being read. */
        final class Open {
            final int at;
            final Map<String, String> attrs;
            final List<Expected> expected = new ArrayList<>();
            boolean noevents;
            String error;
            String text;
            String parse;
            int parseLine;

            Open(int at, Map<String, String> attrs) {
                this.at = at;
                this.attrs = attrs;
                noevents = truthy(attrs.get("noevents"));
                error = attrs.get("error");
            }
        }

        ValidationFile run() {
            int pos = 0;
            while (pos < s.length()) {
                int lt = s.indexOf('<', pos);
                if (lt < 0) {
                    break;
                }
                if (s.startsWith("<!--", lt)) {
                    int end = s.indexOf("-->", lt + 4);
                    if (end < 0) {
                        problem(lt, "comment '<!--' is never closed: the rest of the file was ignored");
                        break;
                    }
                    pos = end + 3;
                    continue;
                }
                if (s.startsWith("<?", lt) || s.startsWith("<!", lt)) {
                    int end = s.indexOf('>', lt);
                    pos = end < 0 ? s.length() : end + 1;
                    continue;
                }
                Matcher m = TAG.matcher(s);
                m.region(lt, s.length());
                if (!m.lookingAt()) {
                    pos = lt + 1; // a stray '<' in running text
                    continue;
                }
                pos = m.end();
                boolean closing = !m.group(1).isEmpty();
                String tag = m.group(2).toLowerCase(Locale.ROOT);
                Map<String, String> attrs = attrs(m.group(3));
                boolean selfClosed = !m.group(4).isEmpty();
                pos = element(lt, pos, tag, closing, selfClosed, attrs);
            }
            closeRecord(s.length());
            return new ValidationFile(name, env, include, List.copyOf(records), List.copyOf(problems));
        }

        /** Handles one tag; returns where scanning goes on. */
        int element(int at, int after, String tag, boolean closing, boolean selfClosed, Map<String, String> attrs) {
            switch (tag) {
                case "environment" -> inEnvironment = !closing;
                case "include" -> {
                    if (!closing && !selfClosed) {
                        int[] body = body(after, "include");
                        for (String c : decode(s.substring(body[0], body[1])).split("[\\s,]+")) {
                            if (!c.isBlank()) {
                                include.add(c.strip().toLowerCase(Locale.ROOT));
                            }
                        }
                        return body[2];
                    }
                }
                case "config" -> {
                    if (!closing) {
                        String opt = attrs.get("option");
                        if (opt == null || !attrs.containsKey("value")) {
                            problem(at, "<Config> needs option=\"…\" and value=\"…\"");
                        } else {
                            options.put(opt.toLowerCase(Locale.ROOT), attrs.get("value"));
                        }
                    }
                }
                case "sentence" -> {
                    if (closing) {
                        if (open == null) {
                            problem(at, "</Sentence> without <Sentence>");
                        }
                        closeRecord(at);
                    } else {
                        closeRecord(at);
                        open = new Open(at, attrs);
                    }
                }
                case "eventcoding" -> {
                    if (!closing) {
                        if (open == null) {
                            problem(at, "<EventCoding> outside a <Sentence>");
                        } else if (truthy(attrs.get("noevents"))) {
                            open.noevents = true;
                        } else if (attrs.containsKey("error")) {
                            open.error = attrs.get("error");
                        } else {
                            String src = attrs.get("sourcecode");
                            String code = attrs.get("eventcode");
                            if (src == null || code == null) {
                                problem(at, "<EventCoding> needs sourcecode and eventcode");
                            } else {
                                open.expected.add(new Expected(src.strip().toUpperCase(Locale.ROOT),
                                        target(attrs.get("targetcode")), code.strip()));
                            }
                        }
                    }
                }
                case "text", "parse" -> {
                    if (!closing && !selfClosed) {
                        int[] body = body(after, tag);
                        if (open == null) {
                            problem(at, "<" + tag + "> outside a <Sentence>");
                        } else if (tag.equals("text")) {
                            open.text = decode(s.substring(body[0], body[1])).strip().replaceAll("\\s+", " ");
                        } else {
                            open.parse = s.substring(body[0], body[1]);
                            open.parseLine = line(body[0]) - 1;
                        }
                        return body[2];
                    }
                }
                default -> {
                    if (inEnvironment && !closing && !selfClosed) {
                        int[] body = body(after, tag);
                        String v = decode(s.substring(body[0], body[1])).strip();
                        if (!v.isEmpty()) {
                            for (String part : v.split("\\s*,\\s*")) {
                                env.computeIfAbsent(canonical(tag), k -> new ArrayList<>()).add(new ValueAt(part, line(at)));
                            }
                        }
                        return body[2];
                    }
                }
            }
            return after;
        }

        /**
         * The body of an element from {@code from}: [start, end, resume]. Ends at its closing tag; a
         * missing one ends at the next {@code <Sentence} or {@code </Sentence>} (reported).
         */
        int[] body(int from, String tag) {
            java.util.regex.Pattern close = java.util.regex.Pattern.compile("</\\s*" + tag + "\\s*>", java.util.regex.Pattern.CASE_INSENSITIVE);
            Matcher m = close.matcher(s);
            java.util.regex.Pattern stop = java.util.regex.Pattern.compile("<\\s*/?\\s*sentence\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
            Matcher st = stop.matcher(s);
            int stopAt = st.find(from) ? st.start() : s.length();
            if (m.find(from) && m.start() <= stopAt) {
                return new int[] {from, m.start(), m.end()};
            }
            problem(from, "<" + tag + "> is not closed");
            return new int[] {from, stopAt, stopAt};
        }

        void closeRecord(int at) {
            if (open == null) {
                return;
            }
            Open o = open;
            open = null;
            String id = o.attrs.getOrDefault("id", "");
            if (id.isEmpty()) {
                problem(o.at, "<Sentence> without id");
                id = "record-" + records.size();
            }
            if (!seenIds.add(id)) {
                problem(o.at, "repeated id '" + id + "' (kept: records are told apart by their position)");
            }
            LocalDate date = null;
            String d = o.attrs.get("date");
            if (d != null) {
                String ds = d.strip().replace("-", "");
                try {
                    // 6-digit record dates are YYMMDD, as PETRARCH reads them (YY up to 30 is 20YY)
                    date = ds.length() == 6 ? PetrarchActorLoader.date(ds) : LocalDate.parse(ds, BASIC);
                } catch (java.time.DateTimeException e) {
                    problem(o.at, "bad date '" + d + "' (YYYYMMDD or YYMMDD)");
                }
            } else {
                problem(o.at, "<Sentence> without date");
            }
            if (o.text == null || o.text.isBlank()) {
                problem(o.at, "record '" + id + "' has no <Text>");
            }
            String category = o.attrs.getOrDefault("category", "").strip();
            boolean evaluate = !"false".equalsIgnoreCase(o.attrs.getOrDefault("evaluate", "true").strip());
            records.add(new Record(id, records.size(), category, date, evaluate, o.expected, o.noevents, o.error,
                    o.text == null ? "" : o.text, o.parse, o.parseLine, options, line(o.at)));
        }
    }

    /** Environment element names, case-folded to the usual spelling ("verbfile" -> "Verbfile"). */
    private static String canonical(String tag) {
        return tag.isEmpty() ? tag : Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
    }

    private static String target(String t) {
        if (t == null) {
            return null;
        }
        String v = t.strip().toUpperCase(Locale.ROOT);
        return v.isEmpty() || v.equals("---") || v.equals("-") ? null : v;
    }

    private static boolean truthy(String v) {
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
    }

    private static Map<String, String> attrs(String raw) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTR.matcher(raw);
        while (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            out.put(m.group(1).toLowerCase(Locale.ROOT), decode(v));
        }
        return out;
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
