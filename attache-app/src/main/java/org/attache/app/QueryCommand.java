package org.attache.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attache.store.EventStore;
import org.attache.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "query", description = "List stored events (deduplicated, with their first mention's evidence) matching filters.")
final class QueryCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    FilterOptions filters;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many events, earliest first; 0 for all (default: ${DEFAULT-VALUE}).")
    long limit;

    @Override
    public Integer call() {
        Exporter.Format f = Exporter.Format.parse(format);
        if (f != Exporter.Format.TABLE && f != Exporter.Format.JSONL && f != Exporter.Format.CSV) {
            err.println("attache query: --format must be table, jsonl or csv (for other layouts use attache export)");
            return 2;
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            long n = new Exporter(store).write(f, filters.toFilter(), limit,
                    new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)));
            err.println("attache query: " + n + " event(s)" + (limit > 0 && n == limit ? " (--limit reached)" : ""));
        }
        return 0;
    }
}
