package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * How other commands find the server that owns a store: while {@code attache serve} runs it
 * keeps {@code STORE.server} beside the store (readable by its owner only) with its URL and
 * write token; {@code attache ingest} reads it and sends its files through the server, since
 * DuckDB lets only one process open the file for writing.
 */
public record ServerFile(Path file, String url, String token, long pid) {
    public static Path pathFor(Path db) {
        Path abs = db.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".server");
    }

    /** Writes the file for a server on {@code db}; it is removed by {@link #delete}. */
    public static ServerFile write(Path db, String url, String token) {
        Path f = pathFor(db);
        ObjectNode o = Json.object();
        o.put("url", url);
        o.put("token", token);
        o.put("pid", ProcessHandle.current().pid());
        o.put("db", db.toAbsolutePath().toString());
        try {
            Files.deleteIfExists(f);
            try {
                Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(f);
            }
            Files.writeString(f, Json.write(o) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + f + " (how `attache ingest` finds this server): "
                    + e.getMessage(), e);
        }
        return new ServerFile(f, url, token, ProcessHandle.current().pid());
    }

    /**
     * The server file of {@code db} if one exists and its process is alive; a file left by a
     * server that died is ignored (and removed when possible).
     */
    public static Optional<ServerFile> find(Path db) {
        Path f = pathFor(db);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode o = Json.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
            long pid = o.path("pid").asLong(-1);
            if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(new ServerFile(f, o.path("url").asText(), o.path("token").asText(), pid));
            }
            Files.deleteIfExists(f);
        } catch (IOException | RuntimeException e) {
            // unreadable: treat as no server; opening the store will say if it is really in use
        }
        return Optional.empty();
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next find() sees a dead pid and ignores the file
        }
    }
}
