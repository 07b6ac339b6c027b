package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attache.petrarch.DictionaryLines.Line;
import org.junit.jupiter.api.Test;

class DictionaryLinesTest {

    @Test
    void commentsOfBothKindsAreRemovedAndLineNumbersKept() {
        DictionaryLines.Result r = Fixtures.inline("d.txt",
                "ONE # trailing comment",
                "<!-- a comment",
                "TWO inside the comment",
                "still inside --> THREE",
                "",
                "   # only a comment",
                "FOUR <!-- inline --> FIVE");
        assertThat(r.lines()).extracting(Line::number).containsExactly(1, 4, 7);
        assertThat(r.lines()).extracting(Line::trimmed).containsExactly("ONE", "THREE", "FOUR  FIVE");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aLineStartingWithMarkupDoesNotSwitchOffTheRest() {
        DictionaryLines.Result r = Fixtures.inline("d.txt",
                "<!DOCTYPE dictionary>",
                "<!ENDCOMMENT>",
                "KEPT",
                "<!- not quite a comment",
                "ALSO_KEPT");
        assertThat(r.lines()).extracting(Line::trimmed).containsExactly("KEPT", "ALSO_KEPT");
        assertThat(r.lines()).extracting(Line::number).containsExactly(3, 5);
    }

    @Test
    void anUnclosedCommentIsReportedAtItsOpeningLine() {
        DictionaryLines.Result r = Fixtures.inline("d.txt", "A", "<!-- never closed", "B");
        assertThat(r.lines()).extracting(Line::trimmed).containsExactly("A");
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).toString()).startsWith("d.txt:2: comment '<!--' is never closed");
    }

    @Test
    void badBytesAndNulBytesAreReportedWithTheirLine() {
        byte[] latin1 = "A\nCAF\u00c9\nB\n".getBytes(StandardCharsets.ISO_8859_1);
        DictionaryLines.Result r = DictionaryLines.read("l.txt", latin1);
        assertThat(r.problems()).extracting(Object::toString)
                .containsExactly("l.txt:2: not valid UTF-8: decoded with replacement characters");
        assertThat(r.lines()).hasSize(3);
        DictionaryLines.Result nul = DictionaryLines.read("n.txt", "A\nB\0C\nD\n".getBytes(StandardCharsets.UTF_8));
        assertThat(nul.lines()).extracting(Line::trimmed).isEqualTo(List.of("A", "D"));
        assertThat(nul.problems().get(0).toString()).startsWith("n.txt:2: binary data");
        byte[] binary = new byte[100];
        binary[0] = 'X';
        DictionaryLines.Result bin = DictionaryLines.read("b.bin", binary);
        assertThat(bin.lines()).isEmpty();
        assertThat(bin.problems()).extracting(Object::toString).containsExactly("b.bin:1: binary file, not a dictionary: skipped");
    }
}
