package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSegmentsTest {
    /** Every segment is within the limit and together they cover the text, in order, without gaps. */
    private static List<TextSegments.Segment> checked(String text, int max) {
        List<TextSegments.Segment> segs = TextSegments.of(text, max);
        int at = 0;
        for (TextSegments.Segment s : segs) {
            assertThat(s.begin()).isEqualTo(at);
            assertThat(s.length()).isBetween(1, max);
            at = s.end();
        }
        assertThat(at).isEqualTo(text.length());
        return segs;
    }

    private static List<String> pieces(String text, int max) {
        return checked(text, max).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void textWithinTheLimitIsOnePiece() {
        assertThat(pieces("Kenya met Uganda.\n\nThey talked.", 100)).containsExactly("Kenya met Uganda.\n\nThey talked.");
    }

    @Test
    void longTextIsCutAtParagraphBreaksFirst() {
        String text = "Kenya met Uganda. They talked.\n\nChad left.\n \nMali stayed and Niger watched.";
        assertThat(pieces(text, 50)).containsExactly("Kenya met Uganda. They talked.\n\nChad left.\n \n",
                "Mali stayed and Niger watched.");
    }

    @Test
    void aParagraphOverTheLimitIsCutAtASentenceEndThenAtWhitespace() {
        assertThat(pieces("Kenya met Uganda. They talked at length about trade", 30))
                .containsExactly("Kenya met Uganda. ", "They talked at length about ", "trade");
    }

    @Test
    void aLineWithoutAnyBreakIsCutHardAndNeverInsideASurrogatePair() {
        String text = "a".repeat(9) + "\uD83D\uDE00" + "b".repeat(9);
        List<String> p = pieces(text, 10);
        assertThat(p.get(0)).isEqualTo("a".repeat(9));
        assertThat(String.join("", p)).isEqualTo(text);
    }

    @Test
    void twentyMegabytesWithoutBreaksAreCutIntoBoundedPiecesQuickly() {
        String text = "word".repeat(5_000_000);
        assertThat(checked(text, 20_000)).hasSize(1000);
    }
}
