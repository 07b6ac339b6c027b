package org.attache.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.Test;

class AttributionLexiconLoaderTest {

    @Test
    void builtInFilesLoadCleanly() {
        AttributionLexicon lex = AttributionLexicon.builtIn();
        assertThat(lex.problems()).isEmpty();
        assertThat(lex.isReportingVerb("say")).isTrue();
        assertThat(lex.verbHas("tell", "tell")).isTrue();
        assertThat(lex.verbHas("deny", "obj")).isTrue();
        assertThat(lex.preps()).contains(List.of("according", "to"));
        assertThat(lex.passives()).contains("quote");
        assertThat(lex.stance("accuse")).contains("obj", "of");
        assertThat(lex.stance("vow")).isEmpty();
        assertThat(lex.claimNoun("threat")).isNotNull();
        assertThat(lex.isLightVerb("issue")).isTrue();
        assertThat(lex.markers(SourceKind.ANONYMOUS)).contains(List.of("familiar", "with"));
        assertThat(lex.channels()).containsKey(List.of("written", "reply"));
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestLoads() {
        AttributionLexicon lex = new AttributionLexiconLoader()
                .cues(Parsed.rows("cues.tsv",
                        "verb\tsay\t-",
                        "verb\tsay\t-",
                        "verb\tspeak up\t-",
                        "verb\tinsist\tloud",
                        "adverb\treportedly\t-",
                        "noun\tthreat of\t-",
                        "stance\taccuse\tobj|of|2",
                        "noun\tclaim\tobj|that",
                        "prep\taccording to\t-"))
                .sources(Parsed.rows("sources.tsv",
                        "anonymous\tsource",
                        "secret\tspy",
                        "official\tsource",
                        "other\t"))
                .channels(Parsed.rows("channels.tsv",
                        "statement\tstatement",
                        "email"))
                .build();
        assertThat(lex.problems()).extracting(Object::toString).containsExactly(
                "cues.tsv:2: duplicate cue 'say'",
                "cues.tsv:3: a reporting verb is one lemma, got 'speak up'",
                "cues.tsv:4: unknown flag 'loud' (use obj, tell or -)",
                "cues.tsv:5: unknown cue type 'adverb' (use verb, prep, passive, stance, noun or light)",
                "cues.tsv:6: a claim noun is one lemma, got 'threat of'",
                "cues.tsv:7: unknown flag '2' (use obj, prepositions such as of, for, against, or -)",
                "cues.tsv:8: unknown flag 'obj' (use prepositions such as of, for, against, or -)",
                "sources.tsv:2: unknown source kind 'secret' (use anonymous, document, outlet, official, organization, other)",
                "sources.tsv:3: duplicate source marker 'source'",
                "sources.tsv:4: missing phrase",
                "channels.tsv:2: a channel line is 'phrase<TAB>medium'");
        assertThat(lex.isReportingVerb("say")).isTrue();
        assertThat(lex.isReportingVerb("insist")).isTrue();
        assertThat(lex.preps()).hasSize(1);
        assertThat(lex.stance("accuse")).containsExactlyInAnyOrder("obj", "of");
        assertThat(lex.claimNoun("claim")).containsExactly("that");
        assertThat(lex.claimNoun("threat")).isNull();
        assertThat(lex.markers(SourceKind.ANONYMOUS)).containsExactly(List.of("source"));
        assertThat(lex.channels()).hasSize(1);
    }

    @Test
    void kindLabelsRoundTrip() {
        for (SourceKind k : SourceKind.values()) {
            assertThat(SourceKind.ofLabel(k.label())).isEqualTo(k);
        }
        assertThat(SourceKind.OFFICIAL_UNNAMED.label()).isEqualTo("official-unnamed");
        assertThat(SourceKind.ANONYMOUS.onRecord()).isFalse();
        assertThat(SourceKind.NAMED_PERSON.onRecord()).isTrue();
    }
}
