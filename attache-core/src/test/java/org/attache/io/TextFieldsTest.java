package org.attache.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFieldsTest {
    @Test
    void tsvFieldsHaveNoTabsOrLineBreaks() {
        assertThat(TextFields.tsv("a\tb\nc\r\nd")).isEqualTo("a b c  d");
        assertThat(TextFields.tsv(null)).isEmpty();
    }

    @Test
    void csvFieldsAreQuotedPerRfc4180AndKeptWhole() {
        assertThat(TextFields.csv("plain")).isEqualTo("plain");
        assertThat(TextFields.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(TextFields.csv("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(TextFields.csv("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
        assertThat(TextFields.csv("only\rcr")).isEqualTo("\"only\rcr\"");
        assertThat(TextFields.csv("tab\there")).isEqualTo("tab\there");
    }

    @Test
    void terminalTextShowsControlCharactersInsteadOfObeyingThem() {
        assertThat(TextFields.terminal("red \u001b[31mALERT\u001b[0m\u0007")).isEqualTo("red ^[[31mALERT^[[0m^G");
        assertThat(TextFields.terminal("a\tb\nc\u007f\u009b\u202eevil")).isEqualTo("a b c^?<U+009B><U+202E>evil");
        assertThat(TextFields.terminal("Caf\u00e9 \u2014 ok")).isEqualTo("Caf\u00e9 \u2014 ok");
    }
}
