package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drives the REST API of a server on this machine with concurrent clients for a fixed time and
 * reports throughput, latency percentiles and errors, per endpoint and overall. Each client
 * sends one request at a time (a closed loop), picking from a mix of read requests built from
 * the store's own ids and actors. Only loopback addresses are accepted as targets.
 */
public final class LoadHarness {
    private final String base;
    private final HttpClient http;

    public LoadHarness(String baseUrl) {
        URI u = URI.create(baseUrl);
        if (u.getHost() == null || !WebServer.isLoopback(u.getHost())) {
            throw new IllegalArgumentException("the load harness only targets this machine (127.0.0.1, localhost), not "
                    + baseUrl);
        }
        this.base = baseUrl.replaceFirst("/$", "");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "load-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    /** Latencies of one endpoint (or all). */
    public record Figures(String name, long requests, long errors, double perSecond, double p50, double p95, double p99,
                          double max) {
        public String line() {
            return String.format("%-14s %8d requests %8.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %d errors",
                    name, requests, perSecond, p50, p95, p99, max, errors);
        }
    }

    /** Runs {@code clients} closed-loop clients for {@code seconds}; the first figures are the overall ones. */
    public List<Figures> run(int clients, double seconds) throws Exception {
        List<String[]> mix = mix();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, long[]>>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> client(mix, end)));
        }
        Map<String, List<long[]>> byName = new LinkedHashMap<>();
        for (Future<Map<String, long[]>> f : results) {
            f.get().forEach((k, v) -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Figures> out = new ArrayList<>();
        List<long[]> everything = new ArrayList<>();
        byName.values().forEach(everything::addAll);
        out.add(figures("all", everything, elapsed));
        byName.forEach((k, v) -> out.add(figures(k, v, elapsed)));
        return out;
    }

    /** Request mix: name and path. */
    private List<String[]> mix() throws Exception {
        JsonNode events = get("/api/events?limit=200&sort=-mentions").get("events");
        JsonNode actors = get("/api/actors?limit=50").get("actors");
        if (events.isEmpty()) {
            throw new IllegalStateException("the store has no events: run `attache demo` (or an ingest) first");
        }
        List<String[]> mix = new ArrayList<>();
        for (int i = 0; i < Math.min(50, events.size()); i++) {
            JsonNode e = events.get(i);
            mix.add(new String[] {"event", "/api/events/" + e.get("event_id").asText()});
            mix.add(new String[] {"article", "/api/articles/" + java.net.URLEncoder.encode(e.get("article_key").asText(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20")});
        }
        for (int i = 0; i < Math.min(20, actors.size()); i++) {
            String a = actors.get(i).get("code").asText();
            mix.add(new String[] {"events", "/api/events?actor=" + a + "&sort=-date&limit=25"});
            mix.add(new String[] {"stats", "/api/stats?actor=" + a});
            mix.add(new String[] {"actors", "/api/actors?prefix=" + a.substring(0, Math.min(2, a.length()))});
        }
        for (String root : List.of("01", "04", "12", "19")) {
            mix.add(new String[] {"events", "/api/events?root=" + root + "&limit=50"});
        }
        mix.add(new String[] {"stats", "/api/stats"});
        mix.add(new String[] {"network", "/api/network"});
        return mix;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }

    /** One client's loop: per request name, {count, errors, latencies in µs...} packed as a growing array. */
    private Map<String, long[]> client(List<String[]> mix, long end) {
        Map<String, long[]> lat = new LinkedHashMap<>();
        Map<String, Integer> n = new LinkedHashMap<>();
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            String[] req = mix.get(rnd.nextInt(mix.size()));
            long t = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + req[1]))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                ok = r.statusCode() == 200;
            } catch (Exception e) {
                ok = false;
            }
            long micros = (System.nanoTime() - t) / 1000;
            long[] a = lat.computeIfAbsent(req[0], k -> new long[64]);
            int i = n.merge(req[0], 1, Integer::sum) + 1;
            if (i >= a.length) {
                a = Arrays.copyOf(a, a.length * 2);
                lat.put(req[0], a);
            }
            a[0] = i - 1;
            a[1] += ok ? 0 : 1;
            a[i] = micros;
        }
        return lat;
    }

    private static Figures figures(String name, List<long[]> parts, double elapsed) {
        long count = 0;
        long errors = 0;
        for (long[] p : parts) {
            count += p[0];
            errors += p[1];
        }
        long[] all = new long[(int) count];
        int k = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 2, all, k, (int) p[0]);
            k += (int) p[0];
        }
        Arrays.sort(all);
        return new Figures(name, count, errors, count / elapsed, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
        return sorted[i] / 1000.0;
    }
}
