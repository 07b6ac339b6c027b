package org.attache.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.attache.io.ArticleReader;
import org.attache.io.EventJson;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.SourcingProfile;

/**
 * The embedded event store: one DuckDB file holding articles, sentences, actors, deduplicated
 * events and their mentions. One article is written in one transaction, so a killed process
 * leaves only whole articles behind. Not thread-safe: one writer thread (DuckDB also allows one
 * writing process per file).
 *
 * <p>Deduplication: a mention joins the event with the same source, target, code and status
 * whose date is within {@link #WINDOW_DAYS} of the mention's date (the nearest, then the
 * earliest); otherwise it starts a new event dated by the mention. The window is anchored at the
 * event's first date and never chains, so a protest repeated daily for weeks stays many events.
 */
public final class EventStore implements AutoCloseable {
    /**
     * ±1 day: an event with no time expression is dated by its article's publication date, and
     * wire follow-ups of the same event often appear the next day ("yesterday" resolves correctly,
     * but a later article saying only "on Monday" may be dated a day off across time zones).
     */
    public static final int WINDOW_DAYS = 1;

    private final Connection conn;
    private final Path file;
    private final boolean readOnly;
    /** Prepared once: DuckDB plans each prepare, which costs more than running these small statements. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** Actor codes known to be in the actors table (filled lazily). */
    private Set<String> knownActors;
    /** Actors inserted by the open transaction: known only once it commits. */
    private final Set<String> pendingActors = new HashSet<>();
    /** Keys of stored articles (filled lazily; a new article needs no deletes). */
    private Set<String> storedKeys;
    /** Keys of articles stored as failed (filled lazily; a stored article leaves that table). */
    private Set<String> failedKeys;

    /** What stamps the time an event or article is first stored (GDELT's DATEADDED). */
    private final Clock clock;
    /** Sequential event and article ids and first-stored times. */
    private final IdRegistry ids;
    /** When the article being written is stored: its own and its new events' first-stored time. */
    private LocalDateTime stamp;

    private EventStore(Connection conn, Path file, boolean readOnly, Clock clock) {
        this.conn = conn;
        this.file = file;
        this.readOnly = readOnly;
        this.clock = clock;
        this.ids = new IdRegistry(conn);
    }

