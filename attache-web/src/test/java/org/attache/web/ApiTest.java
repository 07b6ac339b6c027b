package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over a hand-written store, through real HTTP (no NLP models: a hand-parsed engine). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    static final String TOKEN = "test-token-123";
    static final List<HandParsed.Parse> CODE_ME = List.of(new HandParsed.Parse(
            "Pakistan rejected|reject military cooperation with India", "NNP VBD JJ NN IN NNP",
            "2:nsubj 0:root 4:amod 2:obj 6:case 4:nmod"));

    ExplorerService service;
    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path dir) {
        Path db = dir.resolve("t.duckdb");
        Fixtures.write(db);
        HandParsed engine = new HandParsed(Map.of("code", CODE_ME));
        service = new ExplorerService(db, Pipeline.builtIn(), () -> engine, 1);
        server = WebServer.start(service, new WebServer.Options("127.0.0.1", 0, TOKEN, 64 * 1024));
    }

    @AfterAll
    void stop() {
        server.close();
        service.close();
    }

    record Reply(int status, JsonNode json) {
    }

    Reply get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), Json.MAPPER.readTree(r.body()));
    }

    Reply post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), Json.MAPPER.readTree(r.body()));
    }

    static List<String> codes(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.get("source_code").asText() + " " + e.get("code").asText() + " "
                + e.get("target_code").asText() + " " + e.get("status").asText()));
        return out;
    }

    @Test
    void eventsAreFilteredSortedAndPaged() throws Exception {
        Reply all = get("/api/events");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("total").asInt()).isEqualTo(5);
        // default order: date, then id
        assertThat(all.json().get("events").findValuesAsText("event_date"))
                .containsExactly("2024-03-11", "2024-03-17", "2024-03-17", "2024-03-18", "2024-03-19");
        assertThat(all.json().get("events").get(0).get("event_id").isTextual()).as("64-bit ids travel as strings").isTrue();

        assertThat(codes(get("/api/events?actor=pak&sort=-date").json().get("events")))
                .containsExactly("PAK 112 IND negated", "PAK 112 IND asserted");
        assertThat(codes(get("/api/events?root=19").json().get("events"))).containsExactly("KENMIL 190 UGA asserted");
        assertThat(codes(get("/api/events?quad=3&status=negated").json().get("events"))).containsExactly("PAK 112 IND negated");
        assertThat(codes(get("/api/events?text=shelling").json().get("events"))).containsExactly("PAK 112 IND asserted");
        assertThat(codes(get("/api/events?attribution_kind=anonymous").json().get("events")))
                .containsExactly("KENMIL 190 UGA asserted");
        assertThat(codes(get("/api/events?from=2024-03-18&to=2024-03-18").json().get("events")))
                .containsExactly("PAK 112 IND negated");
        assertThat(codes(get("/api/events?country=ken").json().get("events")))
                .containsExactlyInAnyOrder("KEN 040 UGA asserted", "KENMIL 190 UGA asserted");

        Reply page = get("/api/events?sort=-goldstein&limit=2&offset=1");
        assertThat(page.json().get("total").asInt()).isEqualTo(5);
        assertThat(page.json().get("events")).hasSize(2);
        assertThat(page.json().get("events").findValuesAsText("goldstein")).containsExactly("-2.0", "-2.0");
        assertThat(get("/api/events?sort=-goldstein&limit=1").json().get("events").get(0).get("code").asText()).isEqualTo("040");
        assertThat(get("/api/events?sort=goldstein&limit=1").json().get("events").get(0).get("code").asText()).isEqualTo("190");

        JsonNode first = get("/api/events?root=19").json().get("events").get(0);
        assertThat(first.get("sentence").asText()).startsWith("An anonymous source said Kenya attacked");
        assertThat(first.get("trigger").asText()).isEqualTo("attacked");
        int rel = first.get("trigger_start").asInt() - first.get("sentence_begin").asInt();
        assertThat(first.get("sentence").asText().substring(rel, rel + 8)).isEqualTo("attacked");
        assertThat(first.get("place_name").asText()).isEqualTo("Mombasa");
        assertThat(first.get("outlet").asText()).isEqualTo("Daily");
    }

    @Test
    void badParametersAre400WithTheField() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/events?quad=7", "quad",
                "/api/events?from=2024-13-01", "from",
                "/api/events?limit=0", "limit",
                "/api/events?limit=abc", "limit",
                "/api/events?sort=bogus", "sort",
                "/api/events?colour=red", "colour",
                "/api/events?code=1x", "code",
                "/api/events?from=2024-03-19&to=2024-03-01", "to",
                "/api/stats?top=1000", "top",
                "/api/actors?prefix=" + URLEncoder.encode("<x>", StandardCharsets.UTF_8), "prefix");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Reply r = get(c.getKey());
            assertThat(r.status()).as(c.getKey()).isEqualTo(400);
            assertThat(r.json().get("field").asText()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(r.json().get("error").asText()).as(c.getKey()).contains(c.getValue());
        }
        Reply twice = get("/api/events?quad=1&quad=2");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("field").asText()).isEqualTo("quad");
        assertThat(get("/api/events/abc").status()).isEqualTo(400);
        Reply none = get("/api/events/12345");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("error").asText()).contains("12345");
        Reply nowhere = get("/api/nowhere");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("error").asText()).contains("/api/nowhere");
    }

    @Test
    void eventDetailHasEveryMention() throws Exception {
        String id = get("/api/events?root=19").json().get("events").get(0).get("event_id").asText();
        Reply r = get("/api/events/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("event_id").asText()).isEqualTo(id);
        JsonNode m = r.json().get("mentions");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).get("article_key").asText()).isEqualTo(Fixtures.URL_KEY);
        assertThat(m.get(0).get("source_text").asText()).isEqualTo("Kenya");
        assertThat(m.get(0).get("attribution_kind").asText()).isEqualTo("anonymous");
        assertThat(m.get(0).get("place_lat").asDouble()).isEqualTo(-4.05);
    }

    @Test
    void articleByUrlKeyWithTextAndSpans() throws Exception {
        String path = "/api/articles/" + Fixtures.URL_KEY.replace("?", "%3F").replace("#", "%23");
        Reply r = get(path);
        assertThat(r.status()).as(r.json().toString()).isEqualTo(200);
        assertThat(r.json().get("article_key").asText()).isEqualTo(Fixtures.URL_KEY);
        String text = r.json().get("text").asText();
        assertThat(text).startsWith("An anonymous source said Kenya");
        assertThat(r.json().get("sentences")).hasSize(2);
        assertThat(r.json().get("events")).hasSize(2);
        Set<String> spans = new TreeSet<>();
        for (JsonNode s : r.json().get("spans")) {
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
            spans.add(s.get("kind").asText() + ":" + s.get("text").asText());
        }
        assertThat(spans).contains("actor:Kenya", "actor:Uganda", "trigger:attacked", "trigger:accuse",
                "attribution:An anonymous source", "time:yesterday", "actor:Pakistan");
        assertThat(get("/api/articles/a1").json().get("spans").findValuesAsText("text")).contains("on Monday");
        assertThat(get("/api/articles/missing").status()).isEqualTo(404);
        Reply list = get("/api/articles?text=mombasa");
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.json().get("articles").get(0).get("article_key").asText()).isEqualTo(Fixtures.URL_KEY);
    }

    @Test
    void statsNetworkPlacesAndActors() throws Exception {
        JsonNode s = get("/api/stats").json();
        assertThat(s.get("counts").get("articles").asInt()).isEqualTo(3);
        assertThat(s.get("counts").get("events").asInt()).isEqualTo(5);
        int stacked = 0;
        int anonymous = 0;
        for (JsonNode d : s.get("by_day")) {
            int q = d.get("quad1").asInt() + d.get("quad2").asInt() + d.get("quad3").asInt() + d.get("quad4").asInt();
            assertThat(q).isEqualTo(d.get("events").asInt());
            stacked += q;
            anonymous += d.get("anonymous").asInt();
        }
        assertThat(stacked).isEqualTo(5);
        assertThat(anonymous).isEqualTo(1);
        assertThat(s.get("by_quad").findValuesAsText("quad_class")).containsExactly("1", "3", "4");
        assertThat(s.get("top_dyads").get(0).get("source").asText()).isEqualTo("PAK");
        assertThat(s.get("top_dyads").get(0).get("events").asInt()).isEqualTo(2);
        assertThat(get("/api/stats?actor=KEN").json().get("selected").get("events").asInt()).isEqualTo(2);

        JsonNode net = get("/api/network").json();
        assertThat(net.get("edges")).hasSize(4);
        assertThat(net.get("nodes").findValuesAsText("code")).contains("PAK", "IND", "KENMIL", "UGA");

        JsonNode places = get("/api/places").json();
        assertThat(places.get("places").findValuesAsText("name")).contains("Mombasa");
        assertThat(places.get("without_coordinates").asInt()).isEqualTo(3);

        JsonNode actors = get("/api/actors?prefix=ke").json().get("actors");
        assertThat(actors.findValuesAsText("code")).containsExactlyInAnyOrder("KEN", "KENMIL");
        JsonNode top = get("/api/actors?limit=1").json().get("actors").get(0);
        assertThat(top.get("events").asInt()).isEqualTo(2);
    }

    @Test
    void codeReturnsEventsWithoutStoring() throws Exception {
        long before = get("/api/stats").json().get("counts").get("articles").asLong();
        String text = HandParsed.text(CODE_ME);
        Reply r = post("/api/code", "{\"text\": \"" + text + "\", \"date\": \"2024-03-17\", \"outlet\": \"Wire\"}", null);
        assertThat(r.status()).as(r.json().toString()).isEqualTo(200);
        JsonNode e = r.json().get("events").get(0);
        assertThat(e.get("source").get("code").asText() + " " + e.get("code").asText() + " "
                + e.get("target").get("code").asText()).isEqualTo("PAK 1212 IND");
        assertThat(r.json().get("sourcing").get("events").asInt()).isEqualTo(1);
        assertThat(r.json().get("spans").findValuesAsText("kind")).contains("actor", "trigger");
        assertThat(get("/api/stats").json().get("counts").get("articles").asLong()).isEqualTo(before);

        Reply bad = post("/api/code", "{\"text\": \"x\", \"date\": \"17/03/2024\"}", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("date");
        Reply extra = post("/api/code", "{\"text\": \"x\", \"colour\": \"red\"}", null);
        assertThat(extra.json().get("field").asText()).isEqualTo("colour");
        Reply notJson = post("/api/code", "{text", null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("error").asText()).contains("not valid JSON");
        assertThat(post("/api/code", "{\"date\": \"2024-01-01\"}", null).json().get("field").asText()).isEqualTo("text");
    }

    @Test
    void writesNeedTheTokenAndShowUpLive() throws Exception {
        String body = "{\"articles\": [{\"id\": \"live-1\", \"text\": \"Chad met Mali. They talked.\", \"date\": \"2024-04-01\"},"
                + "{\"id\": \"live-2\", \"text\": \"Niger watched.\", \"source\": \"Wire\"}]}";
        assertThat(post("/api/articles", body, null).status()).isEqualTo(401);
        assertThat(post("/api/articles", body, "wrong-token-1").status()).isEqualTo(403);
        assertThat(post("/api/ingest", "{\"paths\": [\"/\"]}", null).status()).isEqualTo(401);
        Reply bad = post("/api/articles", "{\"articles\": [{\"id\": \"x\", \"text\": \"ok\"}, {\"text\": \"\"}]}", TOKEN);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("articles[1].text");

        long before = get("/api/stats").json().get("counts").get("articles").asLong();
        Reply ok = post("/api/articles", body, TOKEN);
        assertThat(ok.status()).as(ok.json().toString()).isEqualTo(202);
        String status = ok.json().get("status_url").asText();
        JsonNode job = ok.json();
        for (int i = 0; i < 200 && !job.get("state").asText().equals("done"); i++) {
            Thread.sleep(50);
            job = get(status).json();
            assertThat(job.get("state").asText()).isNotEqualTo("failed");
        }
        assertThat(job.get("state").asText()).isEqualTo("done");
        assertThat(job.get("written").asInt()).isEqualTo(2);
        assertThat(get("/api/stats").json().get("counts").get("articles").asLong()).isEqualTo(before + 2);
        assertThat(get("/api/articles/live-2").json().get("outlet").asText()).isEqualTo("Wire");
        assertThat(get("/api/ingest").json().findValuesAsText("state")).contains("done");

        Reply rel = post("/api/ingest", "{\"paths\": [\"relative/dir\"]}", TOKEN);
        assertThat(rel.status()).isEqualTo(400);
        assertThat(rel.json().get("field").asText()).isEqualTo("paths[0]");
    }

    @Test
    void longTextsAreRefusedByTheCodeEndpoint() {
        com.fasterxml.jackson.databind.node.ObjectNode body = Json.object();
        body.put("text", "Kenya met Uganda. ".repeat(6000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.code(body))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("text");
                });
    }

    @Test
    void bodiesAreSizeLimited() throws Exception {
        String big = "{\"text\": \"" + "x".repeat(100_000) + "\"}";
        Reply r = post("/api/code", big, null);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).contains("limit");
    }

    @Test
    void onlyLoopbackHostNamesAreAnswered() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/stats HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 421");
        }
        assertThat(WebServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(WebServer.isLoopback("0.0.0.0")).isFalse();
    }

    @Test
    void openApiDescribesExactlyTheRoutes() throws Exception {
        Reply r = get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("openapi").asText()).startsWith("3.");
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.json().get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey()));
        }
        assertThat(described).isEqualTo(new TreeSet<>(WebServer.ROUTES));
        // every filter parameter of the events endpoint is documented under its API name
        JsonNode params = r.json().get("paths").get("/api/events").get("get").get("parameters");
        List<String> names = new ArrayList<>();
        for (JsonNode p : params) {
            names.add(p.has("$ref") ? p.get("$ref").asText().replaceFirst(".*/", "") : p.get("name").asText());
        }
        assertThat(names).containsAll(Params.FILTERS);
    }

    @Test
    void pagesAreServedWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<title>Attaché");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
