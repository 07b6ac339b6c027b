package org.attache.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.attache.model.Document;
import org.attache.pipeline.Pipeline;

/**
 * Codes one partition of articles with the executor's shared coder ({@link ExecutorCoder}):
 * one row out per row in, lazily (a partition never sits in memory whole). An article that
 * fails becomes an error row naming the stage; the task goes on.
 */
final class CodePartition implements MapPartitionsFunction<Row, Row> {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final CoderConfig config;
    private final JobMetrics metrics;

    CodePartition(CoderConfig config, JobMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> in) {
        return new Iterator<>() {
            private ExecutorCoder.Loaded coder;

            @Override
            public boolean hasNext() {
                boolean more = in.hasNext();
                if (!more) {
                    metrics.sampleHeap();
                }
                return more;
            }

            @Override
            public Row next() {
                if (!in.hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = in.next();
                if (r.getAs("problem") != null) {
                    metrics.failed.add(1);
                    return Rows.error(r, "read", r.getAs("problem"));
                }
                if (coder == null) {
                    coder = ExecutorCoder.get(config, l -> metrics.modelLoaded(l.loadMillis()));
                }
                return code(coder, r);
            }
        };
    }

    private Row code(ExecutorCoder.Loaded coder, Row r) {
        metrics.articles.add(1);
        long cpu0 = CPU.getCurrentThreadCpuTime();
        try {
            return codeTimed(coder, r);
        } finally {
            metrics.codingCpuNanos.add(Math.max(0, CPU.getCurrentThreadCpuTime() - cpu0));
        }
    }

    private Row codeTimed(ExecutorCoder.Loaded coder, Row r) {
        Document doc;
        try {
            doc = coder.engine().annotate(Rows.article(r));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            metrics.failed.add(1);
            return Rows.error(r, "nlp", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            Pipeline.CodedArticle coded = coder.pipeline().codeArticle(doc);
            metrics.sentences.add(doc.sentences().size());
            metrics.mentions.add(coded.events().size());
            return Rows.coded(r, doc.sentences(), coded.events(), coded.sourcing(), coder.pipeline().ontology());
        } catch (RuntimeException | StackOverflowError e) {
            metrics.failed.add(1);
            return Rows.error(r, "coding", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
