package org.attache.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.attache.io.ArticleReader;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Article;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Place;
import org.attache.model.Sentence;
import org.attache.model.SourcingProfile;
import org.attache.model.Span;
import org.attache.model.Status;

/**
 * Loads the Parquet tables that {@code attache spark-code} writes ({@code articles},
 * {@code sentences}, {@code mentions}) into a store through the store's own writer, article by
 * article in publication order, so the store deduplicates and counts its events as always (and
 * as the Spark job's {@code events} table does). Articles already stored with the same text are
 * skipped unless {@code replace}, so a second load adds nothing and an interrupted one is
 * finished by loading again. DuckDB reads the Parquet files; three sorted streams (articles,
 * their sentences, their mentions) are merged, so memory stays bounded.
 */
public final class ParquetImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 64;

    /** What a load did. */
    public record Summary(long articles, long written, long skipped, long mentions, long newEvents, double seconds) {
    }

    private ParquetImport() {
    }

    /** Loads the tables under {@code dir}; {@code progress} hears a line every 10,000 articles. */
    public static Summary load(EventStore store, Path dir, boolean replace, Consumer<String> progress) {
        long t0 = System.nanoTime();
        for (String table : List.of("articles", "sentences", "mentions")) {
            if (!Files.isDirectory(dir.resolve(table))) {
                throw new StoreException("no " + table + " table in " + dir + ": give the --out directory of "
                        + "`attache spark-code` (it holds articles/, sentences/, mentions/, events/, errors/)");
            }
        }
        if (!hasParquet(dir.resolve("articles"))) {
            return new Summary(0, 0, 0, 0, 0, (System.nanoTime() - t0) / 1e9);
        }
        Map<String, String> stored = store.articleHashes();
        long read = 0;
        long written = 0;
        long skipped = 0;
        long mentions = 0;
        long newEvents = 0;
        try (Connection ca = memory(); Connection cs = memory(); Connection cm = memory();
             Statement sa = ca.createStatement(); Statement ss = cs.createStatement(); Statement sm = cm.createStatement();
             ResultSet articles = sa.executeQuery("SELECT article_id, published, outlet, url, title, text, sourcing FROM "
                     + glob(dir, "articles") + " ORDER BY published NULLS LAST, article_id");
             ResultSet sentences = hasParquet(dir.resolve("sentences")) ? ss.executeQuery(
                     "SELECT s.article_id, s.sentence_index, s.begin_offset, s.end_offset, s.text FROM "
                             + glob(dir, "sentences") + " s JOIN (SELECT article_id, published FROM " + glob(dir, "articles")
                             + ") a USING (article_id) ORDER BY a.published NULLS LAST, s.article_id, s.sentence_index") : null;
             ResultSet ms = hasParquet(dir.resolve("mentions")) ? sm.executeQuery(mentionsSql(dir)) : null) {
            Rows srows = new Rows(sentences);
            Rows mrows = new Rows(ms);
            List<EventStore.Coded> batch = new ArrayList<>();
            while (articles.next()) {
                read++;
                java.sql.Date d = articles.getDate("published");
                Article a = new Article(articles.getString("article_id"), d == null ? null : d.toLocalDate(),
                        articles.getString("outlet"), articles.getString("url"), articles.getString("title"),
                        articles.getString("text"));
                List<Sentence> ss2 = new ArrayList<>();
                while (srows.at(a.id())) {
                    ResultSet r = srows.rs;
                    ss2.add(new Sentence(r.getInt("sentence_index"), r.getString("text"), r.getInt("begin_offset"),
                            r.getInt("end_offset"), List.of()));
                    srows.advance();
                }
                List<Event> events = new ArrayList<>();
                while (mrows.at(a.id())) {
                    events.add(event(mrows.rs));
                    mrows.advance();
                }
                String hash = stored.get(a.id());
                if (hash != null && !replace && hash.equals(ArticleReader.contentId(a.text()))) {
                    skipped++;
                    continue;
                }
                batch.add(new EventStore.Coded(a, ss2, events, sourcing(a.id(), articles.getString("sourcing"))));
                mentions += events.size();
                if (batch.size() >= BATCH) {
                    newEvents += write(store, batch);
                    written += batch.size();
                    batch.clear();
                }
                if (read % 10_000 == 0) {
                    progress.accept(read + " articles read, " + written + " written, " + skipped + " already stored");
                }
            }
            newEvents += write(store, batch);
            written += batch.size();
        } catch (SQLException e) {
            throw new StoreException("cannot read the Parquet tables in " + dir + ": "
                    + EventStore.firstLine(e.getMessage()), e);
        }
        return new Summary(read, written, skipped, mentions, newEvents, (System.nanoTime() - t0) / 1e9);
    }

    private static long write(EventStore store, List<EventStore.Coded> batch) {
        long created = 0;
        if (!batch.isEmpty()) {
            for (EventStore.Written w : store.writeArticles(batch)) {
                created += w.newEvents();
            }
        }
        return created;
    }

    /** A cursor over rows sorted like the articles, consumed article by article. */
    private static final class Rows {
        final ResultSet rs;
        boolean valid;

        Rows(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.valid = rs != null && rs.next();
        }

        boolean at(String articleId) throws SQLException {
            return valid && rs.getString("article_id").equals(articleId);
        }

        void advance() throws SQLException {
            valid = rs.next();
        }
    }

    private static String mentionsSql(Path dir) {
        StringBuilder sb = new StringBuilder("SELECT m.article_id, m.sentence_index, m.sentence, m.mention_index, ");
        for (String side : List.of("source", "target")) {
            for (String f : List.of("code", "country", "text", "start", "end", "basis", "inferred")) {
                sb.append("struct_extract(m.").append(side).append(", '").append(f).append("') AS ").append(side)
                        .append('_').append(f).append(", ");
            }
            sb.append("array_to_string(struct_extract(m.").append(side).append(", 'sectors'), '|') AS ").append(side)
                    .append("_sectors, ");
        }
        sb.append("m.code, m.event_name, m.quad_class, m.goldstein, struct_extract(m.\"trigger\", 'text') AS trigger_text, "
                + "struct_extract(m.\"trigger\", 'start') AS trigger_start, struct_extract(m.\"trigger\", 'end') AS trigger_end, "
                + "m.date, m.date_basis, m.status, m.embedded_code, struct_extract(m.attribution, 'text') AS attribution_text, "
                + "struct_extract(m.attribution, 'kind') AS attribution_kind, struct_extract(m.place, 'name') AS place_name, "
                + "struct_extract(m.place, 'country') AS place_country, struct_extract(m.place, 'lat') AS place_lat, "
                + "struct_extract(m.place, 'lon') AS place_lon, struct_extract(m.place, 'basis') AS place_basis, "
                + "array_to_string(m.issues, '|') AS issues FROM ");
        sb.append(glob(dir, "mentions")).append(" m JOIN (SELECT article_id, published FROM ").append(glob(dir, "articles"))
                .append(") a USING (article_id) ORDER BY a.published NULLS LAST, m.article_id, m.mention_index");
        return sb.toString();
    }

    private static Event event(ResultSet r) throws SQLException {
        java.sql.Date d = r.getDate("date");
        String pn = r.getString("place_name");
        String at = r.getString("attribution_text");
        String ak = r.getString("attribution_kind");
        String issues = r.getString("issues");
        return new Event(r.getString("article_id"), r.getInt("sentence_index"), r.getString("sentence"),
                actor(r, "source"), actor(r, "target"),
                new EventType(r.getString("code"), r.getString("event_name"), r.getDouble("goldstein"),
                        r.getInt("quad_class")),
                new Span(r.getString("trigger_text"), r.getInt("trigger_start"), r.getInt("trigger_end")),
                d == null ? null : d.toLocalDate(), r.getString("date_basis"), Status.parse(r.getString("status")),
                at == null && ak == null ? null : new Attribution(at, ak),
                pn == null ? null : new Place(pn, r.getString("place_country"), (Double) r.getObject("place_lat"),
                        (Double) r.getObject("place_lon"), r.getString("place_basis")),
                issues == null || issues.isEmpty() ? List.of() : Arrays.asList(issues.split("\\|")),
                r.getString("embedded_code"));
    }

    private static Actor actor(ResultSet r, String side) throws SQLException {
        String code = r.getString(side + "_code");
        if (code == null) {
            return null;
        }
        String sectors = r.getString(side + "_sectors");
        String text = r.getString(side + "_text");
        return new Actor(new ActorCode(code, r.getString(side + "_country"),
                sectors == null || sectors.isEmpty() ? List.of() : Arrays.asList(sectors.split("\\|"))),
                text == null ? null : new Span(text, r.getInt(side + "_start"), r.getInt(side + "_end")),
                r.getString(side + "_basis"), r.getBoolean(side + "_inferred"));
    }

    /** The profile back from the JSON of {@code EventJson.sourcing(...).get("sourcing")} (null stays null). */
    static SourcingProfile sourcing(String articleId, String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode s = JSON.readTree(json);
            Map<String, Integer> byKind = counts(s.path("attributions_by_kind"));
            Map<String, Integer> eventsByKind = counts(s.path("events_by_kind"));
            int anonymous = eventsByKind.getOrDefault("anonymous", 0);
            int none = eventsByKind.getOrDefault("none", 0);
            int onRecord = 0;
            for (String k : List.of("named-person", "official-unnamed", "organization", "document")) {
                onRecord += eventsByKind.getOrDefault(k, 0);
            }
            return new SourcingProfile(articleId, s.path("attributions").asInt(), byKind, s.path("events").asInt(),
                    eventsByKind, anonymous, onRecord, none);
        } catch (IOException e) {
            throw new StoreException("article " + articleId + ": bad sourcing JSON in the articles table: "
                    + EventStore.firstLine(e.getMessage()), e);
        }
    }

    private static Map<String, Integer> counts(JsonNode o) {
        Map<String, Integer> m = new LinkedHashMap<>();
        o.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asInt()));
        return m;
    }

    private static boolean hasParquet(Path table) {
        try (Stream<Path> walk = Files.walk(table)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new StoreException("cannot list " + table + ": " + e.getMessage(), e);
        }
    }

    /** read_parquet over a table's files (Spark's partition folders included, its _SUCCESS and .crc files not). */
    private static String glob(Path dir, String table) {
        String pattern = dir.toAbsolutePath().resolve(table) + "/**/*.parquet";
        return "read_parquet('" + pattern.replace("'", "''") + "', hive_partitioning = false, union_by_name = true)";
    }

    private static Connection memory() throws SQLException {
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");
        return DriverManager.getConnection("jdbc:duckdb:", p);
    }

}
