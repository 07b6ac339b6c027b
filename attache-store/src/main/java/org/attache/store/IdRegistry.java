package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Sequential integer ids for events (by content hash) and articles (by key), with the time each
 * was first stored. The registries are never deleted from: an event or article that goes and
 * comes back gets its old id and time, and an id never passes to anything else. Runs inside the
 * store's write transaction (one writer).
 */
final class IdRegistry {
    /** A sequential id and the time its owner was first stored. */
    record Registered(long id, LocalDateTime added) {
    }

    private final Connection conn;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** The next ids (read lazily from the registries). */
    private long nextEventId;
    private long nextArticleId;

    IdRegistry(Connection conn) {
        this.conn = conn;
    }

    /** The event's registered id, else a new one stamped {@code now}. */
    Registered event(long hash, LocalDateTime now) throws SQLException {
        PreparedStatement q = prepare("SELECT event_id, added FROM event_keys WHERE content_hash = ?");
        q.setLong(1, hash);
        try (ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                return new Registered(rs.getLong(1), rs.getObject(2, LocalDateTime.class));
            }
        }
        if (nextEventId == 0) {
            nextEventId = maxId("SELECT max(event_id) FROM event_keys") + 1;
        }
        Registered r = new Registered(nextEventId++, now);
        PreparedStatement ins = prepare("INSERT INTO event_keys VALUES (?,?,?)");
        ins.setLong(1, hash);
        ins.setLong(2, r.id());
        ins.setObject(3, r.added());
        ins.executeUpdate();
        return r;
    }

    /** The article's registered id, else a new one stamped {@code now}. */
    Registered article(String key, LocalDateTime now) throws SQLException {
        PreparedStatement q = prepare("SELECT article_id, added FROM article_ids WHERE article_key = ?");
        q.setString(1, key);
        try (ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                return new Registered(rs.getLong(1), rs.getObject(2, LocalDateTime.class));
            }
        }
        if (nextArticleId == 0) {
            nextArticleId = maxId("SELECT max(article_id) FROM article_ids") + 1;
        }
        Registered r = new Registered(nextArticleId++, now);
        PreparedStatement ins = prepare("INSERT INTO article_ids VALUES (?,?,?)");
        ins.setString(1, key);
        ins.setLong(2, r.id());
        ins.setObject(3, r.added());
        ins.executeUpdate();
        return r;
    }

    /**
     * Forgets the cached next ids (after a rolled-back transaction they may be ahead of the
     * registry; reading them again keeps ids dense).
     */
    void reset() {
        nextEventId = 0;
        nextArticleId = 0;
    }

    private long maxId(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    void close() throws SQLException {
        for (PreparedStatement ps : prepared.values()) {
            ps.close();
        }
    }
}
