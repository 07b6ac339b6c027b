package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** The client side of live ingest: sends files to a running server and follows the job to its end. */
public final class ServerClient {
    private final ServerFile server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ServerClient(ServerFile server) {
        this.server = server;
    }

    /** What the server reported at the end of the job. */
    public record Result(String state, int written, int replaced, int skipped, int failed, long sentences,
                         long mentions, int newEvents, int inputProblems, double seconds, String error,
                         List<String> problems) {
    }

    /**
     * Queues {@code paths} (made absolute) on the server, then polls the job every
     * {@code pollMillis}, handing each progress line to {@code progress}, until it finishes.
     */
    public Result ingest(List<Path> paths, LocalDate date, boolean recode, long pollMillis, Consumer<String> progress)
            throws IOException, InterruptedException {
        ObjectNode body = Json.object();
        ArrayNode ps = body.putArray("paths");
        paths.forEach(p -> ps.add(p.toAbsolutePath().normalize().toString()));
        if (date != null) {
            body.put("date", date.toString());
        }
        body.put("recode", recode);
        JsonNode job = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/ingest"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + server.token())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))), 202);
        String status = job.path("status_url").asText();
        String last = "";
        while (!job.path("state").asText().equals("done") && !job.path("state").asText().equals("failed")) {
            Thread.sleep(pollMillis);
            job = send(HttpRequest.newBuilder(URI.create(server.url() + status)).GET(), 200);
            String line = line(job);
            if (!line.equals(last)) {
                progress.accept(line);
                last = line;
            }
        }
        List<String> problems = new java.util.ArrayList<>();
        job.path("problems").forEach(p -> problems.add(p.asText()));
        return new Result(job.path("state").asText(), job.path("written").asInt(), job.path("replaced").asInt(),
                job.path("skipped").asInt(), job.path("failed").asInt(), job.path("sentences").asLong(),
                job.path("mentions").asLong(), job.path("new_events").asInt(), job.path("input_problems").asInt(),
                job.path("seconds").asDouble(), job.path("error").isNull() ? null : job.path("error").asText(), problems);
    }

    static String line(JsonNode job) {
        return String.format("%s: %d/%d articles (%d already stored), %d event mentions, %d failed",
                job.path("state").asText(), job.path("done").asInt(), job.path("total").asInt(), job.path("skipped").asInt(),
                job.path("mentions").asLong(), job.path("failed").asInt());
    }

    private JsonNode send(HttpRequest.Builder req, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(req.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new IOException("server " + server.url() + " answered " + r.statusCode() + " with no JSON");
        }
        if (r.statusCode() != expected) {
            throw new IOException("server " + server.url() + " answered " + r.statusCode() + ": "
                    + json.path("error").asText(r.body()));
        }
        return json;
    }
}
