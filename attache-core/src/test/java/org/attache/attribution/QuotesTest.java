package org.attache.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.attribution.Quotes.Quote;
import org.junit.jupiter.api.Test;

class QuotesTest {
    private static String inner(String text, Quote q) {
        return text.substring(q.innerStart(), q.innerEnd());
    }

    @Test
    void straightAndCurlyQuotesPair() {
        String text = "\"We will respond,\" he said, \u201Cand soon.\u201D";
        List<Quote> qs = Quotes.find(text);
        assertThat(qs).extracting(q -> inner(text, q)).containsExactly("We will respond,", "and soon.");
        assertThat(qs).allMatch(Quote::direct);
    }

    @Test
    void aQuoteOpenAtTheEndOfAParagraphContinuesInTheNext() {
        String text = "He said: \"We will not give up.\n\n\"We will fight on.\" Then he left.";
        List<Quote> qs = Quotes.find(text);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).openEnded()).isTrue();
        assertThat(inner(text, qs.get(0))).isEqualTo("We will not give up.");
        assertThat(qs.get(1).continued()).isTrue();
        assertThat(inner(text, qs.get(1))).isEqualTo("We will fight on.");
    }

    @Test
    void aNewQuoteAfterAClosedOneDoesNotContinueIt() {
        String text = "\"One two three,\" he said.\n\n\"Four five six,\" she said.";
        assertThat(Quotes.find(text)).noneMatch(Quote::continued);
    }

    @Test
    void curlySingleQuotesWhereNoDoubleMarksAreUsedButApostrophesAreNotQuotes() {
        String text = "\u2018Russia\u2019s forces will not leave,\u2019 the rebels\u2019 leader said.";
        List<Quote> qs = Quotes.find(text);
        assertThat(qs).extracting(q -> inner(text, q)).containsExactly("Russia\u2019s forces will not leave,");
        String doubled = "\u201CWe said \u2018no\u2019 to them,\u201D he said.";
        assertThat(Quotes.find(doubled)).extracting(q -> inner(doubled, q)).containsExactly("We said \u2018no\u2019 to them,");
    }

    @Test
    void scareQuotesAreNotDirectSpeech() {
        String text = "Kenya called the offer \"a trick\" and left.";
        List<Quote> qs = Quotes.find(text);
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).direct()).isFalse();
    }
}
