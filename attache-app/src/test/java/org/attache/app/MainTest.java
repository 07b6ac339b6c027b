package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CLI behaviour that needs no NLP models: usage, argument errors and bad input. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("code", "demo", "eval", "bench");
    }

    @Test
    void badDateIsAClearError() {
        assertThat(run("code", "x.txt", "--date", "17/03/2024")).isEqualTo(2);
        assertThat(err()).contains("--date must be YYYY-MM-DD, got '17/03/2024'");
    }

    @Test
    void badFilesAreNamedAndNothingIsCoded() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThat(run("code", dir.resolve("empty.txt").toString(), dir.resolve("nope.txt").toString())).isEqualTo(1);
        assertThat(err()).contains(dir.resolve("empty.txt") + ": empty file")
                .contains(dir.resolve("nope.txt") + ": no such file or directory")
                .contains("no articles to code");
    }

    @Test
    void evalNeedsBothCorpusAndGold() {
        assertThat(run("eval", "--corpus", "c.jsonl")).isEqualTo(2);
        assertThat(err()).contains("give both --corpus and --gold");
    }
}
