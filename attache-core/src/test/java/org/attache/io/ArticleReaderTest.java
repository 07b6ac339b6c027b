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

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestIsRead() throws Exception {
        Path locked = dir.resolve("b-locked");
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("x.txt"), "Chad left.");
        Files.writeString(dir.resolve("a.txt"), "Kenya left.");
        Files.writeString(dir.resolve("c.txt"), "Mali left.");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not apply");
            List<Article> articles = reader.read(List.of(dir));
            assertThat(articles).extracting(Article::id).containsExactly("a", "c");
            assertThat(problems).extracting(InputProblem::toString)
                    .containsExactly(locked + ": cannot list directory: permission denied: skipped");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void readErrorsSayWhy() throws Exception {
        Files.write(dir.resolve("zero.gz"), new byte[0]);
        Files.writeString(dir.resolve("plain.gz"), "not gzip at all");
        reader.read(List.of(dir.resolve("zero.gz"), dir.resolve("plain.gz")));
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                dir.resolve("zero.gz") + ": cannot read: empty or truncated gzip file (no gzip header)",
                dir.resolve("plain.gz") + ": cannot read: not a gzip file (Not in GZIP format)");
        assertThat(ArticleReader.reason(new java.nio.file.AccessDeniedException("/x"))).isEqualTo("permission denied");
        assertThat(ArticleReader.reason(new java.io.IOException())).isEqualTo("IOException");
    }

    @Test
    void aTruncatedGzipKeepsItsIntactLines() throws Exception {
        StringBuilder lines = new StringBuilder();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 2000; i++) {
            // incompressible-ish text, so the cut falls well inside the data
            lines.append("{\"id\":\"a").append(i).append("\",\"text\":\"Kenya left ").append(Long.toHexString(r.nextLong()))
                    .append(".\"}\n");
        }
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = buf.toByteArray();
        Files.write(dir.resolve("t.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        List<Article> articles = reader.read(List.of(dir));
        assertThat(articles).hasSizeGreaterThan(500);
        for (int i = 0; i < articles.size(); i++) {
            assertThat(articles.get(i).id()).isEqualTo("a" + i);
        }
        assertThat(problems).singleElement().asString().startsWith(dir.resolve("t.jsonl.gz") + ": truncated or corrupt gzip data");
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndUtf16IsDecoded() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(dir.resolve("a.jsonl"), concat(bom, "{\"id\":\"j1\",\"text\":\"Kenya left.\"}\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("b.txt"), concat(bom, "Kenya left.".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("c.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Caf\u00e9 talks.".getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("d.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Mali left.".getBytes(StandardCharsets.UTF_16BE)));
        List<Article> articles = new ArticleReader(LocalDate.of(2024, 3, 17), problems::add, true).read(List.of(dir));
        assertThat(articles).extracting(Article::text).containsExactly("Kenya left.", "Kenya left.", "Caf\u00e9 talks.", "Mali left.");
        assertThat(articles.get(1).id()).as("same id as without the mark").isEqualTo(ArticleReader.contentId("Kenya left."));
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                dir.resolve("c.txt") + ": UTF-16 text (byte order mark): decoded",
                dir.resolve("d.txt") + ": UTF-16 text (byte order mark): decoded");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void idsThatCollideAreReportedAndWrongJsonTypesAreNamed() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "{\"id\":7,\"text\":\"Kenya left.\"}",
                "{\"id\":\"7\",\"text\":\"Uganda left.\"}",
                "{\"id\":\"7\",\"text\":\"Kenya left.\"}",
                "{\"id\":{\"x\":1},\"text\":\"Chad left.\"}",
                "{\"id\":\"t\",\"text\":42}",
                "{\"id\":\"s\",\"title\":[1],\"source\":5,\"text\":\"Mali left.\"}"));
        List<Article> articles = reader.read(List.of(dir));
        assertThat(articles).extracting(Article::id).containsExactly("7", "7", "a.jsonl:4", "s");
        assertThat(articles.get(3).source()).isEqualTo("5");
        assertThat(articles.get(3).title()).isEmpty();
        String f = dir.resolve("a.jsonl").toString();
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                f + ":2: id '7' already names a different article (" + f + ":1): skipped; give each article its own id",
                f + ":4: \"id\" must be a string or a whole number, got an object: ignored",
                f + ":5: \"text\" must be a string, got a number: skipped",
                f + ":6: \"source\" should be a string, got a number: read as '5'",
                f + ":6: \"title\" should be a string, got an array: ignored");
    }

    @Test
    void hostileHtmlGivesOnlyItsVisibleText() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><head><title>Talks<script>alert('x')</script> today</title></head>"
                + "<body><p>Kenya met Uganda.&#0;</p><p>Chad left.</p><script>var s = 'Israel attacked Gaza.';");
        Files.writeString(dir.resolve("b.html"), "<html><body><p>Mali <b>stayed</b>.&#x0;</p><div>Niger &amp; Chad"
                + "<style>p { color: red }</style> watched.</div><!-- Libya attacked --></body></html>");
        List<Article> articles = reader.read(List.of(dir));
        assertThat(articles).extracting(Article::title).containsExactly("Talks today", "");
        assertThat(articles.get(0).text()).isEqualTo("Kenya met Uganda.\n\nChad left.");
        assertThat(articles.get(1).text()).isEqualTo("Mali stayed.\n\nNiger & Chad watched.");
        assertThat(articles).allMatch(a -> a.text().chars().noneMatch(c -> c < 0x20 && c != '\n'));
    }
}
