package org.attache.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.attache.model.Article;

/**
 * Reads articles from plain-text files (one article a file; the file name is its id) and JSON
 * Lines files ({@code {"id","date","source","url","title","text"}}, one article a line), either
 * possibly gzipped ({@code .gz}); HTML files ({@code .html}, {@code .htm}, or content starting
 * with an HTML tag) are read as their visible text. A bad file or line is reported with its name
 * and line number; the rest is still read.
 */
public final class ArticleReader {
    /** Articles larger than this are refused rather than risk running out of memory. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate defaultDate;
    private final Consumer<InputProblem> problems;
    private final boolean contentIds;

    public ArticleReader(LocalDate defaultDate, Consumer<InputProblem> problems) {
        this(defaultDate, problems, false);
    }

    /**
     * With {@code contentIds}, an article that names no id (a plain-text or HTML file, a JSON line
     * without "id" and "url") is identified by {@link #contentId} of its text rather than by its
     * file name or line number, so the same text read again from anywhere has the same id (the
     * store relies on this to ingest idempotently).
     */
    public ArticleReader(LocalDate defaultDate, Consumer<InputProblem> problems, boolean contentIds) {
        this.defaultDate = defaultDate;
        this.problems = problems;
        this.contentIds = contentIds;
    }

    /** A stable id from the article text: whitespace collapsed, Unicode NFC, SHA-256 (16 hex digits). */
    public static String contentId(String text) {
        String norm = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ");
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("sha256:");
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", h[i] & 0xff));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    /** The regular files under the given paths (directories recursively, in name order, hidden files skipped). */
    public List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    problems.accept(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.accept(new InputProblem(p.toString(), 0, "no such file or directory"));
            }
        }
        return out;
    }

    /** The articles of one file (problems go to the consumer). */
    public List<Article> readFile(Path f) {
        List<Article> out = new ArrayList<>();
        readFile(f, out);
        return out;
    }

    /** All articles under the given paths (directories recursively, in name order). */
    public List<Article> read(List<Path> paths) {
        List<Article> out = new ArrayList<>();
        for (Path f : files(paths)) {
            readFile(f, out);
        }
        return out;
    }

    private void readFile(Path f, List<Article> out) {
        String name = f.toString();
        try {
            long size = Files.size(f);
            if (size > MAX_FILE_BYTES) {
                problems.accept(new InputProblem(name, 0, "file is " + (size >> 20) + " MB, over the "
                        + (MAX_FILE_BYTES >> 20) + " MB limit; split it into smaller files"));
                return;
            }
            try (InputStream raw = Files.newInputStream(f)) {
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                    // The size limit in readStream applies to the decompressed bytes, so a small
                    // .gz that inflates past it is refused without filling memory.
                    try (InputStream in = new java.util.zip.GZIPInputStream(raw, 65536)) {
                        readStream(name, in, out);
                    }
                } else {
                    readStream(name, raw, out);
                }
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads one stream: JSON Lines if the name ends in .jsonl/.ndjson or the content starts with '{'. */
    public void readStream(String name, InputStream in, List<Article> out) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            problems.accept(new InputProblem(name, 0, "input over the " + (MAX_FILE_BYTES >> 20) + " MB limit"));
            return;
        }
        if (bytes.length == 0) {
            problems.accept(new InputProblem(name, 0, "empty file"));
            return;
        }
        if (looksBinary(bytes)) {
            problems.accept(new InputProblem(name, 0, "binary file, not text: skipped"));
            return;
        }
        String text = decode(name, bytes);
        String lower = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        boolean jsonl = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || text.stripLeading().startsWith("{");
        String title = "";
        if (!jsonl && Html.looksLikeHtml(lower, text)) {
            title = Html.title(text);
            text = Html.text(text);
        }
        if (jsonl) {
            readJsonLines(name, text, out);
        } else {
            String body = text.strip();
            if (body.isEmpty()) {
                problems.accept(new InputProblem(name, 0, "no text"));
                return;
            }
            String base = Path.of(name).getFileName().toString().replaceFirst("(?i)\\.gz$", "")
                    .replaceFirst("\\.[^.]+$", "");
            out.add(new Article(contentIds ? contentId(text) : base, defaultDate, "", "", title, text));
        }
    }

    private void readJsonLines(String name, String text, List<Article> out) {
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    problems.accept(new InputProblem(name, n, "not valid JSON: " + firstLine(e.getMessage())));
                    continue;
                }
                if (!node.isObject()) {
                    problems.accept(new InputProblem(name, n, "expected a JSON object"));
                    continue;
                }
                String body = node.path("text").asText("");
                if (body.isBlank()) {
                    problems.accept(new InputProblem(name, n, "article has no \"text\""));
                    continue;
                }
                LocalDate date = defaultDate;
                String ds = node.path("date").asText("");
                if (!ds.isBlank()) {
                    try {
                        date = LocalDate.parse(ds.length() > 10 ? ds.substring(0, 10) : ds);
                    } catch (DateTimeParseException e) {
                        problems.accept(new InputProblem(name, n, "bad \"date\" '" + ds + "' (want YYYY-MM-DD); using "
                                + defaultDate));
                    }
                }
                String id = node.path("id").asText("");
                if (id.isBlank()) {
                    id = node.path("url").asText("");
                }
                if (id.isBlank()) {
                    id = contentIds ? contentId(body) : Path.of(name).getFileName() + ":" + n;
                }
                out.add(new Article(id, date, node.path("source").asText(""), node.path("url").asText(""),
                        node.path("title").asText(""), body));
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    private String decode(String name, byte[] bytes) {
        var dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(name, 0, "not valid UTF-8: decoded with replacement characters"));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control > n / 10;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** An article as one JSON Lines record, the format {@link #read} takes (no line break). */
    public static String jsonLine(Article a) {
        var o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("date", a.date().toString());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("text", a.text());
        return o.toString();
    }

    /** Reads standard input as one source named "-". */
    public List<Article> readStdin(InputStream in) {
        List<Article> out = new ArrayList<>();
        try {
            readStream("-", in, out);
        } catch (IOException e) {
            problems.accept(new InputProblem("-", 0, "cannot read standard input: " + e.getMessage()));
        }
        return out;
    }
}
