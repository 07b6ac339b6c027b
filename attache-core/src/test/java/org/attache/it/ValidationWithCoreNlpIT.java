package org.attache.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.eval.RecordScorer;
import org.attache.eval.RecordScorer.Triple;
import org.attache.petrarch.ValidationFile;
import org.attache.petrarch.ValidationReader;
import org.attache.petrarch.ValidationRunner;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

/** A validation record without a parse goes through CoreNLP; the one with a CoNLL-U parse does not need it. */
class ValidationWithCoreNlpIT {

    @Test
    void recordsWithoutAParseAreParsedByTheEngine() {
        String xml = String.join("\n",
                "<Validation>",
                "<Sentence date=\"20240317\" id=\"R1\" category=\"REJECT\">",
                "<EventCoding sourcecode=\"PAK\" targetcode=\"IND\" eventcode=\"1212\"/>",
                "<Text>Pakistan on Monday rejected military cooperation with India.</Text>",
                "</Sentence>",
                "</Validation>");
        ValidationFile vf = ValidationReader.read("r.xml", xml);
        List<DataProblem> problems = new ArrayList<>();
        List<RecordScorer.Record> records = new ValidationRunner(SharedNlp.pipeline(), SharedNlp::engine, null)
                .run(vf, problems);
        assertThat(problems).isEmpty();
        assertThat(records).singleElement().satisfies(r ->
                assertThat(r.coded()).contains(new Triple("PAK", "IND", "1212")));
    }
}
