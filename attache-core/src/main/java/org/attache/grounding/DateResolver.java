package org.attache.grounding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Sentence;
import org.attache.model.Token;

/**
 * Resolves the time expression that governs an event's clause against the publication date.
 * Tense decides the direction: a past-tense "on Monday" is the latest Monday on or before the
 * publication date, a future one ("will travel on Monday") the next Monday after it. (SUTime
 * anchors a bare weekday inside the publication week and ignores tense, so it is not used.)
 */
public final class DateResolver {
    /** A resolved date and how it was obtained: "resolved" from a time expression, else "publication". */
    public record Resolution(LocalDate date, String basis, String expression) {
    }

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    /** Prepositions of a deadline: the month they govern is the coming one. */
    private static final Set<String> DEADLINE = Set.of("before", "by", "until", "till");
    /** Relations through which a time expression can govern a verb's clause. */
    private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "nmod:tmod", "obl:npmod", "advmod", "nmod");

    public Resolution resolve(Sentence s, int verb, LocalDate published) {
        Token v = s.token(verb);
        boolean future = isFuture(s, v);
        Deque<Token> queue = new ArrayDeque<>(s.children(verb));
        // a complement's time phrase ("vowed to retaliate on Friday") counts too, one level down
        for (Token c : s.children(verb)) {
            if (c.rel().startsWith("xcomp")) {
                queue.addAll(s.children(c.index()));
            }
        }
        // a parser often hangs "on Monday" on the subject ("Pakistan on Monday rejected")
        for (Token c : s.children(verb)) {
            if (c.rel().startsWith("nsubj")) {
                queue.addAll(s.children(c.index()));
            }
        }
        while (!queue.isEmpty()) {
            Token c = queue.poll();
            if (!TIME_RELATIONS.contains(c.rel()) && !c.rel().startsWith("obl")) {
                continue;
            }
            Resolution r = fromPhrase(s, c, published, future);
            if (r != null) {
                return r;
            }
        }
        return new Resolution(published, "publication", null);
    }

    private static boolean isFuture(Sentence s, Token v) {
        for (int depth = 0; depth < 4; depth++) {
            for (Token a : s.children(v.index(), "aux")) {
                String l = a.lemma().toLowerCase(Locale.ROOT);
                if (FUTURE_AUX.contains(l) || a.lowerWord().equals("'ll") || a.lowerWord().equals("would")) {
                    // "would travel on Monday" in reported speech is the coming Monday
                    return true;
                }
            }
            if (v.head() < 0 || !v.rel().startsWith("xcomp")) {
                return false;
            }
            Token head = s.token(v.head());
            if (FUTURE_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                // "is due to travel on Monday", "plans to visit on Friday", "are expected to meet in August"
                return true;
            }
            v = head;
        }
        return false;
    }

    /** Words whose "to" clause lies ahead. */
    private static final Set<String> FUTURE_HEADS = Set.of("due", "expect", "plan", "schedule", "set", "intend",
            "prepare", "go", "aim", "hope", "want");

    private Resolution fromPhrase(Sentence s, Token head, LocalDate pub, boolean future) {
        String w = head.lowerWord();
        List<Token> mods = s.children(head.index());
        boolean last = mods.stream().anyMatch(m -> m.lowerWord().equals("last") || m.lowerWord().equals("previous"));
        boolean next = mods.stream().anyMatch(m -> m.lowerWord().equals("next") || m.lowerWord().equals("coming"));
        boolean thisMod = mods.stream().anyMatch(m -> m.lowerWord().equals("this"));
        switch (w) {
            case "yesterday":
                return new Resolution(pub.minusDays(1), "resolved", head.word());
            case "today":
            case "tonight":
                return new Resolution(pub, "resolved", head.word());
            case "tomorrow":
                return new Resolution(pub.plusDays(1), "resolved", head.word());
            case "month":
                if (thisMod || mods.stream().anyMatch(m -> m.lowerWord().equals("earlier"))) {
                    return new Resolution(pub, "resolved", "this month");
                }
                if (last) {
                    return new Resolution(pub.minusMonths(1).withDayOfMonth(1), "resolved", "last month");
                }
                return null;
            case "week":
                if (last) {
                    return new Resolution(pub.minusWeeks(1), "resolved", "last week");
                }
                if (next) {
                    return new Resolution(pub.plusWeeks(1), "resolved", "next week");
                }
                if (thisMod) {
                    return new Resolution(pub, "resolved", "this week");
                }
                return null;
            default:
                break;
        }
        DayOfWeek day = DAYS.get(w);
        if (day != null) {
            LocalDate d;
            if (last) {
                d = pub.with(TemporalAdjusters.previous(day));
            } else if (next || future) {
                d = pub.with(TemporalAdjusters.next(day));
            } else {
                d = pub.with(TemporalAdjusters.previousOrSame(day));
            }
            return new Resolution(d, "resolved", head.word());
        }
        Month month = month(w);
        if (month != null) {
            Integer dayOfMonth = null;
            Integer year = null;
            for (Token m : mods) {
                if (m.word().matches("\\d{1,2}")) {
                    dayOfMonth = Integer.parseInt(m.word());
                } else if (m.word().matches("(19|20)\\d\\d")) {
                    year = Integer.parseInt(m.word());
                }
            }
            // "in August this year", "in March last year"
            for (Token m : mods) {
                if (m.lemma().equalsIgnoreCase("year")) {
                    for (Token d : s.children(m.index())) {
                        if (d.lowerWord().equals("this")) {
                            year = pub.getYear();
                        } else if (d.lowerWord().equals("last")) {
                            year = pub.getYear() - 1;
                        } else if (d.lowerWord().equals("next")) {
                            year = pub.getYear() + 1;
                        }
                    }
                }
            }
            int y = year != null ? year : pub.getYear();
            // a deadline ("before November", "by March") lies ahead whatever the verb's tense
            boolean deadline = mods.stream().anyMatch(m -> m.rel().equals("case") && DEADLINE.contains(m.lowerWord()));
            if (year == null && !thisMod) {
                // an unqualified month: the most recent one for the past, the next one for the future
                if (!future && !deadline && month.getValue() > pub.getMonthValue()) {
                    y--;
                } else if (future && month.getValue() < pub.getMonthValue()) {
                    y++;
                }
            }
            int dd = dayOfMonth == null ? 1 : Math.min(dayOfMonth, month.length(java.time.Year.isLeap(y)));
            return new Resolution(LocalDate.of(y, month, dd), "resolved", head.word());
        }
        return null;
    }

    private static Month month(String w) {
        return switch (w) {
            case "january", "jan." -> Month.JANUARY;
            case "february", "feb." -> Month.FEBRUARY;
            case "march" -> Month.MARCH;
            case "april", "apr." -> Month.APRIL;
            case "june" -> Month.JUNE;
            case "july" -> Month.JULY;
            case "august", "aug." -> Month.AUGUST;
            case "september", "sept.", "sep." -> Month.SEPTEMBER;
            case "october", "oct." -> Month.OCTOBER;
            case "november", "nov." -> Month.NOVEMBER;
            case "december", "dec." -> Month.DECEMBER;
            default -> null;
        };
    }
}
