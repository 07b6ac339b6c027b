package org.attache.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attache.store.EventStore;
import org.attache.store.Exporter;
import org.attache.store.ParquetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write stored events in GDELT 2.0 (events or mentions), ICEWS, PLOVER JSON, POLECAT, "
        + "CSV, JSON Lines or Parquet layout (column tables: docs/export-formats.md).")
final class ExportCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "gdelt, gdelt-mentions, icews, plover, polecat, csv, jsonl or parquet.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output; required for parquet).")
    Path outFile;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--from-parquet", paramLabel = "DIR", description = "Export the Parquet tables that spark-code wrote to DIR "
            + "(loaded into a temporary store first) instead of --db.")
    Path fromParquet;

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() throws IOException {
        Exporter.Format f = Exporter.Format.parse(format);
        if (f == Exporter.Format.TABLE) {
            err.println("attache export: for a table use attache query");
            return 2;
        }
        Path temp = fromParquet == null ? null : loadParquet();
        try (EventStore store = EventStore.openReadOnly(temp != null ? temp : db)) {
            Exporter ex = new Exporter(store);
            long n;
            if (f == Exporter.Format.PARQUET) {
                if (outFile == null) {
                    err.println("attache export: parquet needs --out FILE.parquet");
                    return 2;
                }
                n = ex.writeParquet(filters.toFilter(), 0, outFile);
            } else if (outFile == null) {
                n = ex.write(f, filters.toFilter(), 0, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            } else {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
                    n = ex.write(f, filters.toFilter(), 0, w);
                }
            }
            err.println("attache export: " + n + " record(s) in " + format + " layout"
                    + (outFile == null ? "" : " to " + outFile));
            if (ex.skipped() > 0) {
                err.println("attache export: " + ex.skipped() + " event(s) left out: no PLOVER category (CAMEO 01 "
                        + "statements, 02 appeals) or negated, as the PLOVER manual says");
            }
        } finally {
            if (temp != null) {
                deleteTemp(temp);
            }
        }
        return 0;
    }

    /** The Parquet tables of spark-code loaded into a temporary store (deleted after the export). */
    private Path loadParquet() throws IOException {
        Path temp = Files.createTempDirectory("attache-export").resolve("from-parquet.duckdb");
        try (EventStore loading = EventStore.open(temp)) {
            ParquetImport.Summary s = ParquetImport.load(loading, fromParquet, false, line -> err.println("attache export: " + line));
            err.println("attache export: " + s.articles() + " article(s), " + s.mentions() + " mention(s) from " + fromParquet);
        } catch (RuntimeException e) {
            deleteTemp(temp);
            throw e;
        }
        return temp;
    }

    private static void deleteTemp(Path temp) throws IOException {
        Files.deleteIfExists(temp);
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".wal"));
        Files.deleteIfExists(temp.getParent());
    }
}
