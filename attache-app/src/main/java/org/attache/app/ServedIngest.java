package org.attache.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.web.ServerClient;
import org.attache.web.ServerFile;

/** {@code attache ingest} while {@code attache serve} owns the store: the server codes the files, this follows. */
final class ServedIngest {
    private ServedIngest() {
    }

    static int run(ServerFile server, Path db, List<Path> paths, LocalDate date, boolean recode, PrintStream out,
                   PrintStream err) {
        if (paths.isEmpty()) {
            out.println("attache ingest: store " + db + " is served by " + server.url() + " (process " + server.pid() + ")");
            return 0;
        }
        err.println("attache ingest: " + db + " is served by " + server.url() + ": sending the files to it "
                + "(the explorer shows events as they are coded)");
        try {
            ServerClient.Result r = new ServerClient(server).ingest(paths, date, recode, 1000,
                    line -> err.println("attache ingest: " + line));
            r.problems().forEach(p -> err.println("attache ingest: " + p));
            if (r.error() != null) {
                err.println("attache ingest: the server's ingest failed: " + r.error());
                return 1;
            }
            out.printf("attache ingest (through %s): %d stored (%d replaced), %d already stored, %d failed; %d sentences, "
                            + "%d event mentions (%d new events); %d input problem(s); %.1f s%n", server.url(), r.written(),
                    r.replaced(), r.skipped(), r.failed(), r.sentences(), r.mentions(), r.newEvents(), r.inputProblems(),
                    r.seconds());
            return r.inputProblems() == 0 && r.failed() == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("attache ingest: cannot reach the server at " + server.url() + " that owns " + db + ": "
                    + e.getMessage() + " (stop it, or remove " + server.file() + " if it is gone)");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("attache ingest: interrupted; the server goes on with the files it was sent");
            return 1;
        }
    }
}
