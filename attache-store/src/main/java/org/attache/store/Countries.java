package org.attache.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Country names by ISO alpha-3 code, from the actor dictionary's countries.tsv (title-cased: "United States"). */
final class Countries {
    static final String RESOURCE = "org/attache/actors/countries.tsv";

    private Countries() {
    }

    static Map<String, String> names() {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length < 2 || f[0].isBlank()) {
                    continue;
                }
                out.put(f[0].trim(), titleCase(f[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    static String titleCase(String s) {
        return Arrays.stream(s.split(" ")).map(w -> w.isEmpty() || w.equals("of") || w.equals("and") || w.equals("the")
                ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).collect(Collectors.joining(" "));
    }
}
