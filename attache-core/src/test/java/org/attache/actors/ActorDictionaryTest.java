package org.attache.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.actors.ActorEntry.Kind;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    @Test
    void builtInDictionariesLoadCleanly() {
        ActorDictionary d = ActorDictionary.builtIn();
        assertThat(d.problems()).isEmpty();
        assertThat(d.lookup(List.of("kenya"))).extracting(ActorEntry::code).contains("KEN");
        assertThat(d.lookup(List.of("the", "kremlin"))).extracting(ActorEntry::kind).contains(Kind.METONYM);
        assertThat(d.lookup(List.of("washington"))).extracting(ActorEntry::code).contains("USA");
        assertThat(d.lookup(List.of("nato"))).extracting(ActorEntry::code).contains("IGOWSTNAT");
        assertThat(d.lookup(List.of("pakistani"))).extracting(ActorEntry::kind).contains(Kind.ADJECTIVE);
        assertThat(d.lookup(List.of("prime", "minister"))).extracting(ActorEntry::sectors).contains(List.of("GOV"));
        assertThat(d.lookup(List.of("army", "chief"))).extracting(ActorEntry::sectors).contains(List.of("MIL"));
        assertThat(d.lookup(List.of("rebels"))).extracting(ActorEntry::sectors).contains(List.of("REB"));
        assertThat(d.lookup(List.of("european"))).extracting(ActorEntry::code).containsExactly("EUR");
        assertThat(d.lookup(List.of("the", "west"))).extracting(ActorEntry::code).containsExactly("WST");
    }

    @Test
    void everyCountryHasAnIsoCode() {
        ActorDictionary d = ActorDictionary.builtIn();
        for (String name : List.of("afghanistan", "somalia", "ukraine", "brazil", "indonesia", "south sudan", "yemen")) {
            assertThat(d.lookup(PhraseKeys.tokens(name))).as(name).isNotEmpty();
        }
    }

    @Test
    void pluralsAreGenerated() {
        assertThat(ActorDictionaryLoader.plural("rebel")).isEqualTo("rebels");
        assertThat(ActorDictionaryLoader.plural("army chief")).isEqualTo("army chiefs");
        assertThat(ActorDictionaryLoader.plural("militia")).isEqualTo("militias");
        assertThat(ActorDictionaryLoader.plural("party")).isEqualTo("parties");
        assertThat(ActorDictionaryLoader.plural("envoy")).isEqualTo("envoys");
        assertThat(ActorDictionaryLoader.plural("boss")).isEqualTo("bosses");
        assertThat(ActorDictionaryLoader.plural("policeman")).isEqualTo("policemen");
    }

    @Test
    void badLinesNameFileAndLine() {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        ActorDictionaryLoader.addCountries(b, Parsed.rows("c.tsv",
                "KEN\tkenya\t-\tkenyan\tnairobi\tnairobi",
                "ken\tlowercase\t-\t-\t-\t-",
                "KEN\tkenya again\t-\t-\t-\t-"));
        ActorDictionaryLoader.addAgents(b, Parsed.rows("a.tsv",
                "policeman\tCOP\tagent",
                "oddity\tcop\tagent"));
        ActorDictionaryLoader.addOrganizations(b, Parsed.rows("o.tsv", "IGOUNO\tigo\t-"));
        ActorDictionary d = b.build();
        assertThat(d.problems()).extracting(Object::toString).containsExactly(
                "c.tsv:2: country code must be 3 upper-case letters: 'ken'",
                "c.tsv:3: duplicate country code KEN",
                "a.tsv:2: sectors must be '-' or 3-letter upper-case codes: 'cop'",
                "o.tsv:1: organization IGOUNO has no names");
        assertThat(d.lookup(List.of("policemen"))).isNotEmpty();
        assertThat(d.lookup(List.of("kenyan"))).extracting(ActorEntry::code).containsExactly("KEN");
    }

    @Test
    void peopleHoldTheirRoleOnlyWhileInOffice() {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        ActorDictionaryLoader.addPeople(b, Parsed.rows("people.tsv",
                "antony blinken|blinken\tUSAGOV\t2021-01-26\t2025-01-20\tforeign minister",
                "nobody\tusagov\t2021-01-01\t-\thead of state",
                "backwards\tUSAGOV\t2022-01-01\t2021-01-01\thead of state",
                "baddate\tUSAGOV\t2022-13-01\t-\thead of state"));
        ActorDictionary d = b.build();
        assertThat(d.problems()).extracting(Object::toString).containsExactly(
                "people.tsv:2: expected names and an actor code such as USAGOV: 'nobody', 'usagov'",
                "people.tsv:3: role ends (2021-01-01) before it starts (2022-01-01)",
                "people.tsv:4: dates must be YYYY-MM-DD or '-': 2022-13-01");
        ActorEntry e = d.lookup(List.of("blinken")).get(0);
        assertThat(e.validOn(java.time.LocalDate.of(2024, 5, 1))).isTrue();
        assertThat(e.validOn(java.time.LocalDate.of(2025, 1, 20))).isFalse();
    }

    @Test
    void builtInPeopleCoverTheMajorOffices() {
        ActorDictionary d = ActorDictionary.builtIn();
        assertThat(ActorResolver.onDate(d.lookup(List.of("narendra", "modi")), java.time.LocalDate.of(2020, 1, 1)))
                .extracting(ActorEntry::code).contains("INDGOV");
        assertThat(ActorResolver.onDate(d.lookup(List.of("vladimir", "putin")), java.time.LocalDate.of(2009, 1, 1)))
                .extracting(ActorEntry::code).contains("RUSGOV");
    }
}
