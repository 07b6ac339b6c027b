package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.attache.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed commands end to end with CoreNLP: fetch from a loopback news site, watch a folder. */
class FeedIT {
    @TempDir
    Path dir;

    private record Run(int rc, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fetchDownloadsAFeedsArticlesOnceAndCodesThem() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Talks</title>"
                + "<link>" + base + "/news/1</link><pubDate>Mon, 18 Mar 2024 06:15:00 GMT</pubDate></item></channel></rss>";
        String page = "<html><head><title>Talks</title><meta property=\"og:site_name\" content=\"Daily Wire\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-18T09:15:00Z\"></head><body>"
                + "<nav><p>Home</p></nav><article><p>Pakistan rejected military cooperation with India on Monday.</p>"
                + "</article></body></html>";
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String body = path.equals("/feed.xml") ? feed : path.equals("/news/1") ? page : null;
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                byte[] b = body.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
        try {
            Path db = dir.resolve("f.duckdb");
            Run first = run("fetch", base + "/feed.xml", "--db", db.toString(), "--delay", "0", "--threads", "1");
            assertThat(first.rc).as(first.err).isZero();
            assertThat(first.err).contains("1 article(s) downloaded from 1 feed(s)");
            try (EventStore s = EventStore.openReadOnly(db)) {
                assertThat(s.rows("SELECT article_key, outlet, CAST(published AS VARCHAR) FROM articles"))
                        .containsExactly(List.of(base + "/news/1", "Daily Wire", "2024-03-18"));
                assertThat(s.rows("SELECT source_code, code, target_code FROM events"))
                        .containsExactly(List.of("PAK", "1212", "IND"));
            }
            Run again = run("fetch", base + "/feed.xml", "--db", db.toString(), "--delay", "0");
            assertThat(again.rc).isZero();
            assertThat(again.err).contains("0 article(s) downloaded", "1 already stored");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void watchIngestsNewFilesOnceEach() throws Exception {
        Path drop = dir.resolve("drop");
        Files.createDirectories(drop);
        Path f = drop.resolve("wire.jsonl");
        Files.writeString(f, "{\"id\":\"w1\",\"date\":\"2024-03-18\",\"source\":\"Wire\",\"text\":\"Kenya criticised Uganda on Monday.\"}\n");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
        Path db = dir.resolve("w.duckdb");
        Run first = run("watch", drop.toString(), "--db", db.toString(), "--once", "--threads", "1");
        assertThat(first.rc).as(first.err).isZero();
        assertThat(first.out).contains("1 stored");
        try (EventStore s = EventStore.openReadOnly(db)) {
            assertThat(s.rows("SELECT source_code, code, target_code FROM events")).containsExactly(List.of("KEN", "111", "UGA"));
        }
        Run second = run("watch", drop.toString(), "--db", db.toString(), "--once");
        assertThat(second.rc).isZero();
        assertThat(second.out).contains("nothing new in 1 file(s)");
    }
}
