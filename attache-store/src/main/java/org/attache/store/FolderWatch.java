package org.attache.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps a store current with a folder that news scrapers drop files into: each {@link #scan}
 * ingests every file that is new or changed (size or modification time) since it was last
 * ingested. Files are recorded only after their articles are committed (or recorded as failed), so
 * a watcher killed at any moment makes the next scan read the file again (the articles already
 * stored are skipped then).
 * Files modified within the settle time (still being written), hidden files and the temporary
 * names downloaders use (.tmp, .part, .crdownload, ~) wait for a later scan.
 */
public final class FolderWatch {
    /** What one scan found and did. */
    public record Scan(int files, int ingestedFiles, int waiting, Ingest.Summary summary) {
    }

    private final EventStore store;
    private final Ingest ingest;
    private final Path dir;
    private final Duration settle;
    private final Clock clock;

    public FolderWatch(EventStore store, Ingest ingest, Path dir, Duration settle, Clock clock) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("watch: " + dir + " is not a directory (give the folder the scrapers write into)");
        }
        this.store = store;
        this.ingest = ingest;
        this.dir = dir;
        this.settle = settle;
        this.clock = clock;
    }

    /** Ingests the new and changed files under the folder; the summary is null when there were none. */
    public Scan scan(Ingest.Listener listener) {
        Map<String, EventStore.FileState> seen = store.watchedFiles();
        Instant settled = clock.instant().minus(settle);
        List<Path> changed = new ArrayList<>();
        List<EventStore.FileState> states = new ArrayList<>();
        int files = 0;
        int waiting = 0;
        for (Path f : list()) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // gone between listing and reading: the next scan sees what is there
            }
            files++;
            EventStore.FileState now = new EventStore.FileState(f.toAbsolutePath().normalize().toString(), a.size(),
                    // the store keeps microseconds (DuckDB's TIMESTAMP); file systems may give nanoseconds
                    a.lastModifiedTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            if (now.equals(seen.get(now.path()))) {
                continue;
            }
            if (now.modified().isAfter(settled)) {
                waiting++;
                continue;
            }
            changed.add(f);
            states.add(now);
        }
        if (changed.isEmpty()) {
            return new Scan(files, 0, waiting, null);
        }
        Ingest.Summary s = ingest.ingestPaths(changed, listener);
        // an article that failed is kept in failed_articles (retried by `ingest --retry-failed` or when its text changes)
        store.recordWatchedFiles(states);
        return new Scan(files, changed.size(), waiting, s);
    }

    private List<Path> list() {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !temporary(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("watch: cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Hidden files and the names downloads and editors use while writing. */
    static boolean temporary(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.endsWith("~") || n.endsWith(".tmp") || n.endsWith(".part")
                || n.endsWith(".crdownload") || n.endsWith(".partial");
    }
}
