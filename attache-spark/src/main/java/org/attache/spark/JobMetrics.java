package org.attache.spark;

import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.apache.spark.SparkContext;
import org.apache.spark.util.AccumulatorV2;
import org.apache.spark.util.LongAccumulator;

/**
 * Counters the executors add to (Spark accumulators): articles, sentences, mentions, failures,
 * model loads and their cost, and the largest heap peak an executor JVM reported. Counts from
 * retried tasks may be counted twice (Spark's rule for accumulators updated in transformations);
 * the tables are not affected.
 */
final class JobMetrics implements Serializable {
    final LongAccumulator articles;
    final LongAccumulator sentences;
    final LongAccumulator mentions;
    final LongAccumulator failed;
    final LongAccumulator modelLoads;
    final LongAccumulator modelLoadMillis;
    /** CPU time the executors' task threads spent coding (NLP and coder, model loading excluded). */
    final LongAccumulator codingCpuNanos;
    final MaxAccumulator peakHeapBytes;

    JobMetrics(SparkContext sc) {
        articles = sc.longAccumulator("attache.articles");
        sentences = sc.longAccumulator("attache.sentences");
        mentions = sc.longAccumulator("attache.mentions");
        failed = sc.longAccumulator("attache.failed");
        modelLoads = sc.longAccumulator("attache.modelLoads");
        modelLoadMillis = sc.longAccumulator("attache.modelLoadMillis");
        codingCpuNanos = sc.longAccumulator("attache.codingCpuNanos");
        peakHeapBytes = new MaxAccumulator();
        sc.register(peakHeapBytes, "attache.peakHeapBytes");
    }

    void modelLoaded(long millis) {
        modelLoads.add(1);
        modelLoadMillis.add(millis);
    }

    /** The JVM's heap high-water mark so far (sum of the heap pools' peaks). */
    void sampleHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        peakHeapBytes.add(peak);
    }

    /** The largest value added. */
    static final class MaxAccumulator extends AccumulatorV2<Long, Long> {
        private long max;

        @Override
        public boolean isZero() { return max == 0; }

        @Override
        public AccumulatorV2<Long, Long> copy() {
            MaxAccumulator c = new MaxAccumulator();
            c.max = max;
            return c;
        }

        @Override
        public void reset() { max = 0; }

        @Override
        public void add(Long v) { max = Math.max(max, v); }

        @Override
        public void merge(AccumulatorV2<Long, Long> other) { max = Math.max(max, other.value()); }

        @Override
        public Long value() { return max; }
    }
}
