package org.attache.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attache.util.DataProblem;

/**
 * Sentences with their source and target words marked, one token a line with a BIO tag
 * ({@code B-S}/{@code I-S} source, {@code B-T}/{@code I-T} target, {@code O} the rest; other role
 * letters, such as {@code B-R}, are kept but not scored) and a
 * blank line between sentences. The sentence text is rebuilt by joining the tokens with single
 * spaces, so each token's character offsets are known exactly.
 */
public record SpanGold(List<Sentence> sentences, List<DataProblem> problems) {

    /** A gold span: role S or T and its tokens, first to last inclusive. */
    public record GoldSpan(char role, int first, int last) {
    }

    /** One sentence: the line it starts on, its text, each token's start offset, and the gold spans. */
    public record Sentence(int line, String text, List<String> tokens, int[] starts, List<GoldSpan> spans) {
        public int tokenEnd(int i) { return starts[i] + tokens.get(i).length(); }

        /** The tokens a character range overlaps (first, last), or null when it overlaps none. */
        public int[] tokensOf(int start, int end) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (starts[i] < end && tokenEnd(i) > start) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            return first < 0 ? null : new int[] {first, last};
        }
    }

    public static SpanGold read(String name, InputStream in) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            int startLine = 0;
            boolean bad = false;
            String line;
            int n = 0;
            while (true) {
                line = r.readLine();
                n++;
                if (line != null && n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line == null || line.isBlank()) {
                    if (!tokens.isEmpty() && !bad) {
                        out.add(sentence(startLine, tokens, tags));
                    }
                    tokens.clear();
                    tags.clear();
                    bad = false;
                    if (line == null) {
                        break;
                    }
                    continue;
                }
                if (tokens.isEmpty()) {
                    startLine = n;
                }
                String[] f = line.trim().split("\\s+");
                String tag = f.length >= 2 ? f[f.length - 1] : "";
                if (f.length < 2 || !tag.matches("O|[BI]-[A-Z]")) {
                    problems.add(new DataProblem(name, n, "expected TOKEN TAG (O, or B-/I- and a role letter: S source, T target), got '" + line.strip()
                            + "'; sentence starting at line " + startLine + " skipped"));
                    bad = true;
                    continue;
                }
                tokens.add(String.join(" ", java.util.Arrays.copyOf(f, f.length - 1)));
                tags.add(tag);
            }
        }
        return new SpanGold(List.copyOf(out), List.copyOf(problems));
    }

    private static Sentence sentence(int line, List<String> tokens, List<String> tags) {
        int[] starts = new int[tokens.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(tokens.get(i));
        }
        List<GoldSpan> spans = new ArrayList<>();
        int open = -1;
        char role = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean continues = t.startsWith("I-") && open >= 0 && t.charAt(2) == role;
            if (!continues && open >= 0) {
                spans.add(new GoldSpan(role, open, i - 1));
                open = -1;
            }
            if (t.startsWith("B-") || t.startsWith("I-") && open < 0) {
                open = i;
                role = t.charAt(2);
            }
        }
        return new Sentence(line, sb.toString(), List.copyOf(tokens), starts, List.copyOf(spans));
    }
}
