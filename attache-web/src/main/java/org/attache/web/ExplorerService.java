package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.attache.io.ArticleReader;
import org.attache.model.Article;
import org.attache.nlp.NlpEngineFactory;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;

/**
 * What the server does, without HTTP: it owns the store (the only process writing it), answers
 * reads from pooled read connections, codes texts, and runs ingest jobs on one writer thread.
 * The Javalin handlers in {@link WebServer} only parse requests and call this.
 */
public final class ExplorerService implements AutoCloseable {
    /** Fields an article object may have in POST /api/articles and POST /api/code (as in JSON Lines input). */
    static final Set<String> ARTICLE_FIELDS = Set.of("id", "text", "date", "source", "outlet", "url", "title");
    static final int MAX_ARTICLES_PER_REQUEST = 1000;
    /** Longest text POST /api/code takes (it answers while the client waits). */
    static final int MAX_CODE_CHARS = 100_000;

    private final EventStore store;
    private final ReadConnections reads;
    private final StoreReader reader;
    private final LiveIngest ingest;
    private final TextCoder coder;

    /** The service over {@code db} (created if missing): coding with {@code pipeline} and {@code engines}. */
    public ExplorerService(Path db, Pipeline pipeline, NlpEngineFactory engines, int threads) {
        this.store = EventStore.open(db);
        try {
            this.reads = new ReadConnections(store.connection(), Math.max(4, threads * 2));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        this.reader = new StoreReader(reads);
        this.ingest = new LiveIngest(store, pipeline, engines, threads);
        this.coder = new TextCoder(pipeline, engines, Math.max(1, threads));
    }

    public Path db() {
        return store.file();
    }

    ObjectNode events(Params p) {
        return reader.events(p.filter(), p.sort("date"), p.integer("offset", 0, 0, Integer.MAX_VALUE),
                p.integer("limit", 50, 1, Params.MAX_LIMIT));
    }

    ObjectNode event(String id) {
        return reader.event(id);
    }

    ObjectNode articles(Params p) {
        return reader.articles(p.get("text"), p.integer("offset", 0, 0, Integer.MAX_VALUE),
                p.integer("limit", 50, 1, Params.MAX_LIMIT));
    }

    ObjectNode article(String key) {
        return reader.article(key);
    }

    ObjectNode stats(Params p) {
        ObjectNode out = reader.stats(p.filter(), p.integer("days", 366, 1, 36600), p.integer("top", 10, 1, 100));
        out.set("ingest", ingestStatus());
        return out;
    }

    ObjectNode network(Params p) {
        return reader.network(p.filter(), p.integer("limit", 60, 1, 500));
    }

    ObjectNode places(Params p) {
        return reader.places(p.filter(), p.integer("limit", 500, 1, 5000));
    }

    ObjectNode actors(Params p) {
        String prefix = p.get("prefix");
        if (prefix != null && !prefix.matches("[A-Za-z0-9]{1,30}")) {
            throw ApiException.badRequest("prefix", "prefix must be letters and digits (an actor code's start), got '"
                    + prefix + "'");
        }
        return reader.actors(prefix, p.integer("limit", 20, 1, Params.MAX_LIMIT));
    }

    /** Codes one article given as JSON ({"text", "date", "outlet"/"source", "title", "url", "id"}). */
    ObjectNode code(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest(null, "send a JSON object such as {\"text\": \"...\", \"date\": \"2024-03-17\"}");
        }
        Article a = article(body, "", "code");
        if (a.text().length() > MAX_CODE_CHARS) {
            throw ApiException.badRequest("text", "text of " + a.text().length() + " characters is over the "
                    + MAX_CODE_CHARS + " this endpoint codes at once; ingest long texts with POST /api/articles");
        }
        return coder.code(a);
    }

