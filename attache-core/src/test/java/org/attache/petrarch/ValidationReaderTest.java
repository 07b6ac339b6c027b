package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.petrarch.ValidationFile.Expected;
import org.attache.petrarch.ValidationFile.Record;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;

class ValidationReaderTest {

    @Test
    void toleratesXmlLikeFiles() {
        String xml = String.join("\n",
                "<Validation>",                                                     // 1
                "<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt, b.txt</Actorfile>",
                "<Include>alpha beta</Include></Environment>",                      // 3
                "<!-- comment <Sentence id=\"ghost\"> inside a comment",
                "     across lines -->",                                            // 5
                "<Config option=\"require_dyad\" value=\"true\"/>",
                "<Sentence date=\"20240102\" id=\"A1\" category=\"alpha\"/>",        // 7: self-closed opener
                "<EventCoding sourcecode=\"frd\" targetcode=\"---\" eventcode=\"040\">",
                "<Text>Tom & Jerry <met> in",                                       // 9: stray & and <
                "  Fredonia.</Text>",
                "<Sentence date=\"20240103\" id=\"A1\" category='beta' evaluate=false>", // 11: previous never closed
                "<EventCoding noevents=\"true\"/>",
                "<Text>Nothing happened.</Text>",
                "<Parse>",                                                          // 14
                "1\tNothing\tnothing\tPRON\tNN\t_\t2\tnsubj\t_\t_",
                "</Parse>",
                "</Sentence>",
                "<Config option=\"require_dyad\" value=\"false\"/>",
                "<Sentence date=\"2024-13-01\" id=\"A3\" category=\"alpha\" error=\"discard\">",   // 19: bad date
                "<Text>Unclosed text",
                "<Sentence id=\"A4\" date=\"20240105\" category=\"alpha\">",        // 21: no date? has; no text
                "</Sentence>",
                "</Sentence>",                                                      // 23: stray closer
                "<!-- never closed");
        ValidationFile vf = ValidationReader.read("v.xml", xml);
        assertThat(vf.environment().get("Verbfile")).extracting(ValidationFile.ValueAt::value).containsExactly("v.txt");
        assertThat(vf.environment().get("Actorfile")).extracting(ValidationFile.ValueAt::value).containsExactly("a.txt", "b.txt");
        assertThat(vf.include()).containsExactly("alpha", "beta");
        assertThat(vf.records()).extracting(Record::id).containsExactly("A1", "A1", "A3", "A4");
        Record a1 = vf.records().get(0);
        assertThat(a1.seq()).isZero();
        assertThat(a1.line()).isEqualTo(7);
        assertThat(a1.date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(a1.expected()).containsExactly(new Expected("FRD", null, "040"));
        assertThat(a1.text()).isEqualTo("Tom & Jerry <met> in Fredonia.");
        assertThat(a1.options()).containsEntry("require_dyad", "true");
        Record second = vf.records().get(1);
        assertThat(second.evaluate()).isFalse();
        assertThat(second.noevents()).isTrue();
        assertThat(second.category()).isEqualTo("beta");
        assertThat(second.parse()).contains("Nothing");
        assertThat(second.parseLine()).isEqualTo(13); // lines before the parse: its first line is line 14
        Record a3 = vf.records().get(2);
        assertThat(a3.error()).isEqualTo("discard");
        assertThat(a3.options()).containsEntry("require_dyad", "false");
        assertThat(a3.text()).isEqualTo("Unclosed text");
        assertThat(vf.problems()).extracting(DataProblem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("v.xml:11: repeated id 'A1'"),
                p -> assertThat(p).startsWith("v.xml:20: <text> is not closed"),
                p -> assertThat(p).startsWith("v.xml:19: bad date '2024-13-01'"),
                p -> assertThat(p).startsWith("v.xml:21: record 'A4' has no <Text>"),
                p -> assertThat(p).startsWith("v.xml:23: </Sentence> without <Sentence>"),
                p -> assertThat(p).startsWith("v.xml:24: comment '<!--' is never closed"));
    }

    @Test
    void sixDigitRecordDatesAreYymmdd() {
        String xml = String.join("\n", "<Validation>",
                "<Sentence date=\"080801\" id=\"A\" category=\"X\"><Text>One.</Text></Sentence>",
                "<Sentence date=\"950601\" id=\"B\" category=\"X\"><Text>Two.</Text></Sentence>",
                "<Sentence date=\"19950601\" id=\"C\" category=\"X\"><Text>Three.</Text></Sentence>",
                "<Sentence date=\"951301\" id=\"D\" category=\"X\"><Text>Four.</Text></Sentence>",
                "</Validation>");
        ValidationFile vf = ValidationReader.read("d.xml", xml);
        assertThat(vf.records()).extracting(ValidationFile.Record::date).containsExactly(
                java.time.LocalDate.of(2008, 8, 1), java.time.LocalDate.of(1995, 6, 1), java.time.LocalDate.of(1995, 6, 1), null);
        assertThat(vf.problems()).extracting(Object::toString).singleElement().asString().contains("bad date '951301'");
    }
}
