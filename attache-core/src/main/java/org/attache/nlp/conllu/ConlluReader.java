package org.attache.nlp.conllu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.util.DataProblem;

/**
 * Reads CoNLL-U (Universal Dependencies) into the project's own {@link Document}s, so
 * pre-parsed text is coded without any NLP engine.
 *
 * <ul>
 *   <li>{@code # newdoc id = X} starts a document (else the whole input is one document named
 *       after the file); {@code # newpar} starts a paragraph; {@code # text = …} is the
 *       sentence's text; {@code # sent_id} is kept for messages; {@code # date = YYYY-MM-DD}
 *       (an Attaché extension) dates the document.</li>
 *   <li>Multiword token lines ({@code 3-4 don't}) give the surface form for character
 *       offsets; their words are the tokens. Empty nodes ({@code 5.1}) are skipped.</li>
 *   <li>Character offsets: each token's surface form is found in {@code # text} in order;
 *       without a {@code # text} (or when the forms do not fit it) the text is rebuilt from the
 *       forms with one space unless {@code SpaceAfter=No}.</li>
 *   <li>POS: XPOS when it is a Penn Treebank tag, else one derived from UPOS and features (the
 *       coder reads PTB tags). NER: {@code NER=…} in MISC, else {@code O}.</li>
 * </ul>
 * A malformed line is reported ({@code file:line: message}) and its sentence skipped.
 */
public final class ConlluReader {
    private static final Set<String> PTB = Set.of("CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
            "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
            "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ".", ",", ":", "``", "''", "-LRB-", "-RRB-",
            "HYPH", "NFP", "ADD", "AFX", "GW", "XX", "$", "#");
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must");

    private final LocalDate defaultDate;

    /** Documents are dated {@code defaultDate} unless a {@code # date} comment says otherwise. */
    public ConlluReader(LocalDate defaultDate) {
        this.defaultDate = defaultDate;
    }

    /** The documents read and the problems found. */
    public record Result(List<Document> documents, List<DataProblem> problems) {
    }

