package org.attache.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.nlp.corenlp.CoreNlpEngine;
import org.attache.pipeline.Pipeline;
import org.attache.web.ExplorerService;
import org.attache.web.LoadHarness;
import org.attache.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-serve", description = "Load test of the REST API on this machine: concurrent clients send read "
        + "requests for a fixed time; prints throughput, p50/p95/p99 latency and errors per endpoint.")
final class BenchServeCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.duckdb", description = "The store to serve (default: ${DEFAULT-VALUE}); run `attache demo` first.")
    Path db;

    @Option(names = "--url", description = "Drive a server already running on this machine (http://127.0.0.1:PORT) instead of starting one on --db.")
    String url;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Duration (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 1000 || seconds <= 0 || seconds > 3600) {
            err.println("attache bench-serve: --clients must be 1..1000 and --seconds 0..3600");
            return 2;
        }
        ExplorerService service = null;
        WebServer server = null;
        try {
            String target = url;
            if (target == null) {
                if (!java.nio.file.Files.isRegularFile(db)) {
                    err.println("attache bench-serve: no store at " + db + ": run `attache demo` first");
                    return 1;
                }
                service = new ExplorerService(db, Pipeline.builtIn(), CoreNlpEngine.factory(), 1);
                server = WebServer.start(service, new WebServer.Options("127.0.0.1", 0, "bench-token-unused",
                        WebServer.DEFAULT_MAX_BODY));
                target = server.url();
            }
            err.printf("attache bench-serve: %d clients for %.0f s against %s…%n", clients, seconds, target);
            List<LoadHarness.Figures> figures = new LoadHarness(target).run(clients, seconds);
            out.printf("%d clients, %.0f s, %d cores, store %s%n", clients, seconds,
                    Runtime.getRuntime().availableProcessors(), url == null ? db : target);
            figures.forEach(f -> out.println(f.line()));
            return figures.get(0).errors() == 0 ? 0 : 1;
        } finally {
            if (server != null) {
                server.close();
            }
            if (service != null) {
                service.close();
            }
        }
    }
}
