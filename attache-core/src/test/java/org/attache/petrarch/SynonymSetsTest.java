package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.attache.petrarch.DictionaryLines.Line;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

class SynonymSetsTest {
    private static Line line(int n, String text) {
        return new Line("sets.verbs", n, text);
    }

    @Test
    void setsExpandRecursivelyAndACycleIsCut() {
        ProblemLog log = new ProblemLog(false);
        SynonymSets sets = new SynonymSets(log);
        String crowd = sets.define(line(1, "&CROWD_"));
        sets.addMember(crowd, line(2, "+MOB"));
        sets.addMember(crowd, line(3, "+ANGRY_&RABBLE"));
        String rabble = sets.define(line(4, "&RABBLE"));
        sets.addMember(rabble, line(5, "+ HORDE OF PEOPLE"));
        sets.addMember(rabble, line(6, "+&CROWD"));
        assertThat(sets.finish()).isEqualTo(2);
        assertThat(log.problems()).isEmpty();

        // '&CROWD' and '&CROWD_' name one set; RABBLE's '&CROWD' member, met again inside CROWD, stays a word
        assertThat(sets.expand("&crowd")).containsExactly(List.of("mob"), List.of("angry", "horde", "of", "people"),
                List.of("angry", "&crowd"));
        assertThat(sets.expand("&RABBLE_")).containsExactly(List.of("horde", "of", "people"), List.of("mob"),
                List.of("angry", "&rabble"));
        assertThat(sets.expand("&MISSING")).isNull();
    }

    @Test
    void aSetWithoutANameOrMembersAndAnEmptyMemberAreProblemsOnTheirLines() {
        ProblemLog log = new ProblemLog(false);
        SynonymSets sets = new SynonymSets(log);
        assertThat(sets.define(line(1, "&_"))).isNull();
        String empty = sets.define(line(2, "&EMPTY"));
        sets.addMember(empty, line(3, "+ _"));
        assertThat(sets.finish()).isEqualTo(1);
        assertThat(log.problems()).extracting(DataProblem::line, DataProblem::message).containsExactly(
                tuple(1, "synonym set without a name"),
                tuple(2, "synonym set &EMPTY has no members"),
                tuple(3, "empty synonym"));
        assertThat(sets.expand("&EMPTY")).isEmpty();
    }
}