    public Result read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String id = name.replaceFirst("\\.[^.]*$", "");
        return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), id, 0);
    }

    /**
     * Reads CoNLL-U text. {@code defaultId} names a document without {@code # newdoc id};
     * {@code lineOffset} is added to line numbers in messages (for a parse inside another file).
     */
    public Result read(String name, String content, String defaultId, int lineOffset) {
        List<DataProblem> problems = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        DocBuilder doc = new DocBuilder(defaultId, defaultDate);
        SentBuilder sent = new SentBuilder();
        String[] lines = content.split("\r\n|\r|\n", -1);
        int docCount = 0;
        for (int i = 0; i <= lines.length; i++) {
            int no = i + 1 + lineOffset;
            String line = i < lines.length ? lines[i] : "";
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                if (!sent.isEmpty()) {
                    finishSentence(name, sent, doc, problems);
                    sent = new SentBuilder();
                }
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                String key = c.contains("=") ? c.substring(0, c.indexOf('=')).strip().toLowerCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT);
                String value = c.contains("=") ? c.substring(c.indexOf('=') + 1).strip() : "";
                if (!sent.words.isEmpty()) {
                    // a comment after token lines starts a new sentence (missing blank line)
                    finishSentence(name, sent, doc, problems);
                    sent = new SentBuilder();
                }
                switch (key) {
                    case "newdoc id", "newdoc" -> {
                        if (!doc.sentences.isEmpty()) {
                            docs.add(doc.build());
                        }
                        docCount++;
                        doc = new DocBuilder(value.isEmpty() ? defaultId + "-" + docCount : value, defaultDate);
                    }
                    case "newpar", "newpar id" -> doc.newPar = true;
                    case "text" -> sent.text = value;
                    case "sent_id" -> sent.id = value;
                    case "date" -> {
                        try {
                            doc.date = LocalDate.parse(value);
                        } catch (DateTimeParseException e) {
                            problems.add(new DataProblem(name, no, "bad '# date' (YYYY-MM-DD): '" + value + "'"));
                        }
                    }
                    default -> { }
                }
                if (sent.firstLine == 0) {
                    sent.firstLine = no;
                }
                continue;
            }
            if (sent.firstLine == 0) {
                sent.firstLine = no;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                String[] ws = line.strip().split("\\s+");
                if (ws.length == 10) {
                    f = ws;
                } else {
                    sent.bad(new DataProblem(name, no, "expected 10 tab-separated columns, found " + f.length));
                    continue;
                }
            }
            String id = f[0];
            if (id.matches("\\d+\\.\\d+")) {
                continue; // empty node (enhanced graphs only)
            }
            if (id.matches("\\d+-\\d+")) {
                String[] ab = id.split("-");
                sent.ranges.put(Integer.parseInt(ab[0]), new int[] {Integer.parseInt(ab[1])});
                sent.rangeForms.put(Integer.parseInt(ab[0]), new String[] {f[1], f[9]});
                continue;
            }
            if (!id.matches("\\d+")) {
                sent.bad(new DataProblem(name, no, "bad token id '" + id + "'"));
                continue;
            }
            if (Integer.parseInt(id) != sent.words.size() + 1) {
                sent.bad(new DataProblem(name, no, "token id " + id + " out of sequence (expected " + (sent.words.size() + 1) + ")"));
                continue;
            }
            if (!f[6].matches("\\d+")) {
                sent.bad(new DataProblem(name, no, "bad head '" + f[6] + "'"));
                continue;
            }
            sent.words.add(f);
            sent.lines.add(no);
        }
        if (!doc.sentences.isEmpty()) {
            docs.add(doc.build());
        }
        return new Result(docs, problems);
    }

    private static final class SentBuilder {
        String text;
        String id;
        int firstLine;
        final List<String[]> words = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        final Map<Integer, int[]> ranges = new TreeMap<>();
        final Map<Integer, String[]> rangeForms = new TreeMap<>();
        DataProblem problem;

        boolean isEmpty() { return words.isEmpty() && problem == null && text == null; }

        void bad(DataProblem p) {
            if (problem == null) {
                problem = p;
            }
        }
    }

    private record RawSentence(String text, List<Token> tokens) {
    }

    private static final class DocBuilder {
        final String id;
        LocalDate date;
        boolean newPar;
        final StringBuilder text = new StringBuilder();
        final List<Sentence> sentences = new ArrayList<>();

        DocBuilder(String id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        void add(RawSentence rs) {
            if (text.length() > 0) {
                text.append(newPar ? "\n\n" : " ");
            }
            newPar = false;
            int base = text.length();
            text.append(rs.text());
            List<Token> shifted = new ArrayList<>(rs.tokens().size());
            for (Token t : rs.tokens()) {
                shifted.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin() + base, t.end() + base,
                        t.head(), t.rel()));
            }
            sentences.add(new Sentence(sentences.size(), rs.text(), base, base + rs.text().length(), shifted));
        }

        Document build() {
            return new Document(new Article(id, date, "", "", "", text.toString()), sentences);
        }
    }

    private void finishSentence(String name, SentBuilder sb, DocBuilder doc, List<DataProblem> problems) {
        if (sb.problem != null) {
            problems.add(new DataProblem(sb.problem.file(), sb.problem.line(), sb.problem.message() + " (sentence skipped)"));
            return;
        }
        if (sb.words.isEmpty()) {
            problems.add(new DataProblem(name, sb.firstLine, "sentence without token lines"));
            return;
        }
        int n = sb.words.size();
        for (int k = 0; k < n; k++) {
            int h = Integer.parseInt(sb.words.get(k)[6]);
            if (h > n || h == k + 1) {
                problems.add(new DataProblem(name, sb.lines.get(k), "head " + h + " is outside the sentence or the token itself (sentence skipped)"));
                return;
            }
        }
        // surface units: a multiword token covers words a..b; every other word is its own unit
        List<int[]> units = new ArrayList<>();
        List<String> unitForms = new ArrayList<>();
        List<Boolean> spaceAfter = new ArrayList<>();
        for (int w = 1; w <= n; w++) {
            int[] r = sb.ranges.get(w);
            if (r != null && r[0] >= w && r[0] <= n) {
                String[] rf = sb.rangeForms.get(w);
                units.add(new int[] {w, r[0]});
                unitForms.add(rf[0]);
                spaceAfter.add(!rf[1].contains("SpaceAfter=No"));
                w = r[0];
            } else {
                String[] f = sb.words.get(w - 1);
                units.add(new int[] {w, w});
                unitForms.add(f[1]);
                spaceAfter.add(!f[9].contains("SpaceAfter=No"));
            }
        }
        int[][] unitSpans = sb.text == null ? null : align(sb.text, unitForms);
        String text = sb.text;
        if (unitSpans == null) {
            if (sb.text != null) {
                problems.add(new DataProblem(name, sb.firstLine, "tokens do not match '# text'"
                        + (sb.id == null ? "" : " of sentence " + sb.id) + ": text rebuilt from the tokens"));
            }
            StringBuilder t = new StringBuilder();
            unitSpans = new int[units.size()][];
            for (int u = 0; u < units.size(); u++) {
                int b = t.length();
                t.append(unitForms.get(u));
                unitSpans[u] = new int[] {b, t.length()};
                if (spaceAfter.get(u) && u < units.size() - 1) {
                    t.append(' ');
                }
            }
            text = t.toString();
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int u = 0; u < units.size(); u++) {
            int[] span = unitSpans[u];
            int cursor = span[0];
            String surface = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
            for (int w = units.get(u)[0]; w <= units.get(u)[1]; w++) {
                String[] f = sb.words.get(w - 1);
                int b = span[0];
                int e = span[1];
                if (units.get(u)[0] != units.get(u)[1]) {
                    int at = surface.indexOf(f[1].toLowerCase(Locale.ROOT), cursor - span[0]);
                    if (at >= 0) {
                        b = span[0] + at;
                        e = b + f[1].length();
                        cursor = e;
                    }
                }
                tokens.add(token(w - 1, f, b, e));
            }
        }
        doc.add(new RawSentence(text, UdV1Labels.upgrade(tokens)));
    }

    /** Finds each form in the text in order (skipping whitespace); null when one does not fit. */
    static int[][] align(String text, List<String> forms) {
        int[][] out = new int[forms.size()][];
        int c = 0;
        for (int i = 0; i < forms.size(); i++) {
            while (c < text.length() && Character.isWhitespace(text.charAt(c))) {
                c++;
            }
            String f = forms.get(i);
            if (!text.regionMatches(true, c, f, 0, f.length())) {
                return null;
            }
            out[i] = new int[] {c, c + f.length()};
            c += f.length();
        }
        return out;
    }

    private static Token token(int index, String[] f, int begin, int end) {
        String form = f[1];
        String lemma = f[2].equals("_") && !form.equals("_") ? form.toLowerCase(Locale.ROOT) : f[2];
        String pos = PTB.contains(f[4]) ? f[4] : ptbTag(f[3], f[5], lemma, form);
        String ner = "O";
        for (String m : f[9].split("\\|")) {
            if (m.startsWith("NER=")) {
                ner = m.substring(4);
            }
        }
        int head = Integer.parseInt(f[6]) - 1;
        String rel = f[7].equals("_") ? "dep" : f[7].toLowerCase(Locale.ROOT);
        if (head < 0) {
            rel = "root";
        }
        return new Token(index, form, lemma, pos, ner, begin, end, head, rel);
    }

    /** A Penn Treebank tag from UPOS and features (the coder reads PTB tags). */
    static String ptbTag(String upos, String feats, String lemma, String form) {
        java.util.function.Predicate<String> has = ft -> ("|" + feats + "|").contains("|" + ft + "|");
        return switch (upos) {
            case "VERB", "AUX" -> {
                if (upos.equals("AUX") && MODALS.contains(lemma.toLowerCase(Locale.ROOT))) {
                    yield "MD";
                }
                if (has.test("VerbForm=Ger") || has.test("VerbForm=Part") && has.test("Tense=Pres")) {
                    yield "VBG";
                }
                if (has.test("VerbForm=Part")) {
                    yield "VBN";
                }
                if (has.test("Tense=Past")) {
                    yield "VBD";
                }
                if (has.test("Tense=Pres")) {
                    yield has.test("Person=3") && has.test("Number=Sing") ? "VBZ" : "VBP";
                }
                yield "VB";
            }
            case "NOUN" -> has.test("Number=Plur") ? "NNS" : "NN";
            case "PROPN" -> has.test("Number=Plur") ? "NNPS" : "NNP";
            case "PRON" -> has.test("Poss=Yes") ? "PRP$" : has.test("PronType=Rel") || has.test("PronType=Int") ? "WP" : "PRP";
            case "DET" -> "DT";
            case "ADJ" -> has.test("Degree=Cmp") ? "JJR" : has.test("Degree=Sup") ? "JJS" : "JJ";
            case "ADV" -> "RB";
            case "ADP", "SCONJ" -> "IN";
            case "CCONJ" -> "CC";
            case "NUM" -> "CD";
            case "PART" -> {
                String l = lemma.toLowerCase(Locale.ROOT);
                yield l.equals("to") ? "TO" : l.equals("'s") || l.equals("'") ? "POS" : l.equals("not") || l.equals("n't") ? "RB" : "RP";
            }
            case "PUNCT" -> form.equals(",") ? "," : form.matches("[.!?]") ? "." : ":";
            case "SYM" -> "SYM";
            case "INTJ" -> "UH";
            default -> "FW";
        };
    }
}
