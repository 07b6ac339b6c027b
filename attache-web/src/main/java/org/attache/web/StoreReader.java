package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Span;
import org.attache.store.EventFilter;

/**
 * The API's read queries over the store's tables (documented in the README, "The event store").
 * Event filters are the store's own {@link EventFilter}, so the API selects exactly what
 * {@code attache query} selects.
 */
final class StoreReader {
    private final ReadConnections connections;

    StoreReader(ReadConnections connections) {
        this.connections = connections;
    }

    /** Columns of an event row: the event and the evidence of its first mention (as `attache query`). */
    private static final String EVENT_COLUMNS = "e.event_id, CAST(e.event_date AS VARCHAR) AS event_date, "
            + "e.source_code, f.source_text AS source_name, sa.country AS source_country, "
            + "e.target_code, f.target_text AS target_name, ta.country AS target_country, "
            + "e.code, t.name AS event_name, e.root, e.quad_class, e.goldstein, e.status, "
            + "e.num_mentions, e.num_sources, e.num_articles, t.plover_event, t.plover_mode, "
            + "f.article_key, f.sentence_index, s.text AS sentence, s.begin_offset AS sentence_begin, "
            + "f.trigger_text AS trigger, f.trigger_start, f.trigger_end, f.attribution_kind, f.attribution_text, "
            + "f.place_name, f.place_country, f.place_lat, f.place_lon, f.outlet, f.url, f.title, "
            + "CAST(f.published AS VARCHAR) AS published";

    private static String eventRows(String selection, String order) {
        return "WITH page AS (" + selection + "),\n"
                + "first AS (SELECT m.*, a.outlet, a.url, a.title, a.published, row_number() OVER (PARTITION BY m.event_id "
                + "ORDER BY a.published NULLS LAST, m.article_key, m.sentence_index, m.trigger_start) AS rn "
                + "FROM mentions m JOIN articles a ON a.article_key = m.article_key "
                + "WHERE m.event_id IN (SELECT event_id FROM page))\n"
                + "SELECT " + EVENT_COLUMNS + " FROM page e JOIN first f ON f.event_id = e.event_id AND f.rn = 1\n"
                + "LEFT JOIN sentences s ON s.article_key = f.article_key AND s.sentence_index = f.sentence_index\n"
                + "LEFT JOIN actors sa ON sa.code = e.source_code LEFT JOIN actors ta ON ta.code = e.target_code\n"
                + "LEFT JOIN event_types t ON t.code = e.code\nORDER BY " + order;
    }

