package org.attache.store.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.attache.model.Article;

/**
 * Reads RSS/Atom feeds and lists of article URLs, downloads each article page and extracts its
 * text and date ({@link PageExtractor}). Polite: robots.txt is read once per host and obeyed
 * (its Crawl-delay raises the per-host delay), requests to one host are at least the delay
 * apart, and URLs in {@code seen} (the store's articles) are not downloaded again. Not
 * thread-safe: one fetch at a time.
 */
public final class ArticleFetcher {
    /** The crawler's product token (robots.txt) and User-Agent. */
    public static final String AGENT = "attache";

    /** Fetch settings: per-host delay, request timeout, most bytes read from one page. */
    public record Options(Duration delay, Duration timeout, int maxBytes) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(2), Duration.ofSeconds(30), 10_000_000);
        }
    }

    /** What one fetch did. */
    public record Result(List<Article> articles, int feeds, int skippedSeen, int skippedRobots, int failed) {
    }

    /** Waits between requests (the test gives one that records instead of sleeping). */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final HttpClient http;
    private final Options options;
    private final Sleeper sleeper;
    private final java.util.function.LongSupplier nanoTime;
    private final Map<String, RobotsTxt> robots = new HashMap<>();
    private final Map<String, Long> lastRequest = new HashMap<>();
    private final PageExtractor pages = new PageExtractor();
    private final FeedReader feeds = new FeedReader();

    public ArticleFetcher(Options options, Sleeper sleeper) {
        this(options, sleeper, System::nanoTime);
    }

    /** With the clock the per-host delay is measured on (tests pass one that moves only when sleeping). */
    public ArticleFetcher(Options options, Sleeper sleeper, java.util.function.LongSupplier nanoTime) {
        this.options = options;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(options.timeout())
                .build();
    }

    /**
     * Fetches the articles behind each source: an http(s) URL of a feed or of an article page, or a
     * local file holding a feed or a list of URLs (one a line, # comments). Problems are reported
     * through {@code problems} ("URL: what went wrong") and the rest goes on.
     */
    public Result fetch(List<String> sources, Set<String> seen, LocalDate today, Consumer<String> problems)
            throws InterruptedException {
        Set<String> urls = new LinkedHashSet<>();
        Map<String, FeedReader.Item> fromFeed = new HashMap<>();
        int feedCount = 0;
        int failed = 0;
        for (String src : sources) {
            try {
                String body;
                String type = "";
                String base;
                if (src.startsWith("http://") || src.startsWith("https://")) {
                    HttpResponse<byte[]> r = get(src);
                    if (r == null) {
                        problems.accept(src + ": disallowed by robots.txt");
                        continue;
                    }
                    if (r.statusCode() != 200) {
                        problems.accept(src + ": HTTP " + r.statusCode());
                        failed++;
                        continue;
                    }
                    body = new String(r.body(), StandardCharsets.UTF_8);
                    type = r.headers().firstValue("content-type").orElse("");
                    base = src;
                } else {
                    Path p = Path.of(src);
                    if (!Files.isRegularFile(p)) {
                        problems.accept(src + ": no such file (give an http(s) URL, a feed file or a file of URLs)");
                        failed++;
                        continue;
                    }
                    body = Files.readString(p, StandardCharsets.UTF_8);
                    base = p.toUri().toString();
                }
                if (FeedReader.isFeed(type, body)) {
                    feedCount++;
                    for (FeedReader.Item it : feeds.items(body, base)) {
                        urls.add(it.url());
                        fromFeed.put(it.url(), it);
                    }
                } else if (base.startsWith("http")) {
                    urls.add(src); // an article page itself (fetched again below only if not seen)
                } else {
                    for (String line : body.split("\r?\n")) {
                        String u = line.strip();
                        if (!u.isEmpty() && !u.startsWith("#")) {
                            urls.add(u);
                        }
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(src + ": " + e.getMessage());
                failed++;
            }
        }
        List<Article> out = new ArrayList<>();
        int skippedSeen = 0;
        int skippedRobots = 0;
        for (String url : urls) {
            if (seen.contains(url)) {
                skippedSeen++;
                continue;
            }
            if (!(url.startsWith("http://") || url.startsWith("https://"))) {
                problems.accept(url + ": not an http(s) URL");
                failed++;
                continue;
            }
            try {
                HttpResponse<byte[]> r = get(url);
                if (r == null) {
                    skippedRobots++;
                    problems.accept(url + ": disallowed by robots.txt, not fetched");
                    continue;
                }
                if (r.statusCode() != 200) {
                    problems.accept(url + ": HTTP " + r.statusCode());
                    failed++;
                    continue;
                }
                PageExtractor.Page page = pages.extract(new String(r.body(), StandardCharsets.UTF_8), url);
                if (page.text().isBlank()) {
                    problems.accept(url + ": no article text found in the page");
                    failed++;
                    continue;
                }
                FeedReader.Item item = fromFeed.get(url);
                LocalDate date = page.date() != null ? page.date() : item != null && item.date() != null ? item.date() : today;
                String title = !page.title().isEmpty() ? page.title() : item == null ? "" : item.title();
                String outlet = !page.outlet().isEmpty() ? page.outlet() : host(url);
                out.add(new Article(url, date, outlet, url, title, page.text()));
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(url + ": " + e.getMessage());
                failed++;
            }
        }
        return new Result(out, feedCount, skippedSeen, skippedRobots, failed);
    }

    /** GETs a URL after the host's robots.txt and delay; null when robots.txt disallows it. */
    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        URI u = URI.create(url);
        String host = hostKey(u);
        RobotsTxt rules = robots.get(host);
        if (rules == null) {
            rules = readRobots(u);
            robots.put(host, rules);
        }
        String path = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        if (!rules.allows(path)) {
            return null;
        }
        waitFor(host, rules);
        return send(u);
    }

    private RobotsTxt readRobots(URI u) throws IOException, InterruptedException {
        URI r = u.resolve("/robots.txt");
        waitFor(hostKey(u), RobotsTxt.ALLOW_ALL);
        HttpResponse<byte[]> resp = send(r);
        int code = resp.statusCode();
        if (code >= 500) {
            return RobotsTxt.DISALLOW_ALL;
        }
        if (code != 200) {
            return RobotsTxt.ALLOW_ALL;
        }
        return RobotsTxt.parse(new String(resp.body(), StandardCharsets.UTF_8), AGENT);
    }

    private HttpResponse<byte[]> send(URI u) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(u).timeout(options.timeout())
                .header("User-Agent", AGENT + "/0.1 (+https://github.com/attache; political event coding)").GET().build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (r.body().length > options.maxBytes()) {
            throw new IOException("page of " + r.body().length + " bytes is over the " + options.maxBytes() + " limit");
        }
        return r;
    }

    private void waitFor(String host, RobotsTxt rules) throws InterruptedException {
        long delayNanos = Math.max(options.delay().toNanos(), (long) (rules.crawlDelaySeconds() * 1e9));
        Long last = lastRequest.get(host);
        long now = nanoTime.getAsLong();
        if (last != null && now - last < delayNanos) {
            sleeper.sleep(Duration.ofNanos(delayNanos - (now - last)));
        }
        lastRequest.put(host, nanoTime.getAsLong());
    }

    private static String hostKey(URI u) {
        return PageExtractor.lower(u.getScheme() + "://" + u.getHost() + ":" + u.getPort());
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            h = h == null ? "" : h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
