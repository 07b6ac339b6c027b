package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.petrarch.DictionaryLines.Line;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

class CodeFieldsTest {
    private static final Line LINE = new Line("codes.verbs", 7, "- * X [code]");

    @Test
    void codeFieldsAreReadAsWritten() {
        ProblemLog log = new ProblemLog(false);
        CodeFields f = new CodeFields(log);
        assertThat(f.read(LINE, " 042:043 ", true)).isEqualTo(new CodeFields.Codes("042", "043", false));
        assertThat(f.read(LINE, ":173", true).patternCode()).isEqualTo("173");
        assertThat(f.read(LINE, "---", true).patternCode()).isEqualTo(PetrarchVerbLoader.NO_EVENT);
        assertThat(f.read(LINE, "--:---", true).none()).isTrue();
        assertThat(f.read(LINE, null, false)).isNull();
        assertThat(log.problems()).isEmpty();

        assertThat(f.read(LINE, "", true)).isNull();
        assertThat(f.read(LINE, "1 2", true)).isNull();
        assertThat(f.read(LINE, "080!", true).patternCode()).isEqualTo("080!");
        assertThat(log.problems()).extracting(DataProblem::message)
                .containsExactly("pattern without a code and its block has none", "bad event code '[1 2]'");
        assertThat(log.warnings()).extracting(DataProblem::toString)
                .containsExactly("codes.verbs:7: warning: event code '080!' is not in CAMEO: kept as written");
        assertThat(f.extraCodes()).containsExactly("080!");
    }

    @Test
    void aPairIsKeptOnlyWhileTheFirstCodeAlwaysComesWithTheSameSecond() {
        CodeFields f = new CodeFields(new ProblemLog(false));
        f.remember("visit", f.read(LINE, "042:043", true));
        f.remember("visit", f.read(LINE, "042:043", true));
        f.remember("meet", f.read(LINE, "040:041", true));
        f.remember("meet", f.read(LINE, "040:046", true));
        f.remember("host", f.read(LINE, "042:043", true));
        f.remember("host", f.read(LINE, "042", true));
        f.remember("host", f.read(LINE, "042:043", true));
        f.remember("raid", f.read(LINE, ":173", true));
        f.remember("raid", f.read(LINE, "---", true));
        assertThat(f.pairedCodes()).containsOnlyKeys("visit|042").containsEntry("visit|042", "043");
        assertThat(f.passiveOnly()).containsExactly("raid|173");
    }

    @Test
    void aVerbsOwnCodeIsItsFirstCode() {
        assertThat(CodeFields.ownCode("042:043")).isEqualTo("042");
        assertThat(CodeFields.ownCode(" 190 ")).isEqualTo("190");
        assertThat(CodeFields.ownCode("---")).isNull();
        assertThat(CodeFields.ownCode(":173")).isNull();
        assertThat(CodeFields.ownCode(null)).isNull();
    }
}
