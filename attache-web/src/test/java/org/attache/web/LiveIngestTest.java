package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `attache ingest` while a server owns the store: the server file is found, the files go
 * through the server's writer, progress comes back, and the server's readers see the result.
 */
class LiveIngestTest {
    @TempDir
    Path dir;

    @Test
    void filesGoThroughTheRunningServer() throws Exception {
        Path db = dir.resolve("live.duckdb");
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), HandParsed.text(ApiTest.CODE_ME));
        Files.writeString(in.resolve("b.jsonl"), "{\"id\": \"b1\", \"text\": \"Chad left. Mali stayed.\"}\n{broken\n");
        assertThat(ServerFile.find(db)).isEmpty();
        HandParsed engine = new HandParsed(Map.of("code", ApiTest.CODE_ME));
        try (ExplorerService service = new ExplorerService(db, Pipeline.builtIn(), () -> engine, 1);
             WebServer server = WebServer.start(service, new WebServer.Options("127.0.0.1", 0, "live-token-1", 65536))) {
            ServerFile written = ServerFile.write(db, server.url(), "live-token-1");
            try {
                ServerFile found = ServerFile.find(db).orElseThrow();
                assertThat(found.url()).isEqualTo(server.url());
                assertThat(found.token()).isEqualTo("live-token-1");
                if (Files.getFileStore(found.file()).supportsFileAttributeView("posix")) {
                    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(found.file()))).isEqualTo("rw-------");
                }
                List<String> lines = new ArrayList<>();
                ServerClient.Result r = new ServerClient(found).ingest(List.of(in), LocalDate.of(2024, 3, 17), false, 20,
                        lines::add);
                assertThat(r.state()).isEqualTo("done");
                assertThat(r.written()).isEqualTo(2);
                assertThat(r.mentions()).isEqualTo(1);
                assertThat(r.inputProblems()).isEqualTo(1);
                assertThat(r.problems()).anyMatch(p -> p.contains("b.jsonl") && p.contains("2"));
                assertThat(lines).isNotEmpty();
                assertThat(lines.get(lines.size() - 1)).startsWith("done: 2/2 articles");
                // the server's readers see what its writer committed
                assertThat(service.stats(new Params(Map.of(), java.util.Set.of("days", "top"))).get("counts")
                        .get("articles").asInt()).isEqualTo(2);
                // again: nothing new
                assertThat(new ServerClient(found).ingest(List.of(in), null, false, 20, l -> { }).skipped()).isEqualTo(2);
                // a wrong token is refused with the server's message
                ServerFile wrong = new ServerFile(found.file(), found.url(), "not-the-token", found.pid());
                assertThatThrownBy(() -> new ServerClient(wrong).ingest(List.of(in), null, false, 20, l -> { }))
                        .hasMessageContaining("403").hasMessageContaining("wrong token");
            } finally {
                written.delete();
            }
            assertThat(ServerFile.find(db)).isEmpty();
        }
    }

    @Test
    void aServerFileOfADeadProcessIsIgnored() throws Exception {
        Path db = dir.resolve("gone.duckdb");
        Files.writeString(ServerFile.pathFor(db), "{\"url\": \"http://127.0.0.1:1\", \"token\": \"x\", \"pid\": 999999999}");
        assertThat(ServerFile.find(db)).isEmpty();
        assertThat(ServerFile.pathFor(db)).doesNotExist();
    }

    @Test
    void theLoadHarnessOnlyTargetsThisMachine() {
        assertThatThrownBy(() -> new LoadHarness("http://example.com:7070")).hasMessageContaining("only targets this machine");
        assertThat(WebServer.isLoopback("localhost")).isTrue();
        assertThat(WebServer.isLoopback("::1")).isTrue();
        assertThatThrownBy(() -> new LoadHarness("http://10.0.0.1:7070")).hasMessageContaining("only targets this machine");
    }
}
