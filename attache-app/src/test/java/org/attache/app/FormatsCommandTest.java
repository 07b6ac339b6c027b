package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PETRARCH-format commands on the fictional world of attache-core's tests: CoNLL-U parses, no NLP models. */
class FormatsCommandTest {
    private static final Path WORLD = Path.of("../attache-core/src/test/resources/petrarch-world").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    void evalScoresAValidationFileAndWritesRecordsAndReport() throws Exception {
        Path records = dir.resolve("r.jsonl");
        Path report = dir.resolve("r.json");
        // the fictional world's VISIT record expects UniversalPETRARCH's reading of [042:043]
        assertThat(run("eval", WORLD.resolve("fictional.validation.xml").toString(), "--records", records.toString(),
                "--report", report.toString(), "--errors", "--dialect", "ud-petrarch")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FW-SCOLD-1 (#8, SCOLD): missed SYL 111 FRD, extra SYL 111 IGOMRV");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("VISIT").containsPattern("all\\s+9\\s+8\\s+8\\s+8\\s+7\\s+1\\s+1");
        List<String> lines = Files.readAllLines(records);
        assertThat(lines).hasSize(11);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("FW-MEET-1");
        assertThat(first.get("seq").asInt()).isZero();
        JsonNode r = m.readTree(Files.readString(report));
        assertThat(r.at("/overall/exact").asInt()).isEqualTo(8);
        assertThat(r.at("/by_category/SCOLD/events_missed").asInt()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("repeated id 'FW-SCOLD-1'");
    }

    @Test
    void codeReadsConlluWithExternalDictionaries() throws Exception {
        String t = "\t";
        Path conllu = dir.resolve("fw.conllu");
        Files.writeString(conllu, String.join("\n",
                "# newdoc id = fw-1",
                "# date = 1933-06-01",
                "# text = Rufus Firefly lent gold bars to Sylvania after the massacre.",
                String.join(t, "1", "Rufus", "Rufus", "PROPN", "NNP", "_", "2", "compound", "_", "_"),
                String.join(t, "2", "Firefly", "Firefly", "PROPN", "NNP", "_", "3", "nsubj", "_", "_"),
                String.join(t, "3", "lent", "lend", "VERB", "VBD", "_", "0", "root", "_", "_"),
                String.join(t, "4", "gold", "gold", "NOUN", "NN", "_", "5", "compound", "_", "_"),
                String.join(t, "5", "bars", "bar", "NOUN", "NNS", "_", "3", "obj", "_", "_"),
                String.join(t, "6", "to", "to", "ADP", "IN", "_", "7", "case", "_", "_"),
                String.join(t, "7", "Sylvania", "Sylvania", "PROPN", "NNP", "_", "3", "obl", "_", "_"),
                String.join(t, "8", "after", "after", "ADP", "IN", "_", "10", "case", "_", "_"),
                String.join(t, "9", "the", "the", "DET", "DT", "_", "10", "det", "_", "_"),
                String.join(t, "10", "massacre", "massacre", "NOUN", "NN", "_", "3", "obl", "_", "SpaceAfter=No"),
                String.join(t, "11", ".", ".", "PUNCT", ".", "_", "3", "punct", "_", "_"),
                "", "# text = broken", "1 only four columns", ""));
        assertThat(run("code", "--input", "conllu", conllu.toString(), "--dictionaries", WORLD.toString())).isEqualTo(1);
        JsonNode e = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(e.get("source").get("code").asText()).isEqualTo("FRDGOV");
        assertThat(e.get("target").get("code").asText()).isEqualTo("SYL");
        assertThat(e.get("code").asText()).isEqualTo("071");
        assertThat(e.get("issues").get(0).asText()).isEqualTo("ID_ATROCITY");
        assertThat(e.get("source").get("text").asText()).isEqualTo("Rufus Firefly");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(conllu + ":17: expected 10 tab-separated columns");
    }

    @Test
    void codeReadsPennTreebankTreesWithoutModels() throws Exception {
        Path ptb = dir.resolve("fw.ptb");
        Files.writeString(ptb, "(ROOT (S (NP (NNP Freedonia)) (VP (VBD met) (PP (IN with) (NP (NNP Sylvania)))) (. .)))\n");
        assertThat(run("code", "--input", "ptb", ptb.toString(), "--dictionaries", WORLD.toString(), "--format", "tsv")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(1)).singleElement().asString()
                .contains("\tFRD\t").contains("\t040\t").contains("\tSYL\t");
    }

    @Test
    void strictDictionaryLoadingNamesTheFirstBadLine() throws Exception {
        Path bad = dir.resolve("bad.verbs.txt");
        Files.writeString(bad, "--- ARGUE [110] ---\nARGUE {ARGUED\n");
        assertThat(run("code", "--input", "conllu", "x.conllu", "--verbs", bad.toString(), "--strict")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(bad + ":2:");
    }

    @Test
    void attributionsPrintsEveryAttributionEvenWithNoEventOnIt() throws Exception {
        String t = "\t";
        Path conllu = dir.resolve("said.conllu");
        Files.writeString(conllu, String.join("\n",
                "# newdoc id = fw-2",
                "# date = 1933-06-01",
                "# text = Officials said the talks had stalled.",
                String.join(t, "1", "Officials", "official", "NOUN", "NNS", "_", "2", "nsubj", "_", "_"),
                String.join(t, "2", "said", "say", "VERB", "VBD", "_", "0", "root", "_", "_"),
                String.join(t, "3", "the", "the", "DET", "DT", "_", "4", "det", "_", "_"),
                String.join(t, "4", "talks", "talk", "NOUN", "NNS", "_", "6", "nsubj", "_", "_"),
                String.join(t, "5", "had", "have", "AUX", "VBD", "_", "6", "aux", "_", "_"),
                String.join(t, "6", "stalled", "stall", "VERB", "VBN", "_", "2", "ccomp", "_", "SpaceAfter=No"),
                String.join(t, "7", ".", ".", "PUNCT", ".", "_", "2", "punct", "_", "_"), ""));
        assertThat(run("code", "--input", "conllu", conllu.toString(), "--attributions")).isZero();
        // "Officials said …" is itself a statement (010, the officials' country unknown); the attribution
        // line stands beside that event, one line of its own
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(new ObjectMapper().readTree(l));
        }
        List<JsonNode> attributionLines = lines.stream().filter(n -> n.has("attribution") && !n.has("code")).toList();
        assertThat(attributionLines).singleElement();
        assertThat(lines.stream().filter(n -> n.has("code")).map(n -> n.get("code").asText()).toList())
                .containsExactly("010");
        JsonNode a = attributionLines.get(0);
        assertThat(a.get("article_id").asText()).isEqualTo("fw-2");
        assertThat(a.at("/attribution/text").asText()).isEqualTo("Officials");
        assertThat(a.at("/attribution/kind").asText()).isEqualTo("official-unnamed");
        assertThat(a.at("/attribution/cue").asText()).isEqualTo("said");
        assertThat(a.at("/attribution/source/start").asInt()).isZero();
        assertThat(a.at("/attribution/content/0/text").asText()).isEqualTo("the talks had stalled");

        out.reset();
        assertThat(run("code", "--input", "conllu", conllu.toString())).isZero();
        for (String l : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            assertThat(new ObjectMapper().readTree(l).has("code")).as("without the flag, no attribution lines: " + l).isTrue();
        }
    }

    @Test
    void attributionsNeedJsonLines() {
        assertThat(run("code", "--input", "conllu", "x.conllu", "--attributions", "--format", "tsv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--attributions").contains("--format jsonl");
    }

    /** A CoNLL-U document whose id carries a tab and a terminal escape (clear screen). */
    private Path hostileConllu() throws Exception {
        String t = "\t";
        Path conllu = dir.resolve("hostile.conllu");
        Files.writeString(conllu, String.join("\n",
                "# newdoc id = evil" + t + "\u001b[2Jid",
                "# date = 1933-06-01",
                "# text = Freedonia met Sylvania.",
                String.join(t, "1", "Freedonia", "Freedonia", "PROPN", "NNP", "_", "2", "nsubj", "_", "_"),
                String.join(t, "2", "met", "meet", "VERB", "VBD", "_", "0", "root", "_", "_"),
                String.join(t, "3", "Sylvania", "Sylvania", "PROPN", "NNP", "_", "2", "obj", "_", "SpaceAfter=No"),
                String.join(t, "4", ".", ".", "PUNCT", ".", "_", "2", "punct", "_", "_"), "", ""));
        return conllu;
    }

    @Test
    void tsvRowsStayOneLineOfSeventeenFieldsWhateverTheIdHolds() throws Exception {
        assertThat(run("code", "--input", "conllu", hostileConllu().toString(), "--dictionaries", WORLD.toString(),
                "--format", "tsv")).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allMatch(l -> l.split("\t", -1).length == 17);
        assertThat(lines.get(1)).startsWith("evil \u001b[2Jid\t");
    }

    @Test
    void tableOutputShowsTerminalEscapesInsteadOfSendingThem() throws Exception {
        assertThat(run("code", "--input", "conllu", hostileConllu().toString(), "--dictionaries", WORLD.toString(),
                "--format", "table")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("\u001b").doesNotContain("\t").contains("evil ^[[2Jid");
    }

    @Test
    void tsvWithNoEventsStillHasItsHeader() throws Exception {
        Path conllu = dir.resolve("none.conllu");
        Files.writeString(conllu, String.join("\n", "# text = Hello.",
                String.join("\t", "1", "Hello", "hello", "INTJ", "UH", "_", "0", "root", "_", "_"), "", ""));
        assertThat(run("code", "--input", "conllu", conllu.toString(), "--format", "tsv")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\t", org.attache.io.EventTable.TSV_COLUMNS)
                + System.lineSeparator());
    }
}
