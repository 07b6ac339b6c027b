package org.attache.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attache.store.EventStore;
import org.attache.store.ReadOnlySql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", description = "Run one read-only SQL query on the store (tables: articles, sentences, events, mentions, actors, event_types, countries).")
final class SqlCommand extends CliCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SQL", description = "A query, e.g. \"SELECT root, count(*) FROM events GROUP BY root\" (one starting with a -- comment is read as the query, not an option).")
    String sql;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Cancel the query after this many seconds (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Override
    public Integer call() {
        if (!(timeout > 0)) {
            err.println("attache sql: --timeout must be a positive number of seconds, got " + timeout);
            return 2;
        }
        String why = ReadOnlySql.refusal(sql);
        if (why != null) {
            err.println("attache sql: refused: " + why);
            return 2;
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            long n = ReadOnlySql.run(store, sql, format,
                    new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    java.time.Duration.ofMillis(Math.round(timeout * 1000)));
            err.println("attache sql: " + n + " row(s)");
        }
        return 0;
    }
}
