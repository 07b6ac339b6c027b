package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PETRARCH-2's code arithmetic, as dictionaries.rst describes it ("A will [help B]" = 033). */
class CodeArithmeticTest {
    private final CodeArithmetic a = CodeArithmetic.builtIn();

    @Test
    void theBuiltInTableLoadsWithoutProblems() {
        assertThat(a.problems()).isEmpty();
        assertThat(a.valueOf("033").getAsInt()).isEqualTo(0x3040);
        // a code the table lacks takes its root's value
        assertThat(a.valueOf("0215").getAsInt()).isEqualTo(0x2000);
        assertThat(a.valueOf("212")).isEmpty();
    }

    @Test
    void anUpperVerbsOwnCodeAddsToTheLowerOne() {
        // intend + provide aid = express intent to provide material aid
        assertThat(a.combine("030", "070")).contains("033");
        // threaten + fight = threaten with military force; an intended attack is a threat too
        assertThat(a.combine("130", "190")).contains("138");
        assertThat(a.combine("030", "190")).contains("138");
        // of two modalities the lower wins (say + appeal = appeal)
        assertThat(a.combine("010", "020")).contains("020");
        // a lower value as high as the upper's wins
        assertThat(a.combine("070", "180")).contains("180");
    }

    @Test
    void withoutAnUpperCodeTheLowerCodeStands() {
        assertThat(a.combine(null, "036")).contains("036");
        // a code outside the table cannot be added: it stands
        assertThat(a.combine("030", "212")).contains("212");
    }

    @Test
    void aSumWithNoCameoCodeIsNoEvent() {
        // agree (0x0080) + provide aid (0x0040) = 0x00C0, which no CAMEO code has
        assertThat(a.combine("050", "070")).isEmpty();
    }

    @Test
    void negationSubtractsAndMapsToTheRejection() {
        assertThat(a.negate("060")).contains("121");
        assertThat(a.negate("081")).contains("1241");
        assertThat(a.negate("080")).contains("124");
        assertThat(a.negate("010")).contains("011");
        assertThat(a.negate("070")).isEmpty();
        assertThat(a.negate("212")).isEmpty();
    }

    @Test
    void acrossClausesOnlyPlainActionsCombine() {
        assertThat(a.combinesAcrossClauses("010", "190")).isTrue();
        assertThat(a.combinesAcrossClauses("010", "036")).isFalse();
        assertThat(a.combinesAcrossClauses(null, "190")).isFalse();
        assertThat(a.combinesAcrossClauses("010", "120")).isFalse();
    }

    @Test
    void aTableFileReplacesTheBuiltInOneAndReportsBadLines(@TempDir Path dir) throws Exception {
        Path pico = Files.writeString(dir.resolve("pico.txt"), "# a small table\n030 0x3000\n070  0x0040\n"
                + "033\t0x3040\nbogus line\n121 -0xFFFF+0x0070 both\n090 0xZZ\n");
        CodeArithmetic t = CodeArithmetic.load(pico);
        assertThat(t.problems()).extracting(DataProblem::line).containsExactly(5, 7);
        assertThat(t.combine("030", "070")).contains("033");
        // codes outside this table do not combine
        assertThat(t.combine("030", "190")).contains("190");
    }
}
