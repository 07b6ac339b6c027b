package org.attache.store;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Summaries of a store: events by day, CAMEO root, dyad and outlet (for {@code stats} and {@code demo}). */
public final class StoreStats {
    private final EventStore store;

    public StoreStats(EventStore store) {
        this.store = store;
    }

    public enum Section { DAY, ROOT, DYAD, OUTLET }

    /** The SQL of a section over the filtered events, top {@code top} rows (days: the latest {@code top}). */
    static String sql(Section s, EventFilter.Sql f, int top) {
        String sel = "sel AS (SELECT e.* FROM events e WHERE " + f.where() + ")";
        return switch (s) {
            case DAY -> "WITH " + sel + " SELECT * FROM (SELECT CAST(event_date AS VARCHAR) AS day, count(*) AS events, "
                    + "sum(num_mentions) AS mentions FROM sel GROUP BY event_date ORDER BY event_date DESC LIMIT " + top
                    + ") ORDER BY day";
            case ROOT -> "WITH " + sel + " SELECT e.root, t.name, count(*) AS events, sum(e.num_mentions) AS mentions "
                    + "FROM sel e LEFT JOIN event_types t ON t.code = e.root GROUP BY e.root, t.name "
                    + "ORDER BY events DESC, e.root LIMIT " + top;
            case DYAD -> "WITH " + sel + " SELECT source_code AS source, "
                    + "CASE WHEN target_code = '' THEN '-' ELSE target_code END AS target, count(*) AS events, "
                    + "sum(num_mentions) AS mentions FROM sel GROUP BY source_code, target_code "
                    + "ORDER BY events DESC, mentions DESC, source, target LIMIT " + top;
            case OUTLET -> "WITH " + sel + " SELECT CASE WHEN a.outlet = '' THEN '(unknown)' ELSE a.outlet END AS outlet, "
                    + "count(DISTINCT a.article_key) AS articles, count(*) AS mentions, count(DISTINCT m.event_id) AS events "
                    + "FROM mentions m JOIN sel e ON e.event_id = m.event_id JOIN articles a ON a.article_key = m.article_key "
                    + "GROUP BY a.outlet ORDER BY mentions DESC, outlet LIMIT " + top;
        };
    }

    public void print(Section s, EventFilter filter, int top, String format, PrintWriter out) {
        EventFilter.Sql f = filter.toSql();
        try (PreparedStatement ps = store.connection().prepareStatement(sql(s, f, top))) {
            for (int i = 0; i < f.params().size(); i++) {
                ps.setObject(i + 1, f.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultPrinter.print(rs, format, out);
            }
        } catch (SQLException e) {
            throw new StoreException("stats: " + EventStore.firstLine(e.getMessage()), e);
        }
    }
}
