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
 * Sentences labelled with the PentaClass of their main event: one {@code SENTENCE<TAB>LABEL}
 * a line (label 0-4). Bad lines are reported with file and line and skipped.
 */
public record LabelledSentences(List<Item> items, List<DataProblem> problems) {

    /** One labelled sentence and the line it came from. */
    public record Item(int line, String text, int label) {
    }

    public static LabelledSentences read(String name, InputStream in) throws IOException {
        List<Item> items = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    problems.add(new DataProblem(name, n, "expected SENTENCE<TAB>LABEL (0-4); no tab found"));
                    continue;
                }
                String label = line.substring(tab + 1).trim();
                String text = line.substring(0, tab).trim();
                if (!label.matches("[0-4]")) {
                    problems.add(new DataProblem(name, n, "label must be 0-4, was '" + label + "'"));
                    continue;
                }
                if (text.isEmpty()) {
                    problems.add(new DataProblem(name, n, "empty sentence"));
                    continue;
                }
                items.add(new Item(n, text, Integer.parseInt(label)));
            }
        }
        return new LabelledSentences(List.copyOf(items), List.copyOf(problems));
    }
}
