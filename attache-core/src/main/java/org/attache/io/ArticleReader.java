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
    /** Ids given explicitly by the articles read so far, with where and a hash of their text. */
    private final java.util.Map<String, Claim> claimed = new java.util.HashMap<>();

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

    /**
     * The regular files under the given paths (directories recursively, in name order, hidden files
     * skipped). A directory or file that cannot be read is reported and the walk goes on.
     */
    public List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
                            boolean hidden = !d.equals(p) && d.getFileName().toString().startsWith(".");
                            return hidden ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !f.getFileName().toString().startsWith(".")) {
                                found.add(f);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                            problems.accept(new InputProblem(f.toString(), 0, (Files.isDirectory(f) ? "cannot list directory: "
                                    : "cannot read: ") + reason(e) + ": skipped"));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) {
                            if (e != null) {
                                problems.accept(new InputProblem(d.toString(), 0, "cannot list directory: " + reason(e)
                                        + ": the rest of it skipped"));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    problems.accept(new InputProblem(p.toString(), 0, "cannot list directory: " + reason(e)));
                }
                found.sort(null);
                out.addAll(found);
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else if (Files.exists(p)) {
                problems.accept(new InputProblem(p.toString(), 0, "not a regular file or directory: skipped"));
            } else {
                problems.accept(new InputProblem(p.toString(), 0, "no such file or directory"));
            }
        }
        return out;
    }

    /** Why an I/O operation failed, in words (Java's own messages are often just the path, or null). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "a link loop";
        }
        if (e instanceof java.io.EOFException) {
            return "unexpected end of file";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
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
                    readStream(name, gunzip(name, raw), out);
                } else {
                    readStream(name, raw, out);
                }
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, "cannot read: " + reason(e)));
        }
    }

    /**
     * The decompressed bytes of a gzip stream, at most one byte over the size limit (so a small
     * .gz that inflates past it is refused without filling memory). A truncated or corrupt stream
     * keeps what decompressed before the damage, with a problem saying so.
     */
    private InputStream gunzip(String name, InputStream raw) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        InputStream in;
        try {
            in = new java.util.zip.GZIPInputStream(raw, 65536);
        } catch (java.io.EOFException e) {
            throw new IOException("empty or truncated gzip file (no gzip header)");
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a gzip file (" + reason(e) + ")");
        }
        byte[] chunk = new byte[65536];
        try (in) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                buf.write(chunk, 0, n);
                if (buf.size() > MAX_FILE_BYTES) {
                    break;
                }
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            problems.accept(new InputProblem(name, 0, "truncated or corrupt gzip data (" + reason(e) + ") after "
                    + buf.size() + " bytes: read what came before" + (buf.size() == 0 ? "" : "; a last partial line is dropped")));
            byte[] b = buf.toByteArray();
            // keep whole lines only: the line the damage cut is incomplete
            int lastNl = b.length - 1;
            while (lastNl >= 0 && b[lastNl] != '\n') {
                lastNl--;
            }
            boolean lines = name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(jsonl|ndjson)\\.gz");
            return new java.io.ByteArrayInputStream(b, 0, lines ? lastNl + 1 : b.length);
        }
        return new java.io.ByteArrayInputStream(buf.toByteArray());
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
        String text;
        if (utf16(bytes) != null) {
            text = new String(bytes, 2, bytes.length - 2, utf16(bytes));
            problems.accept(new InputProblem(name, 0, "UTF-16 text (byte order mark): decoded"));
        } else if (looksBinary(bytes)) {
            problems.accept(new InputProblem(name, 0, "binary file, not text: skipped"));
            return;
        } else {
            text = decode(name, bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a UTF-8 byte order mark is not text: offsets count from after it
        }
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
                JsonNode textNode = node.path("text");
                if (!textNode.isMissingNode() && !textNode.isNull() && !textNode.isTextual()) {
                    problems.accept(new InputProblem(name, n, "\"text\" must be a string, got " + kind(textNode) + ": skipped"));
                    continue;
                }
                String body = textNode.asText("");
                if (body.isBlank()) {
                    problems.accept(new InputProblem(name, n, "article has no \"text\""));
                    continue;
                }
                LocalDate date = defaultDate;
                String ds = string(node, "date", name, n);
                if (!ds.isBlank()) {
                    try {
                        date = LocalDate.parse(ds.length() > 10 ? ds.substring(0, 10) : ds);
                    } catch (DateTimeParseException e) {
                        problems.accept(new InputProblem(name, n, "bad \"date\" '" + ds + "' (want YYYY-MM-DD); using "
                                + defaultDate));
                    }
                }
                JsonNode idNode = node.path("id");
                String id = "";
                if (idNode.isTextual() || idNode.isIntegralNumber()) {
                    id = idNode.asText();
                } else if (!idNode.isMissingNode() && !idNode.isNull()) {
                    problems.accept(new InputProblem(name, n, "\"id\" must be a string or a whole number, got "
                            + kind(idNode) + ": ignored"));
                }
                String url = string(node, "url", name, n);
                if (id.isBlank()) {
                    id = url;
                }
                if (id.isBlank()) {
                    id = contentIds ? contentId(body) : Path.of(name).getFileName() + ":" + n;
                } else if (!claimId(id, body, name + ":" + n, name, n)) {
                    continue;
                }
                out.add(new Article(id, date, string(node, "source", name, n), url, string(node, "title", name, n), body));
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** A string field ("" when absent or null); another JSON type is reported and read as its text. */
    private String string(JsonNode node, String field, String file, int line) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            problems.accept(new InputProblem(file, line, "\"" + field + "\" should be a string, got " + kind(v)
                    + (v.isValueNode() ? ": read as '" + v.asText() + "'" : ": ignored")));
            return v.isValueNode() ? v.asText() : "";
        }
        return v.asText();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * Whether an article may take the id it gives: not when another article read by this reader
     * already has it with different text (JSON ids 7 and "7" are the same id). The later one is
     * reported and skipped; the same text again is a duplicate, left to the caller.
     */
    private boolean claimId(String id, String body, String origin, String file, int line) {
        Claim earlier = claimed.putIfAbsent(id, new Claim(origin, body.hashCode()));
        if (earlier == null || earlier.textHash() == body.hashCode()) {
            return true;
        }
        problems.accept(new InputProblem(file, line, "id '" + id + "' already names a different article ("
                + earlier.origin() + "): skipped; give each article its own id"));
        return false;
    }

    private record Claim(String origin, int textHash) {
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

    /** UTF-16BE or LE when the bytes start with that byte order mark, else null. */
    private static java.nio.charset.Charset utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
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
