package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP edge: Javalin routes that parse a request, call {@link ExplorerService} and write
 * JSON; the explorer pages are static files from the classpath. Binds 127.0.0.1 unless told
 * otherwise; write endpoints need the token given at start-up; bodies are size-limited; every
 * error is JSON ({"error", "field", "status"}), bad input a 4xx.
 */
public final class WebServer implements AutoCloseable {
    /** How to serve: {@code maxBodyBytes} caps every request body (413 beyond it). */
    public record Options(String host, int port, String token, long maxBodyBytes) {
        public Options {
            if (token == null || token.length() < 8) {
                throw new IllegalArgumentException("the write token must have at least 8 characters");
            }
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("the body limit must be at least 1024 bytes, was " + maxBodyBytes);
            }
        }
    }

    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;
    /** Every route, for the OpenAPI check ("METHOD path" with {param} placeholders). */
    static final Set<String> ROUTES = Set.of("GET /api/health", "GET /api/openapi.json", "GET /api/events",
            "GET /api/events/{id}", "GET /api/articles", "GET /api/articles/{id}", "POST /api/articles",
            "GET /api/stats", "GET /api/actors", "GET /api/network", "GET /api/places", "POST /api/code",
            "GET /api/ingest", "POST /api/ingest", "GET /api/ingest/{id}");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final Options options;
    private final ExplorerService service;

    private WebServer(ExplorerService service, Options options) {
        this.service = service;
        this.options = options;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.defaultContentType = "application/json";
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/attache/web/static";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
                        "Cache-Control", "no-cache");
            });
        });
        routes();
    }

    /** Starts serving {@code service}; {@code port} 0 picks a free port. */
    public static WebServer start(ExplorerService service, Options options) {
        WebServer s = new WebServer(service, options);
        s.app.start(options.host(), options.port());
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:7070}. */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        if (h.equals("0.0.0.0")) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port();
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            checkHost(ctx);
            if (ctx.method().name().equals("POST")) {
                String len = ctx.header("Content-Length");
                if (len != null && len.matches("[0-9]{1,18}") && Long.parseLong(len) > options.maxBodyBytes()) {
                    throw new ApiException(413, null, "request body of " + len + " bytes is over the limit of "
                            + options.maxBodyBytes() + " bytes; send fewer articles per request");
                }
            }
        });
        get("/api/health", ctx -> {
            ObjectNode o = Json.object();
            o.put("status", "ok");
            o.put("db", service.db().toAbsolutePath().toString());
            o.put("service", "attache");
            return o;
        });
        app.get("/api/openapi.json", ctx -> {
            try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        get("/api/events", ctx -> service.events(params(ctx, Params.FILTERS, "sort", "offset", "limit")));
        get("/api/events/{id}", ctx -> service.event(ctx.pathParam("id")));
        get("/api/articles", ctx -> service.articles(params(ctx, java.util.List.of(), "text", "offset", "limit")));
        // article keys are often URLs: the path parameter takes the rest of the path, slashes included
        get("/api/articles/<id>", ctx -> service.article(ctx.pathParam("id")));
        get("/api/stats", ctx -> service.stats(params(ctx, Params.FILTERS, "days", "top")));
        get("/api/actors", ctx -> service.actors(params(ctx, java.util.List.of(), "prefix", "limit")));
        get("/api/network", ctx -> service.network(params(ctx, Params.FILTERS, "limit")));
        get("/api/places", ctx -> service.places(params(ctx, Params.FILTERS, "limit")));
        get("/api/ingest", ctx -> service.ingestJobs());
        get("/api/ingest/{id}", ctx -> service.ingestJob(ctx.pathParam("id")));
        post("/api/code", false, ctx -> service.code(body(ctx)));
        post("/api/articles", true, ctx -> {
            ctx.status(202);
            return service.postArticles(body(ctx));
        });
        post("/api/ingest", true, ctx -> {
            ctx.status(202);
            return service.postIngest(body(ctx));
        });

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.field(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), null, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("attache serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, null, "internal error: " + e.getMessage());
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                error(ctx, 404, null, "no such endpoint " + ctx.method() + " " + ctx.path()
                        + " (see GET /api/openapi.json)");
            }
        });
        app.error(405, ctx -> {
            if (ctx.resultInputStream() == null) {
                error(ctx, 405, null, ctx.method() + " is not allowed on " + ctx.path() + " (see GET /api/openapi.json)");
            }
        });
    }

    /** A handler that returns the JSON to send. */
    private interface JsonHandler {
        JsonNode handle(Context ctx) throws Exception;
    }

    private void get(String path, JsonHandler h) {
        app.get(path, json(h));
    }

    private void post(String path, boolean needsToken, JsonHandler h) {
        app.post(path, ctx -> {
            if (needsToken) {
                checkToken(ctx);
            }
            json(h).handle(ctx);
        });
    }

    private static Handler json(JsonHandler h) {
        return ctx -> {
            JsonNode out = h.handle(ctx);
            ctx.contentType("application/json; charset=utf-8").result(Json.write(out).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static Params params(Context ctx, java.util.List<String> filters, String... more) {
        Set<String> allowed = new java.util.HashSet<>(filters);
        allowed.addAll(java.util.Arrays.asList(more));
        return new Params(ctx.queryParamMap(), allowed);
    }

    private JsonNode body(Context ctx) {
        return ExplorerService.parse(ctx.bodyAsBytes());
    }

    private void checkToken(Context ctx) {
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : ctx.header("X-Attache-Token");
        if (given == null || given.isEmpty()) {
            throw new ApiException(401, "Authorization", "this endpoint writes to the store: send the token printed by "
                    + "`attache serve` as 'Authorization: Bearer TOKEN'");
        }
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), options.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "Authorization", "wrong token: use the one printed by `attache serve` "
                    + "(also in the store's .server file)");
        }
    }

    /**
     * A server on the loopback answers only requests addressed to the loopback, so a web page
     * elsewhere cannot reach it through a name that resolves to 127.0.0.1 (DNS rebinding).
     */
    private void checkHost(Context ctx) {
        if (!isLoopback(options.host())) {
            return;
        }
        String host = ctx.header("Host");
        String name = host == null ? "" : host.replaceFirst(":[0-9]+$", "").replace("[", "").replace("]", "");
        if (!name.equals("localhost") && !name.equals("127.0.0.1") && !name.equals("::1")) {
            throw new ApiException(421, "Host", "this server answers only requests to localhost or 127.0.0.1, not '"
                    + host + "'");
        }
    }

    /** Whether {@code host} is a loopback address: "localhost" or an IP literal (no name is looked up). */
    static boolean isLoopback(String host) {
        String h = host.replace("[", "").replace("]", "");
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void error(Context ctx, int status, String field, String message) {
        ObjectNode o = Json.object();
        o.put("error", message);
        o.put("field", field);
        o.put("status", status);
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(Json.write(o).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Reads a classpath resource of this package (the OpenAPI description, in tests). */
    static String resource(String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
