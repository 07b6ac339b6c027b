package org.attache.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final List<InputProblem> problems = new ArrayList<>();
    private final ArticleReader reader = new ArticleReader(LocalDate.of(2024, 3, 17), problems::add);

    @Test
    void readsTextAndJsonLinesAndReportsBadLines() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "NAIROBI: Kenya rejected the offer.");
        Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
                "{\"id\":\"x1\",\"date\":\"2024-01-02\",\"source\":\"Wire\",\"url\":\"u\",\"title\":\"t\",\"text\":\"Kenya left.\"}",
                "{not json",
                "{\"id\":\"x2\",\"text\":\"\"}",
                "{\"id\":\"x3\",\"date\":\"yesterday\",\"text\":\"Uganda left.\"}"));
        List<Article> articles = reader.read(List.of(dir));
        assertThat(articles).extracting(Article::id).containsExactly("a", "x1", "x3");
        assertThat(articles.get(1).date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(articles.get(2).date()).isEqualTo(LocalDate.of(2024, 3, 17));
        assertThat(problems).extracting(InputProblem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(dir.resolve("b.jsonl") + ":2: not valid JSON"),
                p -> assertThat(p).isEqualTo(dir.resolve("b.jsonl") + ":3: article has no \"text\""),
                p -> assertThat(p).contains(":4: bad \"date\" 'yesterday'"));
    }

    @Test
    void emptyBinaryAndNonUtf8FilesAreReportedAndTheRestGoesOn() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("bin.dat"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks in Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("ok.txt"), "Kenya left.");
        List<Article> articles = reader.read(List.of(dir, dir.resolve("missing.txt")));
        assertThat(articles).extracting(Article::id).containsExactly("latin1", "ok");
        assertThat(articles.get(0).text()).contains("\uFFFD");
        assertThat(problems).extracting(InputProblem::toString).containsExactlyInAnyOrder(
                dir.resolve("bin.dat") + ": binary file, not text: skipped",
                dir.resolve("empty.txt") + ": empty file",
                dir.resolve("latin1.txt") + ": not valid UTF-8: decoded with replacement characters",
                dir.resolve("missing.txt") + ": no such file or directory");
    }

    @Test
    void readsGzippedJsonLinesAndHtmlAsVisibleText() throws Exception {
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("c.jsonl.gz")))) {
            gz.write("{\"id\":\"g1\",\"text\":\"Kenya left.\"}\n{broken\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("d.html"), "<!DOCTYPE html><html><head><title>Talks &amp; more</title>"
                + "<script>var x = '<p>no</p>';</script></head><body><nav>Home</nav>"
                + "<p>Kenya&nbsp;met <b>Uganda</b>.</p><p>Talks went on &#8212; late.</p></body></html>");
        List<Article> articles = reader.read(List.of(dir));
        assertThat(articles).extracting(Article::id).containsExactly("g1", "d");
        assertThat(articles.get(1).title()).isEqualTo("Talks & more");
        assertThat(articles.get(1).text()).isEqualTo("Kenya met Uganda.\n\nTalks went on \u2014 late.");
        assertThat(problems).extracting(InputProblem::toString)
                .containsExactly(dir.resolve("c.jsonl.gz") + ":2: not valid JSON: " + problems.get(0).message()
                        .substring("not valid JSON: ".length()));
    }

    @Test
    void contentIdsNameArticlesByTheirNormalizedText() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Kenya  left.\n");
        Files.writeString(dir.resolve("b.txt"), "Kenya left.");
        Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"Uganda left.\"}\n{\"url\":\"http://x/1\",\"text\":\"Chad left.\"}");
        List<Article> articles = new ArticleReader(LocalDate.of(2024, 3, 17), problems::add, true).read(List.of(dir));
        assertThat(articles).extracting(Article::id).containsExactly(
                ArticleReader.contentId("Kenya left."), ArticleReader.contentId("Kenya left."),
                ArticleReader.contentId("Uganda left."), "http://x/1");
        assertThat(articles.get(0).id()).matches("sha256:[0-9a-f]{16}")
                .isNotEqualTo(ArticleReader.contentId("Uganda left."));
    }

    @Test
    void aGzipThatInflatesPastTheLimitIsRefused() throws Exception {
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("big.txt.gz")))) {
            byte[] chunk = "Kenya left. ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n <= ArticleReader.MAX_FILE_BYTES; n += chunk.length) {
                gz.write(chunk);
            }
        }
        assertThat(reader.read(List.of(dir))).isEmpty();
        assertThat(problems).extracting(InputProblem::toString)
                .containsExactly(dir.resolve("big.txt.gz") + ": input over the 50 MB limit");
    }

    @Test
    void jsonLineIsReadBackAsTheSameArticle() throws Exception {
        Article a = new Article("x9", LocalDate.of(2024, 2, 3), "Wire", "https://example.org/x9", "T \"q\"",
                "Kenya left.\n\nUganda stayed.");
        Files.writeString(dir.resolve("one.jsonl"), ArticleReader.jsonLine(a) + "\n");
        assertThat(reader.read(List.of(dir.resolve("one.jsonl")))).containsExactly(a);
        assertThat(problems).isEmpty();
    }
}
