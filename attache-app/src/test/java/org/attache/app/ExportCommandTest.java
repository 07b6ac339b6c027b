package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.ontology.CameoOntology;
import org.attache.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and the shared filters from the command line, on a store written by hand (no NLP models). */
class ExportCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    /** One article "Kenya criticised Uganda." stored at {@code when}. */
    private static void store(Path db, String id, String when) {
        CameoOntology ontology = CameoOntology.builtIn();
        String text = "Kenya criticised Uganda.";
        Article a = new Article(id, LocalDate.parse("2024-03-11"), "Wire", "https://www.wire.example/" + id, "t", text);
        Sentence s = new Sentence(0, text, 0, text.length(), List.of());
        Event e = new Event(id, 0, text, new Actor(ActorCode.parse("KEN"), new Span("Kenya", 0, 5), "dictionary"),
                new Actor(ActorCode.parse("UGA"), new Span("Uganda", 17, 23), "dictionary"), ontology.get("111"),
                new Span("criticised", 6, 16), LocalDate.parse(id.equals("a1") ? "2024-03-11" : "2024-03-20"),
                "resolved", Status.ASSERTED, null);
        try (EventStore st = EventStore.open(db, Clock.fixed(Instant.parse(when), ZoneOffset.UTC))) {
            st.writeArticle(a, List.of(s), List.of(e));
        }
    }

    @Test
    void everySubcommandHasHelpWithoutWarnings() {
        java.util.Set<String> all = new picocli.CommandLine(new Main()).getSubcommands().keySet();
        assertThat(all).contains("watch", "fetch", "export", "ingest");
        for (String cmd : all) {
            if (cmd.equals("help")) {
                continue;
            }
            assertThat(run(cmd, "--help")).as(cmd + " --help: " + err()).isZero();
            assertThat(out()).as(cmd).contains("Usage: attache " + cmd);
            assertThat(err()).as(cmd).doesNotContain("WARN");
        }
    }

    @Test
    void addedSinceShipsOnlyWhatWasStoredAfterATime() {
        Path db = dir.resolve("s.duckdb");
        store(db, "a1", "2024-03-12T06:00:00Z");
        store(db, "b1", "2024-03-21T09:30:00Z");
        assertThat(run("export", "--db", db.toString(), "--format", "gdelt")).isZero();
        assertThat(out().lines()).hasSize(2);
        assertThat(run("export", "--db", db.toString(), "--format", "gdelt", "--added-since", "20240321000000")).isZero();
        List<String> rows = out().lines().toList();
        assertThat(rows).hasSize(1);
        String[] cells = rows.get(0).split("\t", -1);
        assertThat(cells[0]).isEqualTo("2");
        assertThat(cells[59]).isEqualTo("20240321093000");
        assertThat(run("export", "--db", db.toString(), "--format", "icews", "--added-since", "2024-03-21T09:30")).isZero();
        assertThat(out().lines()).hasSize(2); // header and b1's event
        assertThat(run("export", "--db", db.toString(), "--format", "csv", "--added-since", "2024-03-22")).isZero();
        assertThat(out().lines()).hasSize(1); // the header only
        assertThat(run("export", "--db", db.toString(), "--format", "csv", "--added-since", "yesterday")).isEqualTo(1);
        assertThat(err()).contains("--added-since must be YYYY-MM-DD");
    }

    @Test
    void statsSaysWhenItShowsOnlyTheLatestDays() {
        Path db = dir.resolve("s.duckdb");
        store(db, "a1", "2024-03-12T06:00:00Z");
        store(db, "b1", "2024-03-21T09:30:00Z");
        assertThat(run("stats", "--db", db.toString(), "--by", "day", "--top", "1")).isZero();
        assertThat(out()).contains("events by day: the latest 1 of 2 days (--top 2 shows all)").contains("2024-03-20")
                .doesNotContain("2024-03-11");
        assertThat(run("stats", "--db", db.toString(), "--by", "day")).isZero();
        assertThat(out()).contains("events by day:\n").contains("2024-03-11");
    }

    @Test
    void enumeratedFiltersAreCheckedAgainstTheirAllowedValues() {
        Path db = dir.resolve("s.duckdb");
        store(db, "a1", "2024-03-12T06:00:00Z");
        assertThat(run("export", "--db", db.toString(), "--format", "jsonl", "--attribution-kind", "official")).isEqualTo(1);
        assertThat(err()).contains("--attribution-kind must be one of named-person, official-unnamed, anonymous");
        assertThat(run("export", "--db", db.toString(), "--format", "gdelt-events")).isEqualTo(1);
        assertThat(err()).contains("unknown format 'gdelt-events'", "polecat");
        assertThat(run("export", "--db", db.toString(), "--format", "plover")).isZero();
        assertThat(out()).contains("\"event\":[\"ACCUSE\"]");
        assertThat(err()).contains("1 record(s) in plover layout");
    }
}
