package org.attache.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.util.DataProblem;

/**
 * A PETRARCH-format validation file as read by {@link ValidationReader}: the environment
 * (dictionary file names by element, e.g. {@code Verbfile}), the categories to evaluate (empty:
 * all), the records in file order, and the problems met while reading.
 */
public record ValidationFile(String name, Map<String, List<ValueAt>> environment, Set<String> include,
                             List<Record> records, List<DataProblem> problems) {

    /** An environment value with the line it came from. */
    public record ValueAt(String value, int line) {
    }

    /** One expected event; {@code target} is null for none. */
    public record Expected(String source, String target, String code) {
    }

    /**
     * One {@code <Sentence>} record. {@code seq} is its position in the file from 0; {@code options}
     * are the {@code <Config>} options in force at the record; {@code parse} is the raw
     * {@code <Parse>} content (or null), which follows {@code parseLine} lines of the file.
     */
    public record Record(String id, int seq, String category, LocalDate date, boolean evaluate,
                         List<Expected> expected, boolean noevents, String error, String text,
                         String parse, int parseLine, Map<String, String> options, int line) {
        public Record {
            expected = List.copyOf(expected);
            options = Map.copyOf(options);
        }
    }
}
