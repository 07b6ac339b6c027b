package org.attache.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.store.EventStore;
import org.attache.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", description = "Summaries of the store: events by day, CAMEO root, dyad and outlet.")
final class StatsCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    FilterOptions filters;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--by", split = ",", description = "Sections: day, root, dyad, outlet (default: all).")
    List<String> by = List.of("day", "root", "dyad", "outlet");

    @Option(names = "--top", defaultValue = "20", description = "Rows per section (days: the latest) (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (EventStore store = EventStore.openReadOnly(db)) {
            w.println("store " + db + ": " + IngestCommand.describe(store.counts()));
            StoreStats stats = new StoreStats(store);
            for (String b : by) {
                StoreStats.Section s;
                try {
                    s = StoreStats.Section.valueOf(b.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--by takes day, root, dyad or outlet, not '" + b + "'");
                }
                w.println();
                w.println("events by " + s.name().toLowerCase(Locale.ROOT) + ":" + (s == StoreStats.Section.DAY ? days(store) : ""));
                stats.print(s, filters.toFilter(), top, format, w);
            }
            w.flush();
        }
        return 0;
    }

    /** " the latest N of M days (--top M shows all)" when the day section is cut, else "". */
    private String days(EventStore store) {
        org.attache.store.EventFilter.Sql f = filters.toFilter().toSql();
        long days = ((Number) store.rows("SELECT count(DISTINCT e.event_date) FROM events e WHERE " + f.where(),
                f.params().toArray()).get(0).get(0)).longValue();
        return days > top ? " the latest " + top + " of " + days + " days (--top " + days + " shows all)" : "";
    }
}