    /** Opens (creating or migrating as needed) a store for writing. */
    public static EventStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps when events and articles are first stored (UTC). */
    public static EventStore open(Path file, Clock clock) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create store " + file + ": directory " + parent + " does not exist");
        }
        Connection c = connect(file, false);
        EventStore s = new EventStore(c, file, false, clock);
        try {
            s.prepareSchema();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Opens an existing store read-only (queries, exports, sql): writes are refused by DuckDB itself. */
    public static EventStore openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file + ": run `attache ingest PATH... --db " + file
                    + "` (or `attache demo`) first");
        }
        EventStore s = new EventStore(connect(file, true), file, true, Clock.systemUTC());
        try {
            int v = s.version();
            if (v != StoreSchema.VERSION) {
                throw new StoreException(versionMessage(file, v)
                        + (v < StoreSchema.VERSION ? "; run `attache ingest --db " + file + "` once to migrate it" : ""));
            }
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private static Connection connect(Path file, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
            // Stream query results instead of materializing them: exports of millions of rows
            // then run in bounded memory (readers run one query at a time per connection).
            p.setProperty("jdbc_stream_results", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
    }

    /**
     * A failed read or write: a corrupt store (a checksum or short read deep in a query) says so
     * with the file, rather than blaming the query, export or statement that met it.
     */
    public static StoreException failure(Path file, String what, SQLException e) {
        StoreException open = openFailure(file, e);
        if (open.getMessage().contains(" is corrupt or truncated ")) {
            return open;
        }
        return new StoreException(what + ": " + firstLine(e.getMessage()), e);
    }

    /** Why a store did not open, in the user's terms: in use, corrupt, or the database's own words. */
    static StoreException openFailure(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        // DuckDB: "Could not set lock on file … Conflicting lock is held in …" (not "block" in a checksum error)
        if (lower.contains("could not set lock") || lower.contains("conflicting lock")) {
            return new StoreException("store " + file + " is in use by another process (an ingest still running?): "
                    + firstLine(m), e);
        }
        if (lower.contains("corrupt") || lower.contains("not a valid duckdb database")
                || lower.contains("could not read enough bytes") || lower.contains("checksum")) {
            return new StoreException("store " + file + " is corrupt or truncated (" + firstLine(m) + "): restore it "
                    + "from a copy, or ingest into a new --db file", e);
        }
        return new StoreException("cannot open store " + file + ": " + firstLine(m), e);
    }

    public Connection connection() { return conn; }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    public Path file() { return file; }

    public boolean readOnly() { return readOnly; }

    // ---------------------------------------------------------------- schema

    private int version() {
        try (Statement st = conn.createStatement()) {
            boolean hasVersion = false;
            int tables = 0;
            try (ResultSet rs = st.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
                while (rs.next()) {
                    tables++;
                    hasVersion |= rs.getString(1).equals("schema_version");
                }
            }
            if (!hasVersion) {
                if (tables > 0) {
                    throw new StoreException(file + " is a DuckDB database but not an Attaché store (no schema_version "
                            + "table); give another --db file");
                }
                return 0;
            }
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure(file, "cannot read the schema of " + file, e);
        }
    }

    private static String versionMessage(Path file, int v) {
        if (v == 0) {
            return file + " is empty, not yet an Attaché store";
        }
        if (v > StoreSchema.VERSION) {
            return "store " + file + " has schema version " + v + ", written by a newer Attaché; this build reads "
                    + "version " + StoreSchema.VERSION + " (upgrade Attaché or use another --db)";
        }
        return "store " + file + " has the older schema version " + v + " (this build uses " + StoreSchema.VERSION + ")";
    }

    private void prepareSchema() {
        int v = version();
        if (v > StoreSchema.VERSION) {
            throw new StoreException(versionMessage(file, v));
        }
        try (Statement st = conn.createStatement()) {
            conn.setAutoCommit(false);
            if (v == 0) {
                for (String ddl : StoreSchema.CREATE) {
                    st.execute(ddl);
                }
                st.execute("INSERT INTO schema_version VALUES (" + StoreSchema.VERSION + ")");
            } else {
                for (int from = v; from < StoreSchema.VERSION; from++) {
                    List<String> steps = from - 1 < StoreSchema.MIGRATIONS.size() ? StoreSchema.MIGRATIONS.get(from - 1) : null;
                    if (steps == null) {
                        throw new StoreException(versionMessage(file, v) + " and no migration from version " + from
                                + " exists: re-ingest into a new --db file");
                    }
                    for (String ddl : steps) {
                        st.execute(ddl);
                    }
                }
                if (v < StoreSchema.VERSION) {
                    st.execute("DELETE FROM schema_version");
                    st.execute("INSERT INTO schema_version VALUES (" + StoreSchema.VERSION + ")");
                }
            }
            StoreReference.refresh(conn);
            conn.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot prepare the schema of " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    // ---------------------------------------------------------------- writing

    /** What writing one article did. */
    public record Written(boolean replaced, int mentions, int newEvents) {
    }

    /** Article key to text hash, for every stored article (to skip what is already in). */
    public Map<String, String> articleHashes() {
        Map<String, String> out = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_key, text_hash FROM articles")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw fail("read articles", e);
        }
        return out;
    }

    /** Article key to text hash, for every article stored as failed. */
    public Map<String, String> failedHashes() {
        Map<String, String> out = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_key, text_hash FROM failed_articles")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw fail("read failed articles", e);
        }
        if (failedKeys == null) {
            failedKeys = new HashSet<>(out.keySet());
        }
        return out;
    }

    /**
     * Records that an article could not be coded, with the reason, in its own transaction (replacing
     * an earlier failure of the same key and counting the attempts). Its stored version, if any, stays.
     */
    public void recordFailure(Article a, String reason) {
        if (readOnly) {
            throw new StoreException("store " + file + " is open read-only");
        }
        try {
            conn.setAutoCommit(false);
            int attempts = 1;
            try (PreparedStatement q = conn.prepareStatement("SELECT attempts FROM failed_articles WHERE article_key = ?")) {
                q.setString(1, a.id());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        attempts = rs.getInt(1) + 1;
                    }
                }
            }
            try (PreparedStatement del = conn.prepareStatement("DELETE FROM failed_articles WHERE article_key = ?")) {
                del.setString(1, a.id());
                del.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO failed_articles VALUES (?,?,?,?,?,?,?,?,CAST(current_timestamp AS TIMESTAMP))")) {
                ps.setString(1, a.id());
                ps.setString(2, ArticleReader.contentId(a.text()));
                setDate(ps, 3, a.date());
                ps.setString(4, a.source());
                ps.setString(5, a.url());
                ps.setString(6, a.title());
                ps.setString(7, reason);
                ps.setInt(8, attempts);
                ps.executeUpdate();
            }
            conn.commit();
            if (failedKeys != null) {
                failedKeys.add(a.id());
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail("record the failure of article " + a.id(), e);
        }
    }

    /** An article with its parse, events and sourcing profile (or null), ready to store. */
    public record Coded(Article article, List<Sentence> sentences, List<Event> events, SourcingProfile sourcing) {
        public Coded(Article article, List<Sentence> sentences, List<Event> events) {
            this(article, sentences, events, null);
        }
    }

    /** Writes one coded article in one transaction (see {@link #writeArticles}). */
    public Written writeArticle(Article a, List<Sentence> sentences, List<Event> events) {
        return writeArticles(List.of(new Coded(a, sentences, events))).get(0);
    }

    /**
     * Writes a small batch of coded articles in one transaction: all or none of them is stored.
     * An article already stored under the same key is replaced: its old mentions go, the events
     * they belonged to are recounted (and dropped when no mention is left), then the new mentions
     * join or create events.
     */
    public List<Written> writeArticles(List<Coded> batch) {
        if (readOnly) {
            throw new StoreException("store " + file + " is open read-only");
        }
        try {
            conn.setAutoCommit(false);
            if (storedKeys == null) {
                storedKeys = new HashSet<>(articleHashes().keySet());
            }
            if (failedKeys == null) {
                failedHashes();
            }
            Set<Long> touched = new LinkedHashSet<>();
            List<Written> out = new ArrayList<>();
            for (Coded c : batch) {
                out.add(write(c.article(), c.sentences(), c.events(), c.sourcing(), touched));
            }
            recount(touched);
            conn.commit();
            if (knownActors != null) {
                knownActors.addAll(pendingActors);
            }
            pendingActors.clear();
            batch.forEach(c -> storedKeys.add(c.article().id()));
            if (failedKeys != null) {
                batch.forEach(c -> failedKeys.remove(c.article().id()));
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            pendingActors.clear();
            ids.reset();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw fail("write article " + (batch.size() == 1 ? batch.get(0).article().id()
                    : "batch starting at " + batch.get(0).article().id()), e);
        }
    }

    private Written write(Article a, List<Sentence> sentences, List<Event> events, SourcingProfile sourcing,
                          Set<Long> touched)
            throws SQLException {
        // Only a stored article needs the deletes (each scans its table).
        boolean replaced = storedKeys.contains(a.id());
        if (replaced) {
            PreparedStatement q = prepare("SELECT DISTINCT event_id FROM mentions WHERE article_key = ?");
            q.setString(1, a.id());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    touched.add(rs.getLong(1));
                }
            }
            for (String table : List.of("mentions", "sentences", "articles")) {
                PreparedStatement del = prepare("DELETE FROM " + table + " WHERE article_key = ?");
                del.setString(1, a.id());
                del.executeUpdate();
            }
        }
        if (failedKeys.contains(a.id())) {
            PreparedStatement del = prepare("DELETE FROM failed_articles WHERE article_key = ?");
            del.setString(1, a.id());
            del.executeUpdate();
        }
        stamp = now();
        IdRegistry.Registered reg = ids.article(a.id(), stamp);
        PreparedStatement ps = prepare("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        ps.setString(1, a.id());
        ps.setString(2, ArticleReader.contentId(a.text()));
        setDate(ps, 3, a.date());
        ps.setString(4, a.source());
        ps.setString(5, a.url());
        ps.setString(6, a.title());
        ps.setString(7, a.text());
        ps.setInt(8, sentences.size());
        ps.setInt(9, events.size());
        // the article's sourcing profile, as the JSON of `attache code`'s sourcing line
        ps.setString(10, sourcing == null ? null : EventJson.sourcing(sourcing).get("sourcing").toString());
        ps.setLong(11, reg.id());
        ps.setObject(12, reg.added());
        ps.executeUpdate();
        for (int from = 0; from < sentences.size(); from += ROWS_PER_INSERT) {
            List<Sentence> chunk = sentences.subList(from, Math.min(sentences.size(), from + ROWS_PER_INSERT));
            PreparedStatement ins = prepare(multiRow("sentences", 5, chunk.size()));
            int i = 1;
            for (Sentence s : chunk) {
                ins.setString(i++, a.id());
                ins.setInt(i++, s.index());
                ins.setInt(i++, s.begin());
                ins.setInt(i++, s.end());
                ins.setString(i++, s.text());
            }
            ins.executeUpdate();
        }
        int created = 0;
        long[] ids = new long[events.size()];
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            addActor(e.source());
            addActor(e.target());
            long id = findEvent(e);
            if (id == Long.MIN_VALUE) {
                id = createEvent(e);
                created++;
            }
            touched.add(id);
            ids[k] = id;
        }
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            int to = Math.min(events.size(), from + ROWS_PER_INSERT);
            PreparedStatement ins = prepare(multiRow("mentions", MentionRows.COLUMNS, to - from));
            int i = 1;
            for (int k = from; k < to; k++) {
                i = MentionRows.set(ins, i, ids[k], a.id(), k, events.get(k));
            }
            ins.executeUpdate();
        }
        return new Written(replaced, events.size(), created);
    }

    private static final int ROWS_PER_INSERT = 32;


    /** "INSERT INTO t VALUES (?,…),(?,…)": one statement for many rows (each statement has a fixed cost). */
    private static String multiRow(String table, int columns, int rows) {
        String row = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        return "INSERT INTO " + table + " VALUES " + String.join(",", java.util.Collections.nCopies(rows, row));
    }

    private void addActor(Actor actor) throws SQLException {
        if (actor == null) {
            return;
        }
        String code = actor.code().code();
        if (knownActors == null) {
            knownActors = new HashSet<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT code FROM actors")) {
                while (rs.next()) {
                    knownActors.add(rs.getString(1));
                }
            }
        }
        if (knownActors.contains(code) || pendingActors.contains(code)) {
            return;
        }
        PreparedStatement ps = prepare("INSERT INTO actors VALUES (?, ?, ?, ?)");
        ps.setString(1, code);
        ps.setString(2, actor.code().country());
        ps.setString(3, String.join("|", actor.code().sectors()));
        ps.setString(4, ReferenceTables.builtIn().actorName(code));
        ps.executeUpdate();
        pendingActors.add(code);
    }

    private static String code(Actor a) {
        return a == null ? "" : a.code().code();
    }

    private long findEvent(Event e) throws SQLException {
        String sql = "SELECT event_id FROM events WHERE source_code = ? AND target_code = ? AND code = ? AND status = ? AND "
                + (e.date() == null ? "event_date IS NULL ORDER BY event_id"
                : "event_date BETWEEN ? AND ? ORDER BY abs(event_date - ?::DATE), event_date, event_id")
                + " LIMIT 1";
        {
            PreparedStatement ps = prepare(sql);
            ps.setString(1, code(e.source()));
            ps.setString(2, code(e.target()));
            ps.setString(3, e.code());
            ps.setString(4, e.status().label());
            if (e.date() != null) {
                setDate(ps, 5, e.date().minusDays(WINDOW_DAYS));
                setDate(ps, 6, e.date().plusDays(WINDOW_DAYS));
                setDate(ps, 7, e.date());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
            }
        }
    }

    private long createEvent(Event e) throws SQLException {
        long hash = contentHash(code(e.source()), code(e.target()), e.code(), e.status().label(), e.date());
        IdRegistry.Registered reg = ids.event(hash, stamp);
        PreparedStatement ps = prepare("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,0,0,0,?,?)");
        ps.setLong(1, reg.id());
        setDate(ps, 2, e.date());
        ps.setString(3, code(e.source()));
        ps.setString(4, code(e.target()));
        ps.setString(5, e.code());
        ps.setString(6, e.root());
        ps.setInt(7, e.type().quadClass());
        ps.setDouble(8, e.type().goldstein());
        ps.setString(9, e.status().label());
        ps.setLong(10, hash);
        ps.setObject(11, reg.added());
        ps.executeUpdate();
        return reg.id();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The event's identity across stores (the {@code content_hash} column): the first 63 bits of
     * SHA-256 over source, target, code, status and date, so a resumed ingest and a clean one agree.
     */
    static long contentHash(String source, String target, String code, String status, LocalDate date) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((source + "\t" + target + "\t" + code + "\t" + status
                    + "\t" + date).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            long id = v & Long.MAX_VALUE;
            return id == 0 ? 1 : id;
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void recount(Set<Long> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        String in = "(" + String.join(",", eventIds.stream().map(String::valueOf).toList()) + ")";
        try (Statement st = conn.createStatement()) {
            // An article without an outlet counts as the unknown outlet '' (one source, not one per article).
            st.executeUpdate("UPDATE events SET num_mentions = s.nm, num_sources = s.ns, num_articles = s.na FROM ("
                    + "SELECT m.event_id, count(*) AS nm, count(DISTINCT a.outlet) AS ns, count(DISTINCT m.article_key) AS na "
                    + "FROM mentions m JOIN articles a ON a.article_key = m.article_key WHERE m.event_id IN " + in
                    + " GROUP BY m.event_id) s WHERE events.event_id = s.event_id");
            st.executeUpdate("DELETE FROM events WHERE event_id IN " + in
                    + " AND event_id NOT IN (SELECT event_id FROM mentions WHERE event_id IN " + in + ")");
        }
    }

    // ---------------------------------------------------------------- watched folders

    /** A file as a folder watch last ingested it: absolute path, size, modification time. */
    public record FileState(String path, long size, java.time.Instant modified) {
    }

    /** The files a folder watch has ingested, by absolute path. */
    public Map<String, FileState> watchedFiles() {
        Map<String, FileState> out = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, size, epoch_us(modified) FROM watched_files")) {
            while (rs.next()) {
                long us = rs.getLong(3);
                out.put(rs.getString(1), new FileState(rs.getString(1), rs.getLong(2),
                        java.time.Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L)));
            }
        } catch (SQLException e) {
            throw fail("read watched files", e);
        }
        return out;
    }

    /** Records files as ingested (after their articles are committed), in one transaction. */
    public void recordWatchedFiles(List<FileState> files) {
        try {
            conn.setAutoCommit(false);
            PreparedStatement del = prepare("DELETE FROM watched_files WHERE path = ?");
            PreparedStatement ins = prepare("INSERT INTO watched_files VALUES (?, ?, make_timestamp(?), ?)");
            for (FileState f : files) {
                del.setString(1, f.path());
                del.executeUpdate();
                ins.setString(1, f.path());
                ins.setLong(2, f.size());
                // microseconds: DuckDB's TIMESTAMP precision, so a file recorded equals the file read back
                ins.setLong(3, f.modified().getEpochSecond() * 1_000_000L + f.modified().getNano() / 1000);
                ins.setObject(4, now());
                ins.executeUpdate();
            }
            conn.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail("record watched files", e);
        }
    }

    // ---------------------------------------------------------------- reading

    /** Row counts of the main tables. */
    public record Counts(long articles, long sentences, long events, long mentions, long actors) {
    }

    public Counts counts() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), (SELECT count(*) FROM events), "
                        + "(SELECT count(*) FROM mentions), (SELECT count(*) FROM actors)")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        } catch (SQLException e) {
            throw fail("count rows", e);
        }
    }

    /** Runs a query and returns its rows as lists of column values (for small results: summaries, tests). */
    public List<List<Object>> rows(String sql, Object... params) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int c = 1; c <= n; c++) {
                        row.add(rs.getObject(c));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("query", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, java.sql.Date.valueOf(d));
        }
    }

    private void rollbackQuietly() {
        try {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private StoreException fail(String what, Exception e) {
        if (e instanceof SQLException sql) {
            return failure(file, "store " + file + ": cannot " + what, sql);
        }
        return new StoreException("store " + file + ": cannot " + what + ": " + firstLine(e.getMessage()), e);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            ids.close();
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + firstLine(e.getMessage()), e);
        }
    }
}
