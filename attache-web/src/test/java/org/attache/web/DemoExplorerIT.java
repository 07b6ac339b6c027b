package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attache.eval.SampleCorpus;
import org.attache.model.Article;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The explorer on the demo corpus with CoreNLP, in headless Chromium: the dashboard is open
 * while the bundled sample articles are posted to the server and coded, and its counts grow
 * until every article is in; then every page is shown on the result and photographed
 * (target/screenshots/demo/, copied to docs/screenshots/); the store stays in
 * target/demo-explorer.duckdb.
 */
class DemoExplorerIT {
    @Test
    void explorerOnTheDemoStoreWhileAnIngestAddsArticles() throws Exception {
        List<Article> sample = SampleCorpus.articles();
        String token = "demo-explorer-token";
        // kept in target/ after the test (for `attache bench-serve --db` and a look by hand)
        Path db = Path.of("target", "demo-explorer.duckdb");
        java.nio.file.Files.deleteIfExists(db);
        java.nio.file.Files.deleteIfExists(Path.of("target", "demo-explorer.duckdb.wal"));
        try (ExplorerService service = new ExplorerService(db, Pipeline.builtIn(),
                CoreNlpEngine.factory(), 2);
             WebServer server = WebServer.start(service, new WebServer.Options("127.0.0.1", 0, token,
                     WebServer.DEFAULT_MAX_BODY));
             Browser browser = new Browser(Path.of("target", "screenshots", "demo"))) {
            browser.open(server.url() + "/#/dashboard");
            assertThat(browser.waitFor("#count-articles").getText()).isEqualTo("0");

            // the sample corpus arrives in batches of four, as a feed would deliver it; the next batch is sent
            // once the page shows the last one stored, so the page is seen growing however fast the coding is
            HttpClient http = HttpClient.newHttpClient();
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < sample.size(); i += 4) {
                ObjectNode body = Json.object();
                ArrayNode list = body.putArray("articles");
                for (Article a : sample.subList(i, Math.min(sample.size(), i + 4))) {
                    ObjectNode o = list.addObject();
                    o.put("id", a.id());
                    o.put("text", a.text());
                    o.put("date", a.date().toString());
                    o.put("source", a.source());
                    o.put("url", a.url());
                    o.put("title", a.title());
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/articles"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
                int stored = Math.min(sample.size(), i + 4);
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofMinutes(4))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .ignoring(NumberFormatException.class)
                        .until(d -> {
                            int n = Integer.parseInt(d.findElement(By.id("count-articles")).getText().trim());
                            if (seen.isEmpty() || seen.get(seen.size() - 1) != n) {
                                seen.add(n);
                            }
                            return n >= stored;
                        });
            }
            assertThat(seen.get(seen.size() - 1)).isEqualTo(sample.size());
            // the page showed the store growing: several counts between none and all
            assertThat(seen.stream().filter(n -> n > 0 && n < sample.size()).count()).isGreaterThanOrEqualTo(2);
            int events = Integer.parseInt(browser.waitFor("#count-events").getText().trim());
            assertThat(events).isGreaterThan(20);
            browser.wait.until(d -> d.findElements(By.cssSelector("#dyads tbody tr")).size() >= 5);
            browser.screenshot("dashboard");

            browser.open(server.url() + "/#/events?sort=-mentions");
            browser.waitFor(".event-row").click();
            browser.waitFor(".evidence .mention mark.k-trigger");
            browser.screenshot("events");

            browser.open(server.url() + "/#/network");
            browser.waitFor("#network .node").click();
            browser.waitFor("#network-panel h2");
            browser.screenshot("network");

            browser.open(server.url() + "/#/map");
            browser.waitFor("#map path.country");
            assertThat(browser.all("#map circle.place")).isNotEmpty();
            browser.screenshot("map");

            browser.open(server.url() + "/#/articles");
            WebElement link = browser.waitFor("#articles-table a.article-link");
            link.click();
            WebElement text = browser.waitFor("#article-text");
            assertThat(text.findElements(By.cssSelector("mark.k-actor"))).isNotEmpty();
            assertThat(text.findElements(By.cssSelector("mark.k-trigger"))).isNotEmpty();
            browser.screenshot("article");

            browser.open(server.url() + "/#/code");
            WebElement box = browser.waitFor("#code-text");
            box.clear();
            box.sendKeys("Pakistan rejected military cooperation with India on Monday, a government spokesman said. "
                    + "Kenyan troops attacked al-Shabaab positions near Mombasa yesterday, according to a military source.");
            browser.driver.findElement(By.id("code-button")).click();
            WebElement rows = browser.waitFor("#text-events .text-event");
            assertThat(rows.getText()).contains("PAK").contains("IND");
            browser.screenshot("code");
        }
    }
}
