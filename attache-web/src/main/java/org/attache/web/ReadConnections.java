package org.attache.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * Connections for readers, duplicated from the writer's: DuckDB lets one process open a file for
 * writing once, but any number of connections to that open database read it at the same time as
 * the writer writes (each query sees the last committed state). A request borrows one for the
 * duration of its queries.
 */
final class ReadConnections implements AutoCloseable {
    /** Work done with a borrowed connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final BlockingQueue<Connection> free;
    private final List<Connection> all = new ArrayList<>();

    ReadConnections(Connection writer, int size) {
        this.free = new ArrayBlockingQueue<>(size);
        try {
            DuckDBConnection base = writer.unwrap(DuckDBConnection.class);
            for (int i = 0; i < size; i++) {
                Connection c = base.duplicate();
                // each query its own transaction, so it sees what the writer committed last (the
                // writer's connection, and so its duplicates, run with auto-commit off)
                c.setAutoCommit(true);
                all.add(c);
                free.add(c);
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot open read connections to the store: " + e.getMessage(), e);
        }
    }

    <T> T with(String what, Work<T> work) {
        Connection c;
        try {
            c = free.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, null, "interrupted while waiting for the store");
        }
        if (c == null) {
            throw new ApiException(503, null, "the store is busy (all read connections in use for 30 s); retry");
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("store: cannot " + what + ": " + firstLine(e.getMessage()), e);
        } finally {
            free.add(c);
        }
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
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on shutdown: nothing left to save
            }
        }
    }
}
