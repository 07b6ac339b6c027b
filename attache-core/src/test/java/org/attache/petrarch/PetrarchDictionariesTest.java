package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.testing.Parsed;
import org.attache.util.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionariesTest {
    private static final String[] MET_SYLVANIA = {"Freedonia met|meet with Sylvania about the ceasefire",
        "NNP VBD IN NNP IN DT NN", "2:nsubj 0:root 4:case 2:obl 7:case 7:det 2:obl"};
    private static final String[] MET_FOOTBALL = {"Sylvania met|meet with Freedonia after football",
        "NNP VBD IN NNP IN NN", "2:nsubj 0:root 4:case 2:obl 6:case 2:obl"};
    private static final String[] KENYA_REJECTED = {"Kenya rejected|reject the offer",
        "NNP VBD DT NN", "2:nsubj 0:root 4:det 2:obj"};

    private static PetrarchDictionaries.Files world() {
        return PetrarchDictionaries.inDirectory(Fixtures.path("fictional.verbs.txt").getParent());
    }

    private static List<String> summary(List<Event> events) {
        return events.stream().map(e -> e.source().code().code() + " " + e.code() + " "
                + (e.target() == null ? "-" : e.target().code().code()) + " " + e.issues()).toList();
    }

    @Test
    void aDirectoryIsSortedIntoKindsByFileName() {
        PetrarchDictionaries.Files f = world();
        assertThat(f.verbs()).extracting(p -> p.getFileName().toString())
                .containsExactly("fictional.tabari-verbs.txt", "fictional.verbs.txt");
        assertThat(f.actors()).hasSize(1);
        assertThat(f.agents()).hasSize(1);
        assertThat(f.discards()).hasSize(1);
        assertThat(f.issues()).hasSize(1);
    }

    @Test
    void codesWithExternalDictionariesIssuesAndSentenceDiscards() {
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(world(), false, false);
        assertThat(l.problems()).isEmpty();
        Document d = Parsed.docOf("2024-03-17", MET_SYLVANIA, MET_FOOTBALL, KENYA_REJECTED);
        // the football sentence is discarded; the built-in actors and verbs are replaced (no Kenya, no "reject")
        assertThat(summary(l.pipeline().code(d))).containsExactly("FRD 040 SYL [ID_TRUCE]");
    }

    @Test
    void addKeepsTheBuiltInDictionaries() {
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(world(), true, false,
                new PetrarchDictionaries.Options(Dialect.PETRARCH2, false));
        Document d = Parsed.docOf("2024-03-17", MET_SYLVANIA, KENYA_REJECTED);
        assertThat(summary(l.pipeline().code(d))).contains("FRD 040 SYL [ID_TRUCE]").anyMatch(s -> s.startsWith("KEN 12"));
        // require_dyad is on by default, as in PETR_config.ini: "Kenya rejected the offer" has no target
        assertThat(summary(PetrarchDictionaries.load(world(), true, false).pipeline().code(d)))
                .containsExactly("FRD 040 SYL [ID_TRUCE]");
    }

    @Test
    void aKindNotGivenKeepsItsBuiltIns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("my.actors.txt"), "FREEDONIA [FRD]\nSYLVANIA [SYL]\n");
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(PetrarchDictionaries.inDirectory(dir), false, false);
        // built-in verbs ("reject", "hold talks") still code; the built-in countries are gone, so Kenya
        // is an unknown source, and PETRARCH's require_dyad (on with PETRARCH dictionaries) drops that event
        Document d = Parsed.docOf("2024-03-17", new String[] {"Freedonia rejected|reject Sylvania",
            "NNP VBD NNP", "2:nsubj 0:root 2:obj"}, KENYA_REJECTED);
        assertThat(summary(l.pipeline().code(d))).singleElement().asString().startsWith("FRD 12");
    }

    @Test
    void aWholeStoryDiscardDropsEveryEvent() {
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(world(), false, false);
        Document d = Parsed.docOf("2024-03-17", MET_SYLVANIA, new String[] {"Croquet resumed|resume", "NN VBD", "2:nsubj 0:root"});
        assertThat(l.pipeline().code(d)).isEmpty();
        assertThat(l.pipeline().storyDiscard(d)).isPresent();
    }

    @Test
    void strictLoadingStopsAtTheFirstProblemAndLenientReportsIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.verbs.txt"), "--- ARGUE [110] ---\nARGUE {ARGUED\n");
        PetrarchDictionaries.Files f = PetrarchDictionaries.inDirectory(dir);
        assertThat(PetrarchDictionaries.load(f, false, false).problems()).singleElement().asString()
                .contains("bad.verbs.txt:2:");
        assertThatThrownBy(() -> PetrarchDictionaries.load(f, false, true)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.verbs.txt:2:");
    }

    @Test
    void anEmptyDirectoryIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> PetrarchDictionaries.inDirectory(dir)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("no dictionary files");
    }

    private static PetrarchDictionaries.Files verbsOnly(Path verbs) {
        return new PetrarchDictionaries.Files(List.of(verbs), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aVerbFileThatGivesNothingIsAProblemNotASilentReplacement(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.verbs.txt"), "");
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(verbsOnly(empty), false, false);
        assertThat(l.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(empty.toString());
            assertThat(p.message()).contains("no verb pattern loaded").contains("replaces the built-in verbs")
                    .contains("--add");
        });
        assertThatThrownBy(() -> PetrarchDictionaries.load(verbsOnly(empty), false, true))
                .isInstanceOf(DataFileException.class).hasMessageContaining("empty.verbs.txt:1: no verb pattern loaded");

        Path junk = Files.writeString(dir.resolve("junk.verbs.txt"), "junk line here\n");
        assertThat(PetrarchDictionaries.load(verbsOnly(junk), false, false).problems()).extracting(p -> p.line() + " " + p.message())
                .containsExactly("1 line outside a '--- NAME [code] ---' block: 'junk line here'",
                        "1 no verb pattern loaded from this file (empty, or every line rejected): it replaces the built-in "
                                + "verbs, so none are left; check the file and its format, or give --add to keep the built-in verbs");
        // added to the built-in verbs, an empty file is still reported, without the warning about replacing them
        assertThat(PetrarchDictionaries.load(verbsOnly(empty), true, false).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).doesNotContain("replaces"));
    }

    @Test
    void problemsAreListedInLineOrderAndStrictStopsAtTheFirstBadLine(@TempDir Path dir) throws Exception {
        // line 3's bad code is found when its block is read as a whole, after line 5's unclosed '{'
        Path verbs = Files.writeString(dir.resolve("order.verbs.txt"), String.join("\n",
                "--- ACCUSE [112] ---", "ACCUSE {ACCUSED}", "- * OF [1 2]", "--- DENY [120] ---", "DENY {DENIED", ""));
        PetrarchDictionaries.Loaded l = PetrarchDictionaries.load(verbsOnly(verbs), false, false);
        assertThat(l.problems()).extracting(p -> p.line()).containsExactly(3, 5);
        assertThatThrownBy(() -> PetrarchDictionaries.load(verbsOnly(verbs), false, true))
                .isInstanceOf(DataFileException.class).hasMessageContaining("order.verbs.txt:3: bad event code");
        Path warned = Files.writeString(dir.resolve("warned.verbs.txt"), String.join("\n",
                "--- ACCUSE [112] ---", "ACCUSE {ACCUSED}", "- * OF [1120]", "JUNK WORDS", ""));
        assertThat(PetrarchDictionaries.load(verbsOnly(warned), false, false).warnings()).extracting(p -> p.line())
                .isSorted().hasSize(2);
    }
}
