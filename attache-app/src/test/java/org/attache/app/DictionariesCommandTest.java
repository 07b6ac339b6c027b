package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private void world() throws Exception {
        Files.writeString(dir.resolve("PETR_config.ini"), String.join("\n",
                "[Dictionaries]",
                "verbfile_name    = ARNOR.2.0.txt",
                "actorfile_list   = Arnor.actors.txt, Gondor.actors.txt",
                "agentfile_name   = Arnor.agents.txt",
                "discardfile_name = Arnor.discards.txt",
                "[Options]",
                "require_dyad = False", ""));
        Files.writeString(dir.resolve("ARNOR.2.0.txt"), String.join("\n",
                "&SWORD_", "+BLADE", "+ELVEN BLADE",
                "--- PARLEY [040] ---", "PARLEY", "- * (WITH +) [043]", "- * &SWORD [:173]", "- * SHIRE [212]", ""));
        // a second verb file the config does not name: not loaded
        Files.writeString(dir.resolve("CAMEO.verbpatterns.old.txt"), "--- BROKEN ---\n- nonsense [\n");
        Files.writeString(dir.resolve("Arnor.actors.txt"), String.join("\n",
                "ARNOR [ARN]", "HAMAS WING [ARNHMSBRD]", "CARAS GALADHON", "ELROND_", "\t[ARNGOV < 950601]", "\t[ARNELI 20121204]", ""));
        Files.writeString(dir.resolve("Gondor.actors.txt"), "[ORPHAN]\nGONDOR [GON]\n");
        Files.writeString(dir.resolve("Arnor.agents.txt"), "RANGER [~MIL]\n!MINIST! = MINISTER, MINISTRY\n!MINIST! FOR_WAR [~GOVMIL]\nNGO_X [NGO~]\n");
        Files.writeString(dir.resolve("Arnor.discards.txt"), "+SHIRE FAIR\nGROUP A_\n");
    }

    @Test
    void checkPrintsWhatLoadedPerFileAndEveryRejectedLine() throws Exception {
        world();
        assertThat(run("dictionaries", "check", dir.toString())).isEqualTo(1);
        String o = out.toString(StandardCharsets.UTF_8);
        // only the files PETR_config.ini names
        assertThat(o).doesNotContain("CAMEO.verbpatterns.old.txt");
        assertThat(o).contains(dir.resolve("Gondor.actors.txt") + ":1: date restriction before any actor entry");
        assertThat(o).containsPattern("verbs\\s+ARNOR.2.0.txt\\s+0\\s+1\\s+1 synonym sets, 1 verbs, 3 pattern lines");
        assertThat(o).containsPattern("actors\\s+Arnor.actors.txt\\s+0\\s+0\\s+3 actors, 4 names, 2 dated roles");
        assertThat(o).containsPattern("actors\\s+Gondor.actors.txt\\s+1\\s+0\\s+1 actors");
        assertThat(o).containsPattern("agents\\s+Arnor.agents.txt\\s+0\\s+0\\s+3 agents");
        assertThat(o).containsPattern("discards\\s+Arnor.discards.txt\\s+0\\s+0\\s+2 phrases");
        assertThat(o).contains("warning: event code '212' is not in CAMEO: kept as written");
        assertThat(o).contains("total: 1 line(s) rejected, 1 warning(s)").contains("dialect petrarch2, require_dyad false");
    }

    @Test
    void checkWithoutProblemsExitsZeroAndFlagsWin() throws Exception {
        world();
        Files.writeString(dir.resolve("Gondor.actors.txt"), "GONDOR [GON]\n");
        assertThat(run("dictionaries", "check", dir.toString(), "--quiet", "--require-dyad", "true", "--dialect", "ud-petrarch"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("total: 0 line(s) rejected")
                .contains("dialect ud-petrarch, require_dyad true").doesNotContain("warning:");
    }

    @Test
    void anUnknownDialectIsAClearError() throws Exception {
        world();
        assertThat(run("dictionaries", "check", dir.toString(), "--dialect", "tabari")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown dialect 'tabari': expected petrarch2, petrarch1 or ud-petrarch");
    }
}
