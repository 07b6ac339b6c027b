package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The explorer pages in headless Chromium against a server on the hand-written store (no NLP
 * models: a hand-parsed engine codes the live articles): every page loads and shows the
 * store's data, filters and sorting change the table, a row opens its evidence, the reader
 * marks spans, the code box codes, the counts grow while articles are posted, and no hostile
 * string from the store becomes markup. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerIT {
    static final String TOKEN = "browser-test-token";
    static final String[][] PAIRS = {{"Kenya", "Uganda"}, {"Chad", "Mali"}, {"Peru", "Chile"}, {"Egypt", "Sudan"},
        {"Japan", "China"}, {"Iran", "Iraq"}};

    ExplorerService service;
    WebServer server;
    Browser browser;
    final Map<String, List<HandParsed.Parse>> known = new HashMap<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("explorer.duckdb");
        Fixtures.write(db);
        known.put("code", ApiTest.CODE_ME);
        for (String[] p : PAIRS) {
            known.put(p[0], List.of(new HandParsed.Parse(p[0] + " rejected|reject military cooperation with " + p[1],
                    "NNP VBD JJ NN IN NNP", "2:nsubj 0:root 4:amod 2:obj 6:case 4:nmod")));
        }
        HandParsed engine = new HandParsed(known);
        service = new ExplorerService(db, Pipeline.builtIn(), () -> engine, 1);
        server = WebServer.start(service, new WebServer.Options("127.0.0.1", 0, TOKEN, WebServer.DEFAULT_MAX_BODY));
        browser = new Browser(Path.of("target", "screenshots"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        service.close();
    }

    private void go(String hash) {
        browser.open(server.url() + "/" + hash);
    }

    private int number(String css) {
        return Integer.parseInt(browser.waitFor(css).getText().trim());
    }

    /** No hostile string became markup: no injected script ran, no event handler or javascript: link exists. */
    private void assertNothingInjected() {
        assertThat(browser.js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.js("return [...document.querySelectorAll('#main *')].filter(e => [...e.attributes]"
                + ".some(a => a.name.startsWith('on'))).length")).isEqualTo(0L);
        assertThat(browser.js("return document.querySelectorAll('#main script, #main img, #main iframe').length"))
                .isEqualTo(0L);
        assertThat(browser.js("return [...document.querySelectorAll('a[href]')].filter(a => "
                + "/^\\s*javascript:/i.test(a.getAttribute('href'))).length")).isEqualTo(0L);
    }

    @Test
    void dashboardShowsTheStoreAndGrowsWhileArticlesArrive() throws Exception {
        go("#/dashboard");
        int articles = number("#count-articles");
        int events = number("#count-events");
        assertThat(articles).isGreaterThanOrEqualTo(3);
        assertThat(browser.all("#day-chart rect[data-quad]")).isNotEmpty();
        assertThat(browser.waitFor("#dyads").getText()).contains("PAK", "IND");
        browser.screenshot("dashboard");

        // an ingest adds articles one by one through the API while the page is open
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread poster = new Thread(() -> {
            HttpClient http = HttpClient.newHttpClient();
            try {
                for (String[] p : PAIRS) {
                    String body = "{\"text\": \"" + HandParsed.text(known.get(p[0])) + "\", \"date\": \"2024-03-20\"}";
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/articles"))
                            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 202) {
                        throw new IllegalStateException(r.body());
                    }
                    Thread.sleep(700);
                }
            } catch (Exception e) {
                failure.set(e);
            }
        });
        poster.start();
        List<Integer> seen = new ArrayList<>();
        browser.wait.until(d -> {
            int n = Integer.parseInt(browser.waitFor("#count-articles").getText().trim());
            if (seen.isEmpty() || seen.get(seen.size() - 1) != n) {
                seen.add(n);
            }
            return n == articles + PAIRS.length;
        });
        poster.join();
        assertThat(failure.get()).isNull();
        // the page refreshed itself more than once on the way (the counts grew, not jumped at a reload)
        assertThat(seen.size()).isGreaterThanOrEqualTo(2);
        assertThat(seen.get(0)).isLessThan(articles + PAIRS.length);
        browser.wait.until(d -> number("#count-events") == events + PAIRS.length);
        browser.wait.until(d -> d.findElement(By.id("live-counts")).getText().contains((articles + PAIRS.length) + " articles"));
    }

    @Test
    void eventTableFiltersSortsPagesAndOpensEvidence() throws Exception {
        go("#/events");
        browser.waitFor(".event-row");
        int all = browser.all(".event-row").size();
        assertThat(all).isGreaterThanOrEqualTo(5);

        WebElement actor = browser.waitFor("#events-filters input[name=actor]");
        actor.sendKeys("PAK");
        browser.driver.findElement(By.cssSelector("#events-filters button[type=submit]")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("actor=PAK"));
        browser.wait.until(d -> browser.all(".event-row").size() == 2);
        for (WebElement row : browser.all(".event-row")) {
            assertThat(row.getText()).contains("PAK").contains("IND");
        }
        // sort by Goldstein, then descending
        browser.driver.findElement(By.cssSelector("a.sort[data-sort=date]")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("sort=-date"));
        browser.wait.until(d -> browser.all(".event-row").get(0).getText().startsWith("2024-03-18"));

        // a row opens its evidence: the sentence with actors and trigger marked, and the article link
        browser.all(".event-row").get(0).click();
        WebElement evidence = browser.waitFor(".evidence .mention");
        assertThat(evidence.findElement(By.cssSelector("mark.k-trigger")).getText()).isEqualTo("accuse");
        assertThat(evidence.findElements(By.cssSelector("mark.k-actor"))).hasSize(2);
        assertThat(evidence.getText()).contains("negated");
        browser.screenshot("events");

        evidence.findElement(By.cssSelector("a.article-link")).click();
        WebElement text = browser.waitFor("#article-text");
        assertThat(text.getText()).startsWith("An anonymous source said Kenya attacked Uganda");
        assertThat(browser.driver.findElement(By.id("article-title")).getText()).isEqualTo("Clashes near Mombasa");

        go("#/events?quad=4");
        browser.wait.until(d -> browser.all(".event-row").size() == 1);
        assertThat(browser.all(".event-row").get(0).getText()).contains("KENMIL", "190");
        go("#/events?quad=9");
        assertThat(browser.waitFor(".error").getText()).contains("quad");
    }

    @Test
    void readerMarksActorsTriggersAttributionsAndTimes() throws Exception {
        go("#/article/" + java.net.URLEncoder.encode(Fixtures.URL_KEY, java.nio.charset.StandardCharsets.UTF_8));
        WebElement text = browser.waitFor("#article-text");
        List<String> actors = text.findElements(By.cssSelector("mark.k-actor")).stream().map(WebElement::getText).toList();
        assertThat(actors).contains("Kenya", "Uganda", "Pakistan", "India");
        assertThat(text.findElements(By.cssSelector("mark.k-trigger")).stream().map(WebElement::getText).toList())
                .contains("attacked", "accuse");
        assertThat(text.findElements(By.cssSelector("mark.k-attribution")).stream().map(WebElement::getText).toList())
                .contains("An anonymous source");
        assertThat(text.findElements(By.cssSelector("mark.k-time")).stream().map(WebElement::getText).toList())
                .contains("yesterday");
        assertThat(browser.all("#text-events .text-event")).hasSize(2);
        browser.screenshot("article");
    }

    @Test
    void hostileStringsStayText() throws Exception {
        for (String page : List.of("#/dashboard", "#/events", "#/events?actor=TCD", "#/articles", "#/article/hostile",
                "#/network", "#/map")) {
            go(page);
            browser.waitFor("#main h1");
            Thread.sleep(300);
            assertNothingInjected();
        }
        go("#/article/hostile");
        browser.waitFor("#article-text");
        String text = browser.waitFor("#main").getText();
        for (String h : Fixtures.HOSTILE) {
            assertThat(text).contains(h);
        }
        assertThat(browser.driver.findElement(By.id("article-title")).getText()).isEqualTo(Fixtures.HOSTILE.get(0));
        // the outlet's URL is not http(s): shown as text, never a link
        go("#/events?actor=TCD");
        browser.waitFor(".event-row").click();
        WebElement evidence = browser.waitFor(".evidence");
        assertThat(evidence.getText()).contains(Fixtures.HOSTILE.get(3));
        assertNothingInjected();
        browser.screenshot("hostile");
    }

    @Test
    void networkClickFiltersToTheActor() throws Exception {
        go("#/network");
        browser.waitFor("#network .node");
        assertThat(browser.all("#network line.edge")).hasSizeGreaterThanOrEqualTo(4);
        browser.waitFor("#network .node[data-code=PAK]").click();
        WebElement panel = browser.waitFor("#network-panel h2");
        assertThat(panel.getText()).isEqualTo("PAK");
        assertThat(browser.all("#network line.edge.dim")).isNotEmpty();
        for (WebElement e : browser.all("#network line.edge:not(.dim)")) {
            assertThat(List.of(e.getAttribute("data-source"), e.getAttribute("data-target"))).contains("PAK");
        }
        browser.screenshot("network");
        browser.driver.findElement(By.id("network-events-link")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("#/events?actor=PAK"));
        browser.waitFor(".event-row");
    }

    @Test
    void mapDrawsCountriesAndPlaces() throws Exception {
        go("#/map");
        browser.waitFor("#map circle.place");
        assertThat(browser.all("#map path.country").size()).isGreaterThan(150);
        assertThat(browser.all("#map circle.place[data-name=Mombasa]")).hasSize(1);
        browser.all("#map circle.place[data-name=Mombasa]").get(0).click();
        assertThat(browser.waitFor("#map-panel h2").getText()).isEqualTo("Mombasa");
        assertThat(browser.driver.findElement(By.id("map-note")).getText()).contains("no coordinates");
        browser.screenshot("map");
    }

    @Test
    void codeBoxCodesATextAndShowsItMarked() throws Exception {
        go("#/code");
        WebElement box = browser.waitFor("#code-text");
        box.clear();
        box.sendKeys(HandParsed.text(ApiTest.CODE_ME));
        browser.driver.findElement(By.id("code-button")).click();
        WebElement result = browser.waitFor("#code-annotated");
        assertThat(result.findElements(By.cssSelector("mark.k-trigger")).get(0).getText()).isEqualTo("rejected");
        WebElement row = browser.waitFor("#text-events .text-event");
        assertThat(row.getText()).contains("PAK").contains("1212").contains("IND");
        browser.screenshot("code");

        box = browser.waitFor("#code-text");
        box.clear();
        browser.driver.findElement(By.id("code-button")).click();
        assertThat(browser.waitFor("#code-result .error").getText()).contains("text");
    }
}
