package org.attache.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's tab-separated data files: UTF-8 (strictly: a bad byte is an error that
 * names the line), '#' comment lines, blank lines skipped. Each row keeps its line number so
 * loaders can report {@code file:line: message}.
 */
public final class TsvReader {

    /** One data line, split on tabs, with its 1-based line number. */
    public record Row(String file, int line, String[] fields) {
        public String get(int i) { return i < fields.length ? fields[i].trim() : ""; }

        public int size() { return fields.length; }

        public DataProblem problem(String message) { return new DataProblem(file, line, message); }
    }

    private TsvReader() {
    }

    /** Reads a classpath resource; a missing resource is an error naming it. */
    public static List<Row> readResource(String resource) {
        InputStream in = TsvReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException("data file not found on the classpath: " + resource, List.of());
        }
        return read(resource, in);
    }

    public static List<Row> read(String name, InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(name, lineNo, line.split("\t", -1)));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DataFileException(name + ":" + (lineNo + 1) + ": not valid UTF-8", List.of(
                    new DataProblem(name, lineNo + 1, "not valid UTF-8")));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Splits a '|' list field, dropping blanks; phrases are lower-cased and space-normalized. */
    public static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        if (field == null || field.isBlank() || field.equals("-")) {
            return out;
        }
        for (String p : field.split("\\|")) {
            String n = normalizePhrase(p);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    public static String normalizePhrase(String p) {
        return p.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
