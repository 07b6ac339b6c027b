package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

class DiscardAndIssueTest {

    @Test
    void discardPhrasesMatchAtWordStartsAndTrailingUnderscoreNeedsAnEnd() {
        ProblemLog log = new ProblemLog(false);
        DiscardList d = DiscardList.load(Fixtures.file("fictional.discards.txt"), log);
        assertThat(log.problems()).isEmpty();
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.storyDiscard("The Freedonian croquet team won.")).map(DiscardList.Entry::phrase).contains("croquet");
        assertThat(d.storyDiscard("Croquets and mallets.")).isEmpty();             // "+CROQUET_": boundary needed
        assertThat(d.storyDiscard("A horse race in Sylvania")).isPresent();
        assertThat(d.storyDiscard("a horse  racecourse")).isPresent();             // no trailing '_': prefix is enough
        assertThat(d.storyDiscard("The seahorse raced")).isEmpty();                // must start at a word
        // sentence-level phrases discard the sentence, not the story
        assertThat(d.storyDiscard("Footballers rioted.")).isEmpty();
        assertThat(d.sentenceDiscard("Footballers rioted.")).map(DiscardList.Entry::wholeStory).contains(false);
        assertThat(d.sentenceDiscard("the soap operas")).isEmpty();
        assertThat(d.sentenceDiscard("a SOAP OPERA star")).isPresent();
    }

    @Test
    void badDiscardLinesAreReported() {
        ProblemLog log = new ProblemLog(false);
        DiscardList d = DiscardList.load(Fixtures.inline("d.txt", "GOOD_ONE", "two words", "+"), log);
        assertThat(d.size()).isEqualTo(1);
        assertThat(log.problems()).extracting(DataProblem::line).containsExactly(2, 3);
    }

    @Test
    void issuesMatchNounAndVerbFormsAndHyphenatedJoinsAndAreBlocked() {
        ProblemLog log = new ProblemLog(false);
        IssueDictionary is = IssueDictionary.load(Fixtures.file("fictional.issues.txt"), log);
        assertThat(log.problems()).isEmpty();
        assertThat(is.issues("Rebels committed massacres in the north.")).containsExactly("ID_ATROCITY");
        assertThat(is.issues("Troops slaughtered villagers.")).containsExactly("ID_ATROCITY");
        assertThat(is.issues("They agreed a cease-fire.")).containsExactly("ID_TRUCE");
        assertThat(is.issues("They agreed a cease fire and an armistice.")).containsExactly("ID_TRUCE", "TRUCE");
        assertThat(is.issues("The ceasefire held.")).containsExactly("ID_TRUCE");
        assertThat(is.issues("A massacre of the innocents painting was sold after the ceasefire."))
                .containsExactly("ID_TRUCE");
        assertThat(is.issues("Massacrement is not a word.")).isEmpty();
    }

    @Test
    void issueLinesOutsideBlocksAndUnclosedBlocksAreReported() {
        ProblemLog log = new ProblemLog(false);
        IssueDictionary.load(Fixtures.inline("i.txt",
                "n:orphan [X]",
                "<ISSUE CATEGORY=\"A\">",
                "n:ok [A1]",
                "n: [A2]",
                "<ISSUE CATEGORY=\"B\">"), log);
        assertThat(log.problems()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("i.txt:1: line outside an <ISSUE"),
                p -> assertThat(p).startsWith("i.txt:4: expected"),
                p -> assertThat(p).startsWith("i.txt:5: <ISSUE> inside the <ISSUE> block opened at line 2"),
                p -> assertThat(p).startsWith("i.txt:5: <ISSUE> block is never closed"));
    }
}
