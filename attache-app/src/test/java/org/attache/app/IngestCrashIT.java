package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.attache.eval.SampleCorpus;
import org.attache.io.ArticleReader;
import org.attache.model.Article;
import org.attache.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety and idempotence for real: a child JVM (the packaged attache.jar) ingests a corpus
 * and is killed with SIGKILL mid-run; the store must hold only whole articles, a re-run must
 * finish the rest, and the result must equal a clean single run, with no duplicates.
 */
class IngestCrashIT {
    private static final int ARTICLES = 12;
    private static final Pattern PROGRESS = Pattern.compile("attache ingest: (\\d+)/(\\d+) articles");

    @TempDir
    Path dir;

    @Test
    void killedIngestKeepsWholeArticlesAndTheRerunEqualsACleanRun() throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus"));
        Path crashed = dir.resolve("crashed.duckdb");
        Path clean = dir.resolve("clean.duckdb");

        // 1. Start an ingest and kill it (SIGKILL) once a few articles are committed.
        Process p = ingest(corpus, crashed);
        int seen = 0;
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && (seen = Integer.parseInt(m.group(1))) >= 3) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("progress before the kill; child said: %s", lines).isBetween(3, ARTICLES);
        assertThat(p.exitValue()).as("killed, not finished").isNotZero();

        long partial;
        try (EventStore s = EventStore.openReadOnly(crashed)) {
            assertWhole(s);
            partial = s.counts().articles();
        }
        assertThat(partial).isGreaterThanOrEqualTo(3).isLessThan(ARTICLES + 1);

        // 2. Re-run: finishes the rest, skipping what is stored.
        Run rerun = run(corpus, crashed);
        assertThat(rerun.out).contains(partial + " already stored");
        assertThat(rerun.err).contains("empty.txt: empty file", "binary.dat: binary file, not text: skipped",
                "corpus.jsonl.gz:7: not valid JSON", "notext.jsonl:1: article has no \"text\"");
        // 3. A clean single run into another store.
        Run once = run(corpus, clean);
        assertThat(once.out).contains(" 0 already stored", ARTICLES + 1 + " stored");
        // 4. And re-ingesting into the finished store adds nothing.
        Run again = run(corpus, crashed);
        assertThat(again.out).contains(": 0 stored (0 replaced), " + (ARTICLES + 1) + " already stored");

        try (EventStore a = EventStore.openReadOnly(crashed); EventStore b = EventStore.openReadOnly(clean)) {
            assertWhole(a);
            assertThat(a.counts()).isEqualTo(b.counts());
            assertThat(a.counts().articles()).isEqualTo(ARTICLES + 1);
            assertThat(a.counts().mentions()).isPositive();
            // Sequential ids and first-stored times depend on when each article was stored; the
            // content hash is an event's identity across stores.
            for (String sql : List.of("SELECT * EXCLUDE (article_id, added) FROM articles", "SELECT * FROM sentences",
                    "SELECT * EXCLUDE (event_id, added) FROM events", "SELECT * FROM actors",
                    "SELECT m.* EXCLUDE (event_id), e.content_hash FROM mentions m JOIN events e ON e.event_id = m.event_id")) {
                assertThat(a.rows(sql + " ORDER BY ALL")).as(sql).isEqualTo(b.rows(sql + " ORDER BY ALL"));
            }
            assertThat(a.rows("SELECT article_key, sentence_index, mention_index, count(*) FROM mentions "
                    + "GROUP BY ALL HAVING count(*) > 1")).as("duplicate mentions").isEmpty();
            assertThat(a.rows("SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1"))
                    .as("duplicate events").isEmpty();
        }
    }

    /** Every stored article is whole: its sentence and mention counts match, and events agree with mentions. */
    private static void assertWhole(EventStore s) {
        assertThat(s.rows("SELECT a.article_key FROM articles a WHERE a.num_sentences <> "
                + "(SELECT count(*) FROM sentences x WHERE x.article_key = a.article_key) OR a.num_mentions <> "
                + "(SELECT count(*) FROM mentions m WHERE m.article_key = a.article_key)")).as("half articles").isEmpty();
        assertThat(s.rows("SELECT count(*) FROM sentences WHERE article_key NOT IN (SELECT article_key FROM articles)"))
                .containsExactly(List.of(0L));
        assertThat(s.rows("SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT event_id FROM events)"))
                .containsExactly(List.of(0L));
        assertThat(s.rows("SELECT e.event_id FROM events e WHERE e.num_mentions <> "
                + "(SELECT count(*) FROM mentions m WHERE m.event_id = e.event_id)")).as("stale counts").isEmpty();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path corpus, Path db) throws Exception {
        Process p = ingest(corpus, db);
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Run r = new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
        assertThat(r.exit).as("exit 1: the corpus has bad files; %s", r.err).isEqualTo(1);
        return r;
    }

    private static Process ingest(Path corpus, Path db) throws IOException {
        Path jar = Path.of("target", "attache.jar").toAbsolutePath();
        assertThat(jar).as("packaged jar (failsafe runs after package)").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx2g", "-jar", jar.toString(), "ingest", corpus.toString(),
                "--db", db.toString(), "--threads", "1", "--date", "2024-03-17", "--progress", "lines",
                "--progress-interval", "0", "--batch", "1");
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        return pb.start();
    }

    /** Sample articles in a .jsonl.gz (with one broken line), one as HTML without an id, and bad files. */
    private static Path writeCorpus(Path d) throws IOException {
        Files.createDirectories(d);
        List<Article> sample = SampleCorpus.articles().subList(0, ARTICLES + 1);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(d.resolve("corpus.jsonl.gz")))) {
            for (int i = 0; i < ARTICLES; i++) {
                out.write((ArticleReader.jsonLine(sample.get(i)) + "\n").getBytes(StandardCharsets.UTF_8));
                if (i == 5) {
                    out.write("{\"id\": broken\n".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        Article h = sample.get(ARTICLES);
        Files.writeString(d.resolve("page.html"), "<html><head><title>" + h.title() + "</title></head><body><p>"
                + h.text().replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p></body></html>");
        Files.write(d.resolve("empty.txt"), new byte[0]);
        Files.write(d.resolve("binary.dat"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Files.writeString(d.resolve("notext.jsonl"), "{\"id\":\"x\",\"text\":\"\"}\n");
        return d;
    }
}