    /** Queues articles for ingest: one object, an array, or {"articles": [...], "recode": bool}. */
    ObjectNode postArticles(JsonNode body) {
        boolean recode = false;
        JsonNode list = body;
        String prefix = "";
        if (body != null && body.isObject() && body.has("articles")) {
            for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("articles") && !f.equals("recode")) {
                    throw ApiException.badRequest(f, "unknown field '" + f + "': send {\"articles\": [...], \"recode\": false}");
                }
            }
            recode = bool(body.get("recode"), "recode");
            list = body.get("articles");
            prefix = "articles";
        }
        List<Article> articles = new ArrayList<>();
        if (list != null && list.isArray()) {
            if (list.size() > MAX_ARTICLES_PER_REQUEST) {
                throw ApiException.badRequest(prefix.isEmpty() ? null : prefix, list.size() + " articles in one request; send at most "
                        + MAX_ARTICLES_PER_REQUEST + " (or name files with POST /api/ingest)");
            }
            for (int i = 0; i < list.size(); i++) {
                articles.add(article(list.get(i), prefix + "[" + i + "]", "ingest"));
            }
        } else if (list != null && list.isObject()) {
            articles.add(article(list, prefix, "ingest"));
        }
        if (articles.isEmpty()) {
            throw ApiException.badRequest(prefix.isEmpty() ? null : prefix,
                    "send an article object, an array of them, or {\"articles\": [...]}, each with a \"text\"");
        }
        LiveIngest.Job job = ingest.submitArticles(articles, recode);
        ObjectNode out = job.json();
        out.put("status_url", "/api/ingest/" + job.id);
        return out;
    }

    /** Queues files or directories on the server's disk: {"paths": [...], "date": "YYYY-MM-DD", "recode": bool}. */
    ObjectNode postIngest(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest(null, "send {\"paths\": [\"/abs/dir\"], \"date\": \"2024-03-17\", \"recode\": false}");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("paths", "date", "recode").contains(f)) {
                throw ApiException.badRequest(f, "unknown field '" + f + "': this endpoint takes paths, date and recode");
            }
        }
        JsonNode paths = body.get("paths");
        if (paths == null || !paths.isArray() || paths.isEmpty()) {
            throw ApiException.badRequest("paths", "paths must be a non-empty array of file or directory paths on the server");
        }
        List<Path> list = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            JsonNode p = paths.get(i);
            if (!p.isTextual() || p.asText().isBlank()) {
                throw ApiException.badRequest("paths[" + i + "]", "each path must be a non-empty string");
            }
            Path path = Path.of(p.asText());
            if (!path.isAbsolute()) {
                throw ApiException.badRequest("paths[" + i + "]", "'" + p.asText() + "' is relative: give absolute paths "
                        + "(the server's working directory is not the client's)");
            }
            if (!Files.exists(path)) {
                throw ApiException.badRequest("paths[" + i + "]", "no file or directory " + path + " on the server");
            }
            list.add(path);
        }
        LocalDate date = LocalDate.now();
        if (body.hasNonNull("date")) {
            date = date(body.get("date"), "date");
        }
        LiveIngest.Job job = ingest.submitPaths(list, date, bool(body.get("recode"), "recode"));
        ObjectNode out = job.json();
        out.put("status_url", "/api/ingest/" + job.id);
        return out;
    }

    ObjectNode ingestJob(String id) {
        LiveIngest.Job job = id.matches("[0-9]{1,9}") ? ingest.job(Integer.parseInt(id)) : null;
        if (job == null) {
            throw ApiException.notFound("id", "no ingest job " + id + " (jobs are kept while the server runs)");
        }
        return job.json();
    }

    /** The running or latest job, or null: what the dashboard shows while articles arrive. */
    JsonNode ingestStatus() {
        List<LiveIngest.Job> jobs = ingest.jobs();
        for (LiveIngest.Job j : jobs) {
            if (j.state.equals("running")) {
                return j.json();
            }
        }
        return jobs.isEmpty() ? Json.object().nullNode() : jobs.get(0).json();
    }

    ArrayNode ingestJobs() {
        ArrayNode out = Json.array();
        ingest.jobs().forEach(j -> out.add(j.json()));
        return out;
    }

    private static boolean bool(JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw ApiException.badRequest(field, field + " must be true or false");
        }
        return n.asBoolean();
    }

    private static LocalDate date(JsonNode n, String field) {
        if (!n.isTextual()) {
            throw ApiException.badRequest(field, field + " must be a date string YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(n.asText().trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, field + " must be YYYY-MM-DD, got '" + n.asText() + "'");
        }
    }

    /** An article object, checked field by field; {@code at} names it in errors ("articles[3]"). */
    static Article article(JsonNode o, String at, String purpose) {
        String where = at.isEmpty() ? "" : at + ".";
        if (o == null || !o.isObject()) {
            throw ApiException.badRequest(at.isEmpty() ? null : at, "each article must be a JSON object with a \"text\"");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ARTICLE_FIELDS.contains(f)) {
                throw ApiException.badRequest(where + f, "unknown article field '" + f + "'; an article has "
                        + String.join(", ", ARTICLE_FIELDS.stream().sorted().toList()));
            }
            JsonNode v = o.get(f);
            if (!v.isNull() && !v.isTextual()) {
                throw ApiException.badRequest(where + f, f + " must be a string");
            }
        }
        String text = o.path("text").asText("");
        if (text.isBlank()) {
            throw ApiException.badRequest(where + "text", "the article has no \"text\" to " + purpose);
        }
        LocalDate date = o.hasNonNull("date") ? date(o.get("date"), where + "date") : LocalDate.now();
        String url = o.path("url").asText("");
        String id = o.path("id").asText("");
        if (id.isBlank()) {
            id = url.isBlank() ? ArticleReader.contentId(text) : url;
        }
        String outlet = o.hasNonNull("outlet") ? o.get("outlet").asText() : o.path("source").asText("");
        return new Article(id, date, outlet, url, o.path("title").asText(""), text);
    }

    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest(null, "the request body is not valid JSON: " + ReadConnections.firstLine(e.getMessage()));
        }
    }

    @Override
    public void close() {
        ingest.close();
        reads.close();
        store.close();
    }
}