    /** One page of events matching the filter, with the total count. */
    ObjectNode events(EventFilter filter, Params.Sort sort, int offset, int limit) {
        EventFilter.Sql f = filter.toSql();
        return connections.with("list events", c -> {
            ObjectNode out = Json.object();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e WHERE " + f.where())) {
                bind(ps, f.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put("total", rs.getLong(1));
                }
            }
            out.put("offset", offset);
            out.put("limit", limit);
            out.put("sort", sort.label());
            String page = "SELECT e.* FROM events e WHERE " + f.where() + " ORDER BY " + sort.sql() + " LIMIT " + limit
                    + " OFFSET " + offset;
            try (PreparedStatement ps = c.prepareStatement(eventRows(page, sort.sql()))) {
                bind(ps, f.params());
                try (ResultSet rs = ps.executeQuery()) {
                    out.set("events", Json.rows(rs));
                }
            }
            return out;
        });
    }

    /** One event with every mention and its evidence. */
    ObjectNode event(String id) {
        if (!id.matches("[0-9]{1,19}")) {
            throw ApiException.badRequest("id", "an event id is a whole number (as in GET /api/events), got '" + id + "'");
        }
        return connections.with("read event " + id, c -> {
            ObjectNode out;
            try (PreparedStatement ps = c.prepareStatement(eventRows(
                    "SELECT * FROM events WHERE CAST(event_id AS VARCHAR) = ?", "e.event_id"))) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    ArrayNode rows = Json.rows(rs);
                    if (rows.isEmpty()) {
                        throw ApiException.notFound("id", "no event " + id + " in the store");
                    }
                    out = (ObjectNode) rows.get(0);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT m.article_key, a.title, a.outlet, a.url, "
                    + "CAST(a.published AS VARCHAR) AS published, m.sentence_index, s.text AS sentence, "
                    + "s.begin_offset AS sentence_begin, m.source_code, m.source_text, m.source_start, m.source_end, "
                    + "m.source_basis, m.source_inferred, m.target_code, m.target_text, m.target_start, m.target_end, "
                    + "m.target_basis, m.target_inferred, m.code, m.trigger_text AS trigger, m.trigger_start, "
                    + "m.trigger_end, CAST(m.event_date AS VARCHAR) AS event_date, m.date_basis, m.status, "
                    + "m.attribution_kind, m.attribution_text, m.place_name, m.place_country, m.place_lat, "
                    + "m.place_lon, m.place_basis, m.issues FROM mentions m "
                    + "JOIN articles a ON a.article_key = m.article_key LEFT JOIN sentences s ON "
                    + "s.article_key = m.article_key AND s.sentence_index = m.sentence_index "
                    + "WHERE CAST(m.event_id AS VARCHAR) = ? "
                    + "ORDER BY a.published NULLS LAST, m.article_key, m.sentence_index, m.trigger_start")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    out.set("mentions", Json.rows(rs));
                }
            }
            return out;
        });
    }

    /** Articles, newest first, optionally those whose title or text contains {@code text}. */
    ObjectNode articles(String text, int offset, int limit) {
        String where = text == null ? "TRUE" : "(title ILIKE ? ESCAPE '\\' OR body ILIKE ? ESCAPE '\\')";
        return connections.with("list articles", c -> {
            ObjectNode out = Json.object();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles WHERE " + where)) {
                bindLike(ps, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put("total", rs.getLong(1));
                }
            }
            out.put("offset", offset);
            out.put("limit", limit);
            try (PreparedStatement ps = c.prepareStatement("SELECT article_key, title, outlet, url, "
                    + "CAST(published AS VARCHAR) AS published, num_sentences, num_mentions FROM articles WHERE " + where
                    + " ORDER BY published DESC NULLS LAST, article_key LIMIT " + limit + " OFFSET " + offset)) {
                bindLike(ps, text);
                try (ResultSet rs = ps.executeQuery()) {
                    out.set("articles", Json.rows(rs));
                }
            }
            return out;
        });
    }

    private static void bindLike(PreparedStatement ps, String text) throws SQLException {
        if (text != null) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            ps.setString(1, like);
            ps.setString(2, like);
        }
    }

    /** An article: its text, sentences, the events it yielded and every annotated span. */
    ObjectNode article(String key) {
        return connections.with("read article", c -> {
            ObjectNode out;
            try (PreparedStatement ps = c.prepareStatement("SELECT article_key, title, outlet, url, "
                    + "CAST(published AS VARCHAR) AS published, body AS text, num_sentences, num_mentions, sourcing "
                    + "FROM articles WHERE article_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    ArrayNode rows = Json.rows(rs);
                    if (rows.isEmpty()) {
                        throw ApiException.notFound("id", "no article '" + key + "' in the store");
                    }
                    out = (ObjectNode) rows.get(0);
                }
            }
            JsonNode sourcing = out.get("sourcing");
            if (sourcing != null && sourcing.isTextual()) {
                try {
                    out.set("sourcing", Json.MAPPER.readTree(sourcing.asText()));
                } catch (java.io.IOException e) {
                    out.putNull("sourcing");
                }
            }
            ArrayNode sentences;
            try (PreparedStatement ps = c.prepareStatement("SELECT sentence_index AS \"index\", begin_offset AS \"begin\", "
                    + "end_offset AS \"end\" FROM sentences WHERE article_key = ? ORDER BY sentence_index")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    sentences = Json.rows(rs);
                }
            }
            out.set("sentences", sentences);
            ArrayNode mentions;
            try (PreparedStatement ps = c.prepareStatement("SELECT m.event_id, m.sentence_index, m.source_code, "
                    + "m.source_text, m.source_start, m.source_end, m.target_code, m.target_text, m.target_start, "
                    + "m.target_end, m.code, t.name AS event_name, t.quad_class, t.goldstein, m.trigger_text AS trigger, "
                    + "m.trigger_start, m.trigger_end, CAST(m.event_date AS VARCHAR) AS event_date, m.date_basis, m.status, "
                    + "m.attribution_kind, m.attribution_text, m.place_name, m.place_country, s.begin_offset AS "
                    + "sentence_begin, s.text AS sentence FROM mentions m LEFT JOIN event_types t ON t.code = m.code "
                    + "LEFT JOIN sentences s ON s.article_key = m.article_key AND s.sentence_index = m.sentence_index "
                    + "WHERE m.article_key = ? ORDER BY m.mention_index")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    mentions = Json.rows(rs);
                }
            }
            out.set("events", mentions);
            out.set("spans", spans(out.get("text").asText(), mentions));
            return out;
        });
    }

    /** Actors (source and target spans), triggers, attributions and time expressions of an article. */
    static ArrayNode spans(String text, ArrayNode mentions) {
        List<ObjectNode> spans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode m : mentions) {
            for (String side : List.of("source", "target")) {
                if (!m.path(side + "_start").isNull() && !m.path(side + "_start").isMissingNode()) {
                    add(spans, seen, text, m.get(side + "_start").asInt(), m.get(side + "_end").asInt(), "actor",
                            m.get(side + "_code").asText(), null);
                }
            }
            add(spans, seen, text, m.get("trigger_start").asInt(), m.get("trigger_end").asInt(), "trigger",
                    m.get("code").asText() + " " + m.path("event_name").asText(""), m.get("event_id").asText());
            String at = m.path("attribution_text").isTextual() ? m.get("attribution_text").asText() : null;
            String sentence = m.path("sentence").isTextual() ? m.get("sentence").asText() : null;
            if (at != null && !at.isEmpty() && sentence != null) {
                int i = sentence.indexOf(at);
                if (i >= 0) {
                    int b = m.get("sentence_begin").asInt() + i;
                    add(spans, seen, text, b, b + at.length(), "attribution",
                            m.path("attribution_kind").asText("source"), null);
                }
            }
        }
        for (Span t : TimeExpressions.find(text)) {
            add(spans, seen, text, t.start(), t.end(), "time", "time expression", null);
        }
        spans.sort(Comparator.comparingInt((ObjectNode o) -> o.get("start").asInt())
                .thenComparing(o -> -o.get("end").asInt()));
        ArrayNode out = Json.array();
        spans.forEach(out::add);
        return out;
    }

    private static void add(List<ObjectNode> spans, Set<String> seen, String text, int start, int end, String kind,
                            String label, String eventId) {
        if (start < 0 || end <= start || end > text.length() || !seen.add(start + ":" + end + ":" + kind + ":" + label)) {
            return;
        }
        ObjectNode o = Json.object();
        o.put("start", start);
        o.put("end", end);
        o.put("kind", kind);
        o.put("label", label);
        o.put("text", text.substring(start, end));
        if (eventId != null) {
            o.put("event_id", eventId);
        }
        spans.add(o);
    }

    /** Counts by day (stacked by QuadClass, with mean Goldstein and events resting on anonymous sources), root, QuadClass and dyad. */
    ObjectNode stats(EventFilter filter, int days, int top) {
        EventFilter.Sql f = filter.toSql();
        String sel = "WITH sel AS (SELECT e.* FROM events e WHERE " + f.where() + ") ";
        return connections.with("compute stats", c -> {
            ObjectNode out = Json.object();
            out.set("counts", query(c, "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM "
                    + "sentences) AS sentences, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM mentions) "
                    + "AS mentions, (SELECT count(*) FROM actors) AS actors", List.of()).get(0));
            out.set("selected", query(c, sel + "SELECT count(*) AS events, coalesce(sum(num_mentions), 0) AS mentions, "
                    + "avg(goldstein) AS goldstein FROM sel", f.params()).get(0));
            out.set("by_day", query(c, sel + "SELECT * FROM (SELECT CAST(e.event_date AS VARCHAR) AS day, count(*) AS events, "
                    + "count(*) FILTER (WHERE e.quad_class = 1) AS quad1, count(*) FILTER (WHERE e.quad_class = 2) AS quad2, "
                    + "count(*) FILTER (WHERE e.quad_class = 3) AS quad3, count(*) FILTER (WHERE e.quad_class = 4) AS quad4, "
                    + "round(avg(e.goldstein), 2) AS goldstein, count(an.event_id) AS anonymous, sum(e.num_mentions) AS mentions "
                    + "FROM sel e LEFT JOIN (SELECT DISTINCT event_id FROM mentions WHERE attribution_kind = 'anonymous') an "
                    + "ON an.event_id = e.event_id WHERE e.event_date IS NOT NULL GROUP BY e.event_date "
                    + "ORDER BY e.event_date DESC LIMIT " + days + ") ORDER BY day", f.params()));
            out.set("by_root", query(c, sel + "SELECT e.root, t.name, count(*) AS events FROM sel e LEFT JOIN event_types t "
                    + "ON t.code = e.root GROUP BY e.root, t.name ORDER BY e.root", f.params()));
            out.set("by_quad", query(c, sel + "SELECT quad_class, count(*) AS events, round(avg(goldstein), 2) AS goldstein "
                    + "FROM sel GROUP BY quad_class ORDER BY quad_class", f.params()));
            out.set("top_dyads", query(c, sel + "SELECT e.source_code AS source, sa.name AS source_name, e.target_code AS target, "
                    + "ta.name AS target_name, count(*) AS events, round(avg(e.goldstein), 2) AS goldstein, "
                    + "count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation, count(*) FILTER (WHERE e.quad_class >= 3) "
                    + "AS conflict FROM sel e LEFT JOIN actors sa ON sa.code = e.source_code LEFT JOIN actors ta ON "
                    + "ta.code = e.target_code WHERE e.target_code <> '' GROUP BY e.source_code, sa.name, e.target_code, "
                    + "ta.name ORDER BY events DESC, source, target LIMIT " + top, f.params()));
            return out;
        });
    }

    /** Actors as nodes and dyads as weighted edges, the {@code limit} busiest dyads. */
    ObjectNode network(EventFilter filter, int limit) {
        EventFilter.Sql f = filter.toSql();
        return connections.with("build the network", c -> {
            ArrayNode edges = query(c, "WITH sel AS (SELECT e.* FROM events e WHERE " + f.where() + ") SELECT source_code "
                    + "AS source, target_code AS target, count(*) AS events, round(avg(goldstein), 2) AS goldstein, "
                    + "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, count(*) FILTER (WHERE quad_class >= 3) "
                    + "AS conflict FROM sel WHERE target_code <> '' AND source_code <> '' GROUP BY source_code, target_code "
                    + "ORDER BY events DESC, source, target LIMIT " + limit, f.params());
            Set<String> codes = new java.util.LinkedHashSet<>();
            for (JsonNode e : edges) {
                codes.add(e.get("source").asText());
                codes.add(e.get("target").asText());
            }
            ArrayNode nodes = Json.array();
            if (!codes.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT a.code, a.name, a.country, "
                        + "(SELECT count(*) FROM events e WHERE e.source_code = a.code OR e.target_code = a.code) AS events "
                        + "FROM actors a WHERE list_contains(?, a.code) ORDER BY events DESC, a.code")) {
                    ps.setArray(1, c.createArrayOf("VARCHAR", codes.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        nodes = Json.rows(rs);
                    }
                }
            }
            ObjectNode out = Json.object();
            out.set("nodes", nodes);
            out.set("edges", edges);
            return out;
        });
    }

    /** Events by place with coordinates, and how many matching events have a place without them. */
    ObjectNode places(EventFilter filter, int limit) {
        EventFilter.Sql f = filter.toSql();
        String sel = "WITH sel AS (SELECT e.* FROM events e WHERE " + f.where() + ") ";
        return connections.with("group events by place", c -> {
            ObjectNode out = Json.object();
            out.set("places", query(c, sel + "SELECT m.place_name AS name, m.place_country AS country, m.place_lat AS lat, "
                    + "m.place_lon AS lon, count(DISTINCT e.event_id) AS events, round(avg(e.goldstein), 2) AS goldstein, "
                    + "count(DISTINCT e.event_id) FILTER (WHERE e.quad_class <= 2) AS cooperation, "
                    + "count(DISTINCT e.event_id) FILTER (WHERE e.quad_class >= 3) AS conflict "
                    + "FROM sel e JOIN mentions m ON m.event_id = e.event_id WHERE m.place_lat IS NOT NULL "
                    + "GROUP BY m.place_name, m.place_country, m.place_lat, m.place_lon ORDER BY events DESC, name LIMIT "
                    + limit, f.params()));
            out.set("without_coordinates", query(c, sel + "SELECT count(*) AS events FROM sel e WHERE NOT EXISTS ("
                    + "SELECT 1 FROM mentions m WHERE m.event_id = e.event_id AND m.place_lat IS NOT NULL)", f.params())
                    .get(0).get("events"));
            return out;
        });
    }

    /** Top actors by events (as source or target), optionally those whose code starts with {@code prefix}. */
    ObjectNode actors(String prefix, int limit) {
        return connections.with("list actors", c -> {
            ObjectNode out = Json.object();
            out.set("actors", query(c, "WITH n AS (SELECT source_code AS code, count(*) AS s, 0 AS t FROM events GROUP BY 1 "
                    + "UNION ALL SELECT target_code, 0, count(*) FROM events WHERE target_code <> '' GROUP BY 1) "
                    + "SELECT a.code, a.name, a.country, co.name AS country_name, a.sectors, "
                    + "coalesce(sum(n.s), 0) + coalesce(sum(n.t), 0) AS events, coalesce(sum(n.s), 0) AS as_source, "
                    + "coalesce(sum(n.t), 0) AS as_target FROM actors a LEFT JOIN n ON n.code = a.code "
                    + "LEFT JOIN countries co ON co.iso3 = a.country WHERE starts_with(a.code, ?) "
                    + "GROUP BY a.code, a.name, a.country, co.name, a.sectors ORDER BY events DESC, a.code LIMIT " + limit,
                    List.of(prefix == null ? "" : prefix.toUpperCase(java.util.Locale.ROOT))));
            return out;
        });
    }

    private static ArrayNode query(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return Json.rows(rs);
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
