package org.attache.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.attache.actors.ActorDictionary;
import org.attache.petrarch.DictionaryLines;
import org.attache.petrarch.PetrarchActorLoader;
import org.attache.petrarch.ProblemLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A hidden benchmark: generates a PETRARCH actor dictionary of N entries (names, synonyms,
 * dated roles, as the Phoenix dictionaries have) and reports the time to load it and the heap
 * the loaded dictionary holds.
 */
@Command(name = "bench-dictionaries", hidden = true, description = "Load time and heap of a generated N-entry PETRARCH actor dictionary.")
final class DictionaryBenchCommand extends CliCommand implements Callable<Integer> {
    @Option(names = "--entries", defaultValue = "50000", description = "Actor entries to generate (default: ${DEFAULT-VALUE}).")
    int entries;

    @Option(names = "--runs", defaultValue = "5", description = "Timed loads (median reported; default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        Path file = Files.createTempFile("attache-actors-", ".txt");
        try {
            int[] counts = generate(file, entries, new Random(42));
            out.printf("generated %s: %d entries, %d synonyms, %d date restrictions, %d lines, %.1f MB%n", file,
                    entries, counts[0], counts[1], counts[2], Files.size(file) / 1e6);
            List<Long> millis = new ArrayList<>();
            List<Long> readMillis = new ArrayList<>();
            ActorDictionary kept = null;
            long heapBefore = usedHeap();
            for (int r = 0; r < runs; r++) {
                kept = null;
                long before = usedHeap();
                long t0 = System.nanoTime();
                ActorDictionary.Builder b = new ActorDictionary.Builder();
                ProblemLog log = new ProblemLog(false);
                DictionaryLines.Result lines = DictionaryLines.read(file);
                readMillis.add((System.nanoTime() - t0) / 1_000_000);
                PetrarchActorLoader l = new PetrarchActorLoader(b, log).load(lines);
                kept = b.build();
                millis.add((System.nanoTime() - t0) / 1_000_000);
                if (r == 0) {
                    heapBefore = before;
                    out.printf("loaded: %d actors, %d rows, %d phrases, %d problem(s)%n", l.actors(), l.rows(), kept.size(),
                            log.problems().size());
                }
            }
            long heapAfter = usedHeap();
            out.printf("load time: median %d ms over %d runs (of which reading the lines: median %d ms); runs in order: %s ms%n",
                    median(millis), runs, median(readMillis), millis);
            out.printf("heap held by the loaded dictionary: %.1f MB (used heap after GC %.1f MB -> %.1f MB; max heap %.0f MB)%n",
                    (heapAfter - heapBefore) / 1e6, heapBefore / 1e6, heapAfter / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            if (kept.size() == 0) {
                err.println("nothing loaded");
                return 1;
            }
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Writes N fictional actors; returns {synonyms, restrictions, lines}. */
    static int[] generate(Path file, int n, Random rnd) throws IOException {
        String[] countries = {"FRD", "SYL", "RUR", "GFK", "MRV", "KLP", "ZEN", "BRD"};
        String[] roles = {"GOV", "MIL", "OPP", "ELI", "BUS", "MED", "JUD", "LEG", "REB", "CVL"};
        int syn = 0;
        int restr = 0;
        int lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# generated PETRARCH actor dictionary: fictional people\n");
            lines++;
            for (int i = 0; i < n; i++) {
                String first = word(rnd, 4 + rnd.nextInt(5));
                String last = word(rnd, 5 + rnd.nextInt(6));
                String c = countries[rnd.nextInt(countries.length)];
                boolean dated = rnd.nextInt(3) == 0;
                w.write(first + "_" + last + "_" + i + "_ [" + c + roles[rnd.nextInt(roles.length)] + "]\n");
                lines++;
                int s = rnd.nextInt(3);
                for (int k = 0; k < s; k++) {
                    w.write("+" + (k == 0 ? last + "_" + i : first.charAt(0) + "_" + last + "_" + i) + "\n");
                    syn++;
                    lines++;
                }
                if (dated) {
                    int y = 1950 + rnd.nextInt(70);
                    w.write(String.format("    [%s%s %d0101-%d0101]%n", c, roles[rnd.nextInt(roles.length)], y, y + 1 + rnd.nextInt(8)));
                    w.write(String.format("    [%s%s >%d0101]%n", c, roles[rnd.nextInt(roles.length)], y + 9));
                    restr += 2;
                    lines += 2;
                }
            }
        }
        return new int[] {syn, restr, lines};
    }

    private static String word(Random rnd, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append((char) ('A' + rnd.nextInt(26)));
        }
        return sb.toString();
    }
}
