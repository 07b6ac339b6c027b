package org.attache.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.model.Document;
import org.attache.testing.Parsed;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 17);
    private final DateResolver dates = new DateResolver();

    private DateResolver.Resolution resolve(String words, String tags, String deps, int verb) {
        Document d = Parsed.doc("2024-03-17", words, tags, deps);
        return dates.resolve(d.sentences().get(0), verb, SUNDAY);
    }

    @Test
    void aDeadlineMonthLiesAhead() {
        // an article of 17 March: "before November" is this November, though the verb is past tense
        var r = resolve("Kenya agreed|agree to withdraw before November", "NNP VBD TO VB IN NNP",
                "2:nsubj 0:root 4:mark 2:xcomp 6:case 4:obl", 1);
        assertThat(r.date()).isEqualTo(LocalDate.of(2024, 11, 1));
        // without the deadline a past-tense month later in the year is last year's
        assertThat(resolve("Kenya left|leave in November", "NNP VBD IN NNP", "2:nsubj 0:root 4:case 2:obl", 1).date())
                .isEqualTo(LocalDate.of(2023, 11, 1));
    }

    @Test
    void pastWeekdayIsOnOrBeforeTheArticleDate() {
        var r = resolve("Kenya rejected|reject it on Tuesday", "NNP VBD PRP IN NNP", "2:nsubj 0:root 2:obj 5:case 2:obl", 1);
        assertThat(r.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(r.basis()).isEqualTo("resolved");
        var sunday = resolve("Kenya rejected|reject it on Sunday", "NNP VBD PRP IN NNP", "2:nsubj 0:root 2:obj 5:case 2:obl", 1);
        assertThat(sunday.date()).isEqualTo(SUNDAY);
    }

    @Test
    void futureWeekdayIsAfterTheArticleDate() {
        var r = resolve("Kenya will travel on Monday", "NNP MD VB IN NNP", "3:nsubj 3:aux 0:root 5:case 3:obl", 2);
        assertThat(r.date()).isEqualTo(LocalDate.of(2024, 3, 18));
    }

    @Test
    void reportedAndScheduledFutureWeekdaysLieAhead() {
        // "would travel on Monday" in reported speech, "is due to travel on Monday": the coming Monday
        var would = resolve("Kenya would travel on Monday", "NNP MD VB IN NNP", "3:nsubj 3:aux 0:root 5:case 3:obl", 2);
        assertThat(would.date()).isEqualTo(LocalDate.of(2024, 3, 18));
        var due = resolve("Kenya is|be due to travel on Monday", "NNP VBZ JJ TO VB IN NNP",
                "3:nsubj 3:cop 0:root 5:mark 3:xcomp 7:case 5:obl", 4);
        assertThat(due.date()).isEqualTo(LocalDate.of(2024, 3, 18));
        // an action already done on Monday stays in the past
        var done = resolve("Kenya travelled|travel on Monday", "NNP VBD IN NNP", "2:nsubj 0:root 4:case 2:obl", 1);
        assertThat(done.date()).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void lastFridayYesterdayAndMonths() {
        assertThat(resolve("Kenya left|leave last Friday", "NNP VBD JJ NNP", "2:nsubj 0:root 4:amod 2:obl:tmod", 1).date())
                .isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(resolve("Kenya left|leave yesterday", "NNP VBD NN", "2:nsubj 0:root 2:obl:tmod", 1).date())
                .isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(resolve("Kenya left|leave in August", "NNP VBD IN NNP", "2:nsubj 0:root 4:case 2:obl", 1).date())
                .isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(resolve("Kenya left|leave on March 3", "NNP VBD IN NNP CD", "2:nsubj 0:root 4:case 2:obl 4:nummod", 1).date())
                .isEqualTo(LocalDate.of(2024, 3, 3));
    }

    @Test
    void noTimeExpressionMeansThePublicationDate() {
        var r = resolve("Kenya left|leave", "NNP VBD", "2:nsubj 0:root", 1);
        assertThat(r.date()).isEqualTo(SUNDAY);
        assertThat(r.basis()).isEqualTo("publication");
    }

    @Test
    void monthThisYearAndLastYear() {
        assertThat(resolve("Kenya left|leave in August this year", "NNP VBD IN NNP DT NN",
                "2:nsubj 0:root 4:case 2:obl 6:det 4:nmod:tmod", 1).date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(resolve("Kenya left|leave in August last year", "NNP VBD IN NNP JJ NN",
                "2:nsubj 0:root 4:case 2:obl 6:amod 4:nmod:tmod", 1).date()).isEqualTo(LocalDate.of(2023, 8, 1));
    }
}
