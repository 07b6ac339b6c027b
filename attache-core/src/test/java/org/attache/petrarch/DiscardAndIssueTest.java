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
        DiscardList d = DiscardList.load(Fixtures.inline("d.txt", "GOOD_ONE", "two words", "+", "GROUP A_"), log);
        assertThat(d.size()).isEqualTo(3);
        assertThat(log.problems()).extracting(DataProblem::line).containsExactly(3);
        // words written with spaces, as PETRARCH reads them (the Phoenix list has "GROUP A_")
        assertThat(d.sentenceDiscard("They meet in two   words.")).map(DiscardList.Entry::phrase).contains("two words");
        assertThat(d.sentenceDiscard("Group A, with Brazil")).map(DiscardList.Entry::phrase).contains("group a");
        assertThat(d.sentenceDiscard("Group Airlines")).isEmpty();
    }

    @Test
    void issuesMatchNounAndVerbFormsAndHyphenatedJoinsAndAreBlocked() {
        ProblemLog log = new ProblemLog(false);
        IssueDictionary is = IssueDictionary.load(Fixtures.file("fictional.issues.txt"), log);
        assertThat(log.problems()).isEmpty();
        // "n:armistice" has no code: PETRARCH skips such a line, and so do we (with a warning)
        assertThat(log.warnings()).extracting(Object::toString).containsExactly(
                Fixtures.path("fictional.issues.txt") + ":9: warning: issue phrase without '[CODE]': skipped, as PETRARCH does");
        assertThat(is.issues("Rebels committed massacres in the north.")).containsExactly("ID_ATROCITY");
        assertThat(is.issues("Troops slaughtered villagers.")).containsExactly("ID_ATROCITY");
        assertThat(is.issues("They agreed a cease-fire.")).containsExactly("ID_TRUCE");
        assertThat(is.issues("They agreed a cease fire and an armistice.")).containsExactly("ID_TRUCE");
        assertThat(is.issues("The ceasefire held.")).containsExactly("ID_TRUCE");
        assertThat(is.issues("A massacre of the innocents painting was sold after the ceasefire."))
                .containsExactly("ID_TRUCE");
        assertThat(is.issues("Massacrement is not a word.")).isEmpty();
    }

    @Test
    void issueLinesAreReadAsPetrarchReadsThem() {
        ProblemLog log = new ProblemLog(false);
        IssueDictionary is = IssueDictionary.load(Fixtures.inline("i.txt",
                "n:orphan [X]",                                        // 1: outside a block: PETRARCH reads it
                "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">",                 // 2: extra attributes
                "pre+n:school [A1]",                                    // 3: n: inside the phrase
                "n: [A2]",                                              // 4: no phrase
                "war n:crime [A3] [A3]",                                // 5: text after the code ignored
                "ethnic v:purge [A4]",                                  // 6
                "~~Armenian genocide",                                  // 7: story-wide exclusion
                "</ISSUE>",
                "</ISSUE>",                                             // 9: stray closer
                "<ISSUE CATEGORY=\"B\">",
                "n:militia [B1]",
                "<ISSUE CATEGORY=\"C\">"), log);                       // 12: nested; B and C never closed
        assertThat(log.problems()).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("i.txt:4: expected"),
                p -> assertThat(p).startsWith("i.txt:12: <ISSUE> inside the <ISSUE> block opened at line 10"),
                p -> assertThat(p).startsWith("i.txt:12: <ISSUE> block is never closed"));
        assertThat(log.warnings()).extracting(DataProblem::line).containsExactly(5, 9);
        assertThat(is.issues("Two orphans and a pre-school")).containsExactly("X", "A1");
        assertThat(is.issues("war crimes")).containsExactly("A3");
        assertThat(is.issues("the ethnic purging of the valley")).containsExactly("A4");
        assertThat(is.issues("militias")).containsExactly("B1");
        // "~~": the phrase anywhere in the story turns the block off, for every sentence of it
        assertThat(is.issues("war crimes", "war crimes. The Armenian genocide was recalled.")).isEmpty();
        assertThat(is.issues("militias", "militias. The Armenian genocide was recalled.")).containsExactly("B1");
    }
}
