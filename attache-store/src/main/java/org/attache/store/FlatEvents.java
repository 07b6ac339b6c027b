package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One row per deduplicated event with the evidence of its first mention (earliest published
 * article, then article key, sentence and offset): what query, CSV and Parquet print, and what
 * the GDELT, ICEWS and PLOVER exports are built from.
 */
final class FlatEvents {
    /** The columns, in order; names are the public CSV/Parquet header. */
    static final List<String> COLUMNS = List.of("event_id", "event_date", "source_code", "source_name", "source_country",
            "code", "event_name", "root", "quad_class", "goldstein", "status", "target_code", "target_name",
            "target_country", "num_mentions", "num_sources", "num_articles", "plover_event", "plover_mode",
            "article_key", "sentence_index", "sentence", "trigger", "attribution_kind", "attribution_text",
            "place_name", "place_country", "place_lat", "place_lon", "outlet", "url", "published", "source_text",
            "target_text", "place_basis", "content_hash", "added");

    private FlatEvents() {
    }

    /** The SQL (with {@code ?} parameters of the filter) for events matching {@code f}, at most {@code limit} (0: all). */
    static String sql(EventFilter.Sql f, long limit) {
        return sql(f, limit, false);
    }

    /**
     * With {@code allMentions}, an extra column {@code mentions_json} holds every mention of the
     * event as a JSON array (one query for the whole export rather than one per event).
     */
    static String sql(EventFilter.Sql f, long limit, boolean allMentions) {
        return "WITH sel AS (SELECT e.* FROM events e WHERE " + f.where() + " ORDER BY e.event_date, e.event_id"
                + (limit > 0 ? " LIMIT " + limit : "") + "),\n"
                + "first AS (SELECT m.*, a.outlet, a.url, a.published, a.article_id, length(a.body) AS doc_len,\n"
                + "  max(a.published) OVER (PARTITION BY m.event_id) AS last_published,\n"
                + "  row_number() OVER (PARTITION BY m.event_id ORDER BY a.published NULLS LAST, m.article_key, "
                + "m.sentence_index, m.trigger_start) AS rn\n"
                + "  FROM mentions m JOIN articles a ON a.article_key = m.article_key "
                + "WHERE m.event_id IN (SELECT event_id FROM sel))\n"
                + "SELECT e.event_id, CAST(e.event_date AS VARCHAR) AS event_date, e.source_code, "
                + name("source") + " AS source_name, sa.country AS source_country, e.code, t.name AS event_name, e.root, "
                + "e.quad_class, e.goldstein, e.status, e.target_code, " + name("target") + " AS target_name, "
                + "ta.country AS target_country, e.num_mentions, e.num_sources, e.num_articles, t.plover_event, "
                + "t.plover_mode, f.article_key, f.sentence_index, s.text AS sentence, f.trigger_text AS trigger, "
                + "f.attribution_kind, f.attribution_text, f.place_name, f.place_country, f.place_lat, f.place_lon, "
                + "f.outlet, f.url, CAST(f.published AS VARCHAR) AS published, f.source_text, f.target_text, f.place_basis, "
                + "e.content_hash, CAST(e.added AS VARCHAR) AS added,\n"
                // extra columns used by the exporters, not part of COLUMNS
                + "  sa.sectors AS source_sectors, ta.sectors AS target_sectors, f.source_start, f.target_start, "
                + "f.trigger_start, f.source_inferred, f.target_inferred, f.doc_len, "
                + "CAST(f.last_published AS VARCHAR) AS last_published, f.article_id, sc.name AS source_country_name, "
                + "tc.name AS target_country_name, pc.name AS place_country_name"
                + (allMentions ? ", mm.mentions_json" : "") + "\n"
                + "FROM sel e JOIN first f ON f.event_id = e.event_id AND f.rn = 1\n"
                + (allMentions ? "LEFT JOIN (SELECT m.event_id, CAST(to_json(list(struct_pack(article_id := m.article_key, "
                + "outlet := a.outlet, url := a.url, published := CAST(a.published AS VARCHAR), "
                + "sentence_index := m.sentence_index, sentence := s2.text, \"trigger\" := m.trigger_text, "
                + "attribution_text := m.attribution_text, attribution_kind := m.attribution_kind) "
                + "ORDER BY a.published, m.article_key, m.sentence_index, m.trigger_start)) AS VARCHAR) AS mentions_json "
                + "FROM mentions m JOIN articles a ON a.article_key = m.article_key LEFT JOIN sentences s2 ON "
                + "s2.article_key = m.article_key AND s2.sentence_index = m.sentence_index "
                + "WHERE m.event_id IN (SELECT event_id FROM sel) GROUP BY m.event_id) mm ON mm.event_id = e.event_id\n"
                : "")
                + "LEFT JOIN sentences s ON s.article_key = f.article_key AND s.sentence_index = f.sentence_index\n"
                + "LEFT JOIN actors sa ON sa.code = e.source_code LEFT JOIN actors ta ON ta.code = e.target_code\n"
                + "LEFT JOIN countries sc ON sc.iso3 = sa.country LEFT JOIN countries tc ON tc.iso3 = ta.country\n"
                + "LEFT JOIN countries pc ON pc.iso3 = f.place_country\n"
                + "LEFT JOIN event_types t ON t.code = e.code\n"
                + "ORDER BY e.event_date, e.event_id";
    }

    /**
     * The actor's canonical name: a named person's (people.tsv, valid on the event date) when the
     * first mention names one, else the dictionary's name of the code (actors.name).
     */
    private static String name(String side) {
        String a = side.equals("source") ? "sa" : "ta";
        return "coalesce((SELECT min(p.name) FROM person_names p WHERE p.code = e." + side + "_code AND (p.alias = "
                + "lower(f." + side + "_text) OR ends_with(lower(f." + side + "_text), ' ' || p.alias)) AND "
                + "(e.event_date IS NULL OR ((p.valid_from IS NULL OR p.valid_from <= e.event_date) AND "
                + "(p.valid_to IS NULL OR e.event_date < p.valid_to)))), " + a + ".name, '')";
    }

    /** Runs the flat query; the caller closes the result set's statement through {@link ResultSet#getStatement()}. */
    static ResultSet query(EventStore store, EventFilter filter, long limit) throws SQLException {
        return query(store, filter, limit, false);
    }

    static ResultSet query(EventStore store, EventFilter filter, long limit, boolean allMentions) throws SQLException {
        EventFilter.Sql f = filter.toSql();
        PreparedStatement ps = store.connection().prepareStatement(sql(f, limit, allMentions));
        for (int i = 0; i < f.params().size(); i++) {
            ps.setObject(i + 1, f.params().get(i));
        }
        return ps.executeQuery();
    }
}
