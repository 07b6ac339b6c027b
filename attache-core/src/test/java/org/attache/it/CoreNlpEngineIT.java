package org.attache.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Event;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.junit.jupiter.api.Test;

class CoreNlpEngineIT {
    private static final String TEXT = "ISLAMABAD: Pakistan on Monday rejected military cooperation with India.\n\n"
            + "The United Nations urged Israel to hold talks with Egypt.";

    @Test
    void parsesIntoTheProjectModelWithOffsetsIntoTheText() {
        Document d = SharedNlp.engine().annotate(new Article("a", LocalDate.of(2024, 3, 17), "", "", "", TEXT));
        assertThat(d.sentences()).hasSizeGreaterThanOrEqualTo(2);
        for (Sentence s : d.sentences()) {
            assertThat(TEXT.substring(s.begin(), s.end())).isEqualTo(s.text());
            long roots = s.tokens().stream().filter(t -> t.head() < 0).count();
            assertThat(roots).isEqualTo(1);
            for (Token t : s.tokens()) {
                assertThat(TEXT.substring(t.begin(), t.end())).isEqualTo(t.word());
            }
        }
        List<Token> all = d.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        Token rejected = all.stream().filter(t -> t.word().equals("rejected")).findFirst().orElseThrow();
        assertThat(rejected.lemma()).isEqualTo("reject");
        assertThat(rejected.pos()).isEqualTo("VBD");
        assertThat(all.stream().filter(t -> t.word().equals("Pakistan")).findFirst().orElseThrow().rel()).isEqualTo("nsubj");
        assertThat(all.stream().filter(t -> t.word().equals("India")).findFirst().orElseThrow().ner()).isEqualTo("LOCATION");
    }

    @Test
    void codesRawTextEndToEnd() {
        Document d = SharedNlp.engine().annotate(new Article("a", LocalDate.of(2024, 3, 17), "", "", "", TEXT));
        List<Event> events = SharedNlp.pipeline().code(d);
        assertThat(events).extracting(e -> e.source().code().code() + " " + e.code() + " "
                + (e.target() == null ? "-" : e.target().code().code()) + " " + e.status().label())
                .contains("PAK 1212 IND asserted", "IGOUNO 026 ISR demanded");
        Event pak = events.stream().filter(e -> e.code().equals("1212")).findFirst().orElseThrow();
        assertThat(pak.date()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(pak.dateBasis()).isEqualTo("resolved");
        assertThat(TEXT.substring(pak.trigger().start(), pak.trigger().end())).isEqualTo("rejected");
    }
}
