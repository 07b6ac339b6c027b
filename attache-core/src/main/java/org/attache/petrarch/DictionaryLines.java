package org.attache.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;

/**
 * Reads a PETRARCH/TABARI dictionary file into its meaningful lines: UTF-8, {@code #} comments
 * to end of line, {@code <!-- … -->} comments (also across lines), blank lines dropped. A line
 * that starts {@code <!} without being a {@code <!--} comment opener is dropped on its own, so a
 * stray {@code <!DOCTYPE…>} or {@code <!ENDCOMMENT>} cannot switch off the rest of the file.
 */
public final class DictionaryLines {
    /** One meaningful line: its text without comments (not trimmed), with file and 1-based line number. */
    public record Line(String file, int number, String text) {
        public DataProblem problem(String message) { return new DataProblem(file, number, message); }

        public String trimmed() { return text.strip(); }
    }

    /** The lines of a file plus the problems found while reading (an unclosed comment, a NUL byte). */
    public record Result(List<Line> lines, List<DataProblem> problems) {
    }

    private static final long MAX_BYTES = 200L * 1024 * 1024;

    private DictionaryLines() {
    }

    public static Result read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DataFileException(file + ": over 200 MB, not a dictionary", List.of());
            }
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage(), List.of());
        }
    }

    public static Result read(String name, InputStream in) {
        try (in) {
            return read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    public static Result read(String name, byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        int nuls = 0;
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        if (nuls > 8) {
            problems.add(new DataProblem(name, 1, "binary file, not a dictionary: skipped"));
            return new Result(List.of(), List.copyOf(problems));
        }
        String text = decode(name, bytes, problems);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] raw = text.split("\r\n|\r|\n", -1);
        int commentOpenedAt = 0;
        for (int i = 0; i < raw.length; i++) {
            int no = i + 1;
            String line = raw[i];
            if (line.indexOf('\0') >= 0) {
                problems.add(new DataProblem(name, no, "binary data (NUL byte): line skipped"));
                continue;
            }
            StringBuilder kept = new StringBuilder();
            int pos = 0;
            while (pos <= line.length()) {
                if (commentOpenedAt > 0) {
                    int close = line.indexOf("-->", pos);
                    if (close < 0) {
                        pos = line.length() + 1;
                        break;
                    }
                    commentOpenedAt = 0;
                    pos = close + 3;
                    continue;
                }
                int open = line.indexOf("<!--", pos);
                int hash = line.indexOf('#', pos);
                if (hash >= 0 && (open < 0 || hash < open)) {
                    kept.append(line, pos, hash);
                    pos = line.length() + 1;
                    break;
                }
                if (open < 0) {
                    kept.append(line, pos, line.length());
                    pos = line.length() + 1;
                    break;
                }
                kept.append(line, pos, open);
                commentOpenedAt = no;
                pos = open + 4;
            }
            String k = kept.toString();
            String t = k.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("<!")) {
                // "<!DOCTYPE", "<!ENDCOMMENT>", "<!- typo": one line of markup, never a switch for the rest
                continue;
            }
            lines.add(new Line(name, no, k));
        }
        if (commentOpenedAt > 0) {
            problems.add(new DataProblem(name, commentOpenedAt, "comment '<!--' is never closed: the rest of the file was ignored"));
        }
        return new Result(List.copyOf(lines), List.copyOf(problems));
    }

    /** Strict UTF-8; otherwise a problem naming the first bad line, and the text with replacement characters. */
    private static String decode(String name, byte[] bytes, List<DataProblem> problems) {
        try {
            return strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        strictDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException bad) {
                        break;
                    }
                    line++;
                    start = i + 1;
                }
            }
            problems.add(new DataProblem(name, line, "not valid UTF-8: decoded with replacement characters"));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static java.nio.charset.CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
