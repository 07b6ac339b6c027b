package org.attache.petrarch;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The fictional-world dictionaries of src/test/resources/petrarch-world, and inline files. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/petrarch-world/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static DictionaryLines.Result file(String name) {
        return DictionaryLines.read(path(name));
    }

    static DictionaryLines.Result inline(String name, String... lines) {
        return DictionaryLines.read(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
