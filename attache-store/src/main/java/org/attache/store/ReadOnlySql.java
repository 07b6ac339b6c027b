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
        Scan scan = scan(sql);
        if (scan.problem() != null) {
            return scan.problem();
        }
        if (scan.firstWord().isEmpty()) {
            return "empty statement";
        }
        if (scan.innerSemicolon()) {
            return "one statement at a time (found ';' inside)";
        }
        String first = scan.firstWord().toLowerCase(Locale.ROOT);
        if (!QUERY_WORDS.contains(first)) {
            return "read-only: only queries (SELECT, WITH, FROM, DESCRIBE, SHOW, EXPLAIN, SUMMARIZE) are allowed, not "
                    + first.toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * What the guard needs from the SQL text, read the way DuckDB's lexer reads it: the first
     * keyword after comments and opening parentheses, and whether a ';' outside string literals,
     * quoted identifiers and comments is followed by more than whitespace, comments and ';'.
     */
    record Scan(String firstWord, boolean innerSemicolon, String problem) {
    }

    static Scan scan(String sql) {
        String firstWord = null;
        boolean afterSemicolon = false;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return new Scan("", false, "unterminated /* comment");
                }
                i = end + 2;
            } else if (c == ';') {
                afterSemicolon = firstWord != null;
                i++;
            } else {
                if (afterSemicolon) {
                    return new Scan(firstWord, true, null);
                }
                if (c == '\'' || c == '"') {
                    int end = closing(sql, i, c);
                    if (end < 0) {
                        return new Scan("", false, "unterminated " + (c == '"' ? "quoted identifier" : "string literal"));
                    }
                    if (firstWord == null) {
                        firstWord = sql.substring(i, end + 1);
                    }
                    i = end + 1;
                } else if (c == '$' && dollarTag(sql, i) != null) {
                    String tag = dollarTag(sql, i);
                    int end = sql.indexOf(tag, i + tag.length());
                    if (end < 0) {
                        return new Scan("", false, "unterminated " + tag + " string");
                    }
                    i = end + tag.length();
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i;
                    while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
                        j++;
                    }
                    if (firstWord == null) {
                        firstWord = sql.substring(i, j);
                    }
                    i = j;
                } else {
                    if (firstWord == null && c != '(') {
                        firstWord = String.valueOf(c);
                    }
                    i++;
                }
            }
        }
        return new Scan(firstWord == null ? "" : firstWord, false, null);
    }

    /** Index of the quote closing the literal opened at {@code open} (a doubled quote is an escaped one), or -1. */
    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The dollar-quote tag ({@code $$} or {@code $name$}) starting at {@code i}, or null. */
    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, j + 1);
        }
        return null;
    }

    /** Runs {@code sql}, printing its rows; returns how many. Past {@code timeout} the statement is cancelled. */
    public static long run(EventStore store, String sql, String format, PrintWriter out, java.time.Duration timeout) {
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
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        try (Statement st = store.connection().createStatement()) {
            st.execute("SET enable_external_access = false");
            // a runaway query (a cross join of the mentions with themselves) is cancelled, not waited for
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(timeout.toMillis());
                    stopped.set(true);
                    st.cancel();
                } catch (InterruptedException | SQLException e) {
                    // finished in time, or nothing left to cancel
                }
            }, "attache-sql-timeout");
            watchdog.setDaemon(true);
            watchdog.start();
            try (ResultSet rs = st.executeQuery(s)) {
                return ResultPrinter.print(rs, format, out);
            } finally {
                watchdog.interrupt();
            }
        } catch (SQLException e) {
            if (stopped.get()) {
                throw new StoreException("sql: query stopped after " + timeout.toSeconds() + " s (a longer limit: --timeout SECONDS)", e);
            }
            throw EventStore.failure(store.file(), "sql", e);
        }
    }

    /** As {@link #run(EventStore, String, String, PrintWriter, java.time.Duration)} with the default limit. */
    public static long run(EventStore store, String sql, String format, PrintWriter out) {
        return run(store, sql, format, out, DEFAULT_TIMEOUT);
    }

    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(60);
}
