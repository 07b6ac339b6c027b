package org.attache.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.attache.web.ExplorerService;
import org.attache.web.ServerFile;
import org.attache.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the explorer pages and the REST API over the store (the server then owns "
        + "the store: `attache ingest` sends its files through it, so the pages show events as they are coded).")
final class ServeCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store (default: ${DEFAULT-VALUE}); created if missing.")
    Path db;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the server to the network).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Token for the write endpoints (POST /api/articles, /api/ingest). Default: $ATTACHE_TOKEN, else a random one printed at start-up.")
    String token;

    @Option(names = "--threads", defaultValue = "0", description = "Coding threads for ingest and /api/code (default: all cores).")
    int threads;

    @Option(names = "--max-body-mb", paramLabel = "MB", defaultValue = "8", description = "Largest request body accepted, in MB (default: ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            err.println("attache serve: --port must be 0..65535, got " + port);
            return 2;
        }
        if (maxBodyMb < 1 || maxBodyMb > 1024) {
            err.println("attache serve: --max-body-mb must be 1..1024, got " + maxBodyMb);
            return 2;
        }
        var running = ServerFile.find(db);
        if (running.isPresent()) {
            err.println("attache serve: " + db + " is already served at " + running.get().url() + " (process "
                    + running.get().pid() + ")");
            return 1;
        }
        String t = token != null ? token : System.getenv("ATTACHE_TOKEN");
        if (t == null || t.isBlank()) {
            byte[] b = new byte[16];
            new SecureRandom().nextBytes(b);
            t = HexFormat.of().formatHex(b);
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExplorerService service = new ExplorerService(db, Pipeline.builtIn(), CoreNlpEngine.factory(), n);
        WebServer server;
        try {
            server = WebServer.start(service, new WebServer.Options(host, port, t, maxBodyMb * 1024L * 1024L));
        } catch (RuntimeException e) {
            service.close();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + (port != 0 ? " (is the port in use? try --port 0)" : ""), e);
        }
        ServerFile file = ServerFile.write(db, server.url(), t);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            file.delete();
            server.close();
            service.close();
            stopped.countDown();
        }, "attache-serve-stop"));
        out.println("Attaché explorer on " + server.url() + "/  (store " + db + ")");
        out.println("API: " + server.url() + "/api/openapi.json; write token: " + t);
        out.println("`attache ingest PATH... --db " + db + "` now sends its articles through this server. Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }
}
