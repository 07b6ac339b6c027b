package org.attache.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.io.InputProblem;
import org.attache.model.Article;
import org.attache.nlp.NlpEngineFactory;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;
import org.attache.store.Ingest;

/**
 * The server's one writer: ingest jobs (articles posted to the API, or files named by
 * {@code attache ingest} or {@code POST /api/ingest}) run one after another on a single thread
 * that owns the store's write connection, each through the same {@link Ingest} runner as the
 * command line (so identity, skipping and batching are the same), while readers keep reading.
 * Each job's progress is kept for {@code GET /api/ingest/{id}}.
 */
final class LiveIngest implements AutoCloseable {
    /** How many finished jobs stay listed. */
    private static final int KEEP_JOBS = 50;
    /** How many problem messages a job keeps. */
    private static final int KEEP_PROBLEMS = 100;

    private final EventStore store;
    private final Pipeline pipeline;
    private final NlpEngineFactory engines;
    private final int threads;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "attache-store-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    LiveIngest(EventStore store, Pipeline pipeline, NlpEngineFactory engines, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.engines = engines;
        this.threads = threads;
    }

    /** One ingest job and its progress (fields written by the writer thread, read by requests). */
    static final class Job {
        final int id;
        final String kind;
        final Instant queued = Instant.now();
        volatile String state = "queued";
        volatile Ingest.Summary summary;
        volatile int total;
        volatile String error;
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        Job(int id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        boolean finished() {
            return state.equals("done") || state.equals("failed");
        }

        ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("id", id);
            o.put("kind", kind);
            o.put("state", state);
            o.put("queued", queued.toString());
            o.put("total", total);
            Ingest.Summary s = summary;
            o.put("done", s == null ? 0 : s.written() + s.skipped() + s.failed());
            o.put("written", s == null ? 0 : s.written());
            o.put("replaced", s == null ? 0 : s.replaced());
            o.put("skipped", s == null ? 0 : s.skipped());
            o.put("failed", s == null ? 0 : s.failed());
            o.put("sentences", s == null ? 0 : s.sentences());
            o.put("mentions", s == null ? 0 : s.mentions());
            o.put("new_events", s == null ? 0 : s.newEvents());
            o.put("input_problems", s == null ? 0 : s.inputProblems());
            o.put("seconds", s == null ? 0.0 : Math.round(s.seconds() * 10) / 10.0);
            o.put("error", error);
            var p = o.putArray("problems");
            synchronized (problems) {
                problems.forEach(p::add);
            }
            return o;
        }
    }

    /** Queues articles (already parsed from a request) for coding into the store. */
    Job submitArticles(List<Article> articles, boolean recode) {
        Job job = newJob("articles");
        job.total = articles.size();
        writer.execute(() -> run(job, recode, LocalDate.now(), ingest -> ingest.ingest(articles, listener(job))));
        return job;
    }

    /** Queues files and directories on the server's disk (as {@code attache ingest PATH...}). */
    Job submitPaths(List<Path> paths, LocalDate defaultDate, boolean recode) {
        Job job = newJob("paths");
        writer.execute(() -> run(job, recode, defaultDate, ingest -> ingest.ingestPaths(paths, listener(job))));
        return job;
    }

    private Job newJob(String kind) {
        Job job = new Job(ids.incrementAndGet(), kind);
        synchronized (jobs) {
            jobs.put(job.id, job);
            if (jobs.size() > KEEP_JOBS) {
                jobs.entrySet().removeIf(e -> e.getValue().finished() && jobs.size() > KEEP_JOBS);
            }
        }
        return job;
    }

    private interface Runner {
        Ingest.Summary run(Ingest ingest);
    }

    private void run(Job job, boolean recode, LocalDate defaultDate, Runner runner) {
        job.state = "running";
        try {
            job.summary = runner.run(new Ingest(store, pipeline, engines,
                    new Ingest.Options(threads, defaultDate, recode)));
            job.state = "done";
        } catch (RuntimeException | OutOfMemoryError e) {
            job.error = e.getClass().getSimpleName() + ": " + e.getMessage();
            job.state = "failed";
        }
    }

    private static Ingest.Listener listener(Job job) {
        return new Ingest.Listener() {
            @Override
            public void problem(InputProblem p) {
                keep(job, p.toString());
            }

            @Override
            public void failed(Article a, String error) {
                keep(job, "article " + a.id() + ": " + error);
            }

            @Override
            public void progress(Ingest.Summary soFar, int total) {
                job.total = total;
                job.summary = soFar;
            }
        };
    }

    private static void keep(Job job, String message) {
        if (job.problems.size() < KEEP_PROBLEMS) {
            job.problems.add(message);
        }
    }

    Job job(int id) {
        return jobs.get(id);
    }

    /** All kept jobs, newest first. */
    List<Job> jobs() {
        synchronized (jobs) {
            List<Job> out = new ArrayList<>(jobs.values());
            Collections.reverse(out);
            return out;
        }
    }

    /** Waits for the running job to commit and stop (queued jobs are dropped). */
    @Override
    public void close() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
