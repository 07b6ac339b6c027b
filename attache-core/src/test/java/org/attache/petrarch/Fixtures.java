package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.attache.eval.RecordScorer;
import org.attache.util.DataProblem;

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

    /**
     * Codes a fictional world's validation file with the dictionaries its {@code <Environment>}
     * names, in one dialect: the dictionaries must load without a rejected line ({@code checks}
     * looks at what loaded) and the records must read without a problem.
     */
    static List<RecordScorer.Record> world(String validationFile, Dialect dialect,
            Consumer<PetrarchDictionaries.Loaded> checks) throws IOException {
        Path xml = path(validationFile);
        ValidationFile vf = ValidationReader.read(xml);
        List<DataProblem> problems = new ArrayList<>(vf.problems());
        PetrarchDictionaries.Files files = PetrarchDictionaries.fromEnvironment(vf, xml.getParent(), problems);
        PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(files, false, false,
                new PetrarchDictionaries.Options(dialect, true));
        assertThat(loaded.problems()).isEmpty();
        checks.accept(loaded);
        List<RecordScorer.Record> records = new ValidationRunner(loaded.pipeline(), null, null).run(vf, problems);
        assertThat(problems).isEmpty();
        return records;
    }
}
