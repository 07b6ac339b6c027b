package org.attache.store;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

/**
 * Runs one read-only SQL statement on a store opened read-only. Two guards: the statement must
 * start with a query keyword (so COPY TO, ATTACH, INSTALL, SET… are refused before DuckDB sees
 * them), and the connection itself is read-only with external file access switched off.
 */
public final class ReadOnlySql {
    private static final Set<String> QUERY_WORDS = Set.of("select", "with", "from", "describe", "show", "explain",
            "summarize", "values", "table");

    private ReadOnlySql() {
    }

    /** Why the statement is refused, or null when it may run. */
    public static String refusal(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return "empty statement";
        }
        if (s.contains(";")) {
            return "one statement at a time (found ';' inside)";
        }
        String first = s.split("[\\s(]+", 2)[0].toLowerCase(Locale.ROOT);
        if (!QUERY_WORDS.contains(first)) {
            return "read-only: only queries (SELECT, WITH, FROM, DESCRIBE, SHOW, EXPLAIN, SUMMARIZE) are allowed, not "
                    + first.toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /** Runs {@code sql}, printing its rows; returns how many. */
    public static long run(EventStore store, String sql, String format, PrintWriter out) {
        if (!store.readOnly()) {
            throw new IllegalArgumentException("open the store read-only for sql");
        }
        String why = refusal(sql);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try (Statement st = store.connection().createStatement()) {
            st.execute("SET enable_external_access = false");
            try (ResultSet rs = st.executeQuery(s)) {
                return ResultPrinter.print(rs, format, out);
            }
        } catch (SQLException e) {
            throw new StoreException("sql: " + EventStore.firstLine(e.getMessage()), e);
        }
    }
}
