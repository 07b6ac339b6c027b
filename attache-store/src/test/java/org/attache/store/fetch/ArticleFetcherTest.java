package org.attache.store.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.attache.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from a news site served on the loopback interface by the JDK's own HTTP server (never the internet). */
class ArticleFetcherTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    static final String ARTICLE = """
            <!doctype html><html><head><title>Kenya and Uganda hold talks | Daily Wire</title>
            <meta property="og:site_name" content="Daily Wire">
            <meta property="article:published_time" content="2024-03-18T09:15:00+03:00">
            <script>var ads = "Kenya bombs Uganda";</script></head>
            <body><nav><a href="/">Home</a> <p>Subscribe now</p></nav>
            <header><p>Breaking: markets</p></header>
            <article><h1>Kenya and Uganda hold talks</h1>
            <p>NAIROBI, March 18 - Kenya held talks with Uganda on Monday.</p>
            <p>The two countries signed a trade deal, officials said.</p>
            <aside><p>Related: weather</p></aside></article>
            <footer><p>Copyright Daily Wire</p></footer></body></html>""";

    static final String UNDATED = """
            <html><head><title>Chad rejects plan</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-03-16"}</script>
            </head><body><div class="menu"><p>Home</p></div>
            <div class="story"><p>Chad rejected the plan.</p><p>Niger welcomed it.</p></div></body></html>""";

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, String> pages = Map.of(
                "/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n\nUser-agent: otherbot\nDisallow: /\n",
                "/news/talks", ARTICLE,
                "/news/chad", UNDATED,
                "/private/secret", "<html><body><p>Not for robots.</p></body></html>",
                "/feed.xml", "");
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            String body = path.equals("/feed.xml") ? feed() : pages.get(path);
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String feed() {
        return """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Daily Wire</title>
                <item><title>Kenya and Uganda hold talks</title><link>%1$s/news/talks</link><pubDate>Mon, 18 Mar 2024 06:15:00 GMT</pubDate></item>
                <item><title>Chad rejects plan</title><link>/news/chad</link><pubDate>Sat, 16 Mar 2024 10:00:00 GMT</pubDate></item>
                <item><title>Secret</title><link>%1$s/private/secret</link></item>
                <item><title>Gone</title><link>%1$s/news/gone</link></item>
                </channel></rss>""".formatted(base);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A clock that moves only when the fetcher sleeps, so the waits do not depend on the machine's speed. */
    private final long[] fakeNanos = {0};

    private ArticleFetcher fetcher() {
        return new ArticleFetcher(new ArticleFetcher.Options(Duration.ofMillis(500), Duration.ofSeconds(120), 1_000_000),
                d -> {
                    waits.add(d);
                    fakeNanos[0] += d.toNanos();
                }, () -> fakeNanos[0]);
    }

    @Test
    void aFeedsArticlesAreFetchedPolitelyAndExtracted() throws Exception {
        ArticleFetcher.Result r = fetcher().fetch(List.of(base + "/feed.xml"), Set.of(), LocalDate.of(2024, 3, 20),
                problems::add);
        assertThat(r.feeds()).isEqualTo(1);
        assertThat(r.articles()).hasSize(2);
        Article talks = r.articles().get(0);
        assertThat(talks.id()).isEqualTo(base + "/news/talks");
        assertThat(talks.url()).isEqualTo(talks.id());
        assertThat(talks.date()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(talks.source()).isEqualTo("Daily Wire");
        assertThat(talks.title()).isEqualTo("Kenya and Uganda hold talks | Daily Wire");
        assertThat(talks.text()).isEqualTo("NAIROBI, March 18 - Kenya held talks with Uganda on Monday.\n\n"
                + "The two countries signed a trade deal, officials said.");
        Article chad = r.articles().get(1);
        assertThat(chad.date()).isEqualTo(LocalDate.of(2024, 3, 16)); // JSON-LD datePublished
        assertThat(chad.text()).isEqualTo("Chad rejected the plan.\n\nNiger welcomed it.");
        assertThat(chad.source()).isEqualTo("127.0.0.1");
        // robots.txt read once and obeyed
        assertThat(hits.get("/robots.txt")).isEqualTo(1);
        assertThat(hits).doesNotContainKey("/private/secret");
        assertThat(r.skippedRobots()).isEqualTo(1);
        assertThat(r.failed()).isEqualTo(1);
        assertThat(problems).anyMatch(p -> p.endsWith("/news/gone: HTTP 404"));
        // the feed, the two articles and the missing page each wait the Crawl-delay after the previous request
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }

    @Test
    void alreadySeenUrlsAreNotDownloadedAgainAndAUrlListWorks() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# today's links\n" + base + "/news/talks\n" + base + "/news/chad\n\nftp://x/y\n");
        ArticleFetcher.Result r = fetcher().fetch(List.of(list.toString()), Set.of(base + "/news/talks"),
                LocalDate.of(2024, 3, 20), problems::add);
        assertThat(r.skippedSeen()).isEqualTo(1);
        assertThat(r.articles()).extracting(Article::id).containsExactly(base + "/news/chad");
        assertThat(hits).doesNotContainKey("/news/talks");
        assertThat(problems).containsExactly("ftp://x/y: not an http(s) URL");
    }

    @Test
    void robotsRules() {
        RobotsTxt r = RobotsTxt.parse("""
                User-agent: *
                Disallow: /
                User-agent: attache
                Allow: /news/
                Disallow: /news/drafts
                Disallow: /*.pdf$
                Crawl-delay: 3
                """, "attache");
        assertThat(r.allows("/news/a")).isTrue();
        assertThat(r.allows("/news/drafts/1")).isFalse();
        assertThat(r.allows("/news/x.pdf")).isFalse();
        assertThat(r.allows("/news/x.pdf?page=2")).isTrue();
        assertThat(r.allows("/about")).isTrue(); // our group has no rule for it: the * group does not apply
        assertThat(r.crawlDelaySeconds()).isEqualTo(3.0);
        RobotsTxt star = RobotsTxt.parse("User-agent: *\nDisallow: /private/\nAllow: /private/open\n", "attache");
        assertThat(star.allows("/private/x")).isFalse();
        assertThat(star.allows("/private/open/1")).isTrue();
        assertThat(star.allows("/")).isTrue();
    }
}
