package org.attache.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.util.DataFileException;
import org.attache.util.DataProblem;

/**
 * A PETRARCH {@code PETR_config.ini}: which dictionary files a directory's coder runs with
 * ({@code [Dictionaries]}: {@code verbfile_name}, {@code actorfile_list}, {@code agentfile_name},
 * {@code discardfile_name}, {@code issuefile_name}) and its {@code [Options]}. INI syntax as
 * Python's ConfigParser reads it: {@code key = value} or {@code key: value}, {@code #}/{@code ;}
 * comment lines, a line starting with whitespace continues the value before it. Immutable.
 */
public record PetrarchConfig(Path file, Map<String, Map<String, String>> sections, Map<String, Integer> lines,
                             List<DataProblem> problems) {
    /** The name PETRARCH looks for. */
    public static final String FILE_NAME = "PETR_config.ini";

    public PetrarchConfig {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        sections = java.util.Collections.unmodifiableMap(copy);
        lines = Map.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** The directory's {@code PETR_config.ini}, if it has one. */
    public static Optional<PetrarchConfig> find(Path dir) {
        Path p = dir.resolve(FILE_NAME);
        return Files.isRegularFile(p) ? Optional.of(read(p)) : Optional.empty();
    }

    public static PetrarchConfig read(Path file) {
        List<String> raw;
        try {
            raw = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage(), List.of());
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<DataProblem> problems = new ArrayList<>();
        String section = null;
        String lastKey = null;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastKey != null && section != null) {
                Map<String, String> sec = sections.get(section);
                sec.put(lastKey, (sec.get(lastKey) + " " + t).strip());
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                section = t.substring(1, t.length() - 1).strip();
                sections.putIfAbsent(section, new LinkedHashMap<>());
                lastKey = null;
                continue;
            }
            int eq = indexOfSeparator(t);
            if (eq <= 0 || section == null) {
                problems.add(new DataProblem(file.toString(), i + 1, section == null
                        ? "line before any [Section]: skipped" : "expected 'key = value': skipped"));
                continue;
            }
            lastKey = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            sections.get(section).put(lastKey, t.substring(eq + 1).strip());
            lines.put(section + "." + lastKey, i + 1);
        }
        return new PetrarchConfig(file, sections, lines, problems);
    }

    private static int indexOfSeparator(String t) {
        int eq = t.indexOf('=');
        int colon = t.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    /** A value of a section, if set. */
    public Optional<String> get(String section, String key) {
        Map<String, String> s = sections.get(section);
        return s == null ? Optional.empty() : Optional.ofNullable(s.get(key.toLowerCase(Locale.ROOT)));
    }

    /**
     * The dictionary files the config names, resolved against its directory. A named file that is
     * missing is a problem (reported, left out); a kind it does not name is left empty.
     */
    public PetrarchDictionaries.Files files(List<DataProblem> out) {
        Path dir = file.toAbsolutePath().getParent();
        return new PetrarchDictionaries.Files(paths(dir, "verbfile_name", out), paths(dir, "actorfile_list", out),
                paths(dir, "agentfile_name", out), paths(dir, "discardfile_name", out), paths(dir, "issuefile_name", out));
    }

    private List<Path> paths(Path dir, String key, List<DataProblem> out) {
        List<Path> ps = new ArrayList<>();
        for (String name : get("Dictionaries", key).orElse("").split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                ps.add(p);
            } else {
                out.add(new DataProblem(file.toString(), lines.getOrDefault("Dictionaries." + key, 0),
                        key + " names " + p + ", which does not exist: not loaded"));
            }
        }
        return ps;
    }

    /** {@code require_dyad} (PETRARCH's default: true); a value that is not a boolean is a problem and the default holds. */
    public boolean requireDyad(List<DataProblem> out) {
        return bool("require_dyad", true, out);
    }

    private boolean bool(String key, boolean dflt, List<DataProblem> out) {
        Optional<String> v = get("Options", key);
        if (v.isEmpty()) {
            return dflt;
        }
        String s = v.get().strip().toLowerCase(Locale.ROOT);
        switch (s) {
            case "true", "yes", "on", "1" -> {
                return true;
            }
            case "false", "no", "off", "0" -> {
                return false;
            }
            default -> {
                out.add(new DataProblem(file.toString(), lines.getOrDefault("Options." + key, 0),
                        key + " must be true or false, got '" + v.get() + "': " + dflt + " used"));
                return dflt;
            }
        }
    }
}
