package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.eval.RecordScorer;
import org.attache.eval.RecordScorer.Triple;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.testing.Parsed;
import org.attache.util.DataProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A validation file's {@code <PICOfile>}, {@code new_actor_length} and {@code comma_*} options are read and used. */
class ValidationOptionsTest {
    private static final String VERBS = "--- INTEND [030] ---\nINTEND\n--- HELP [070] ---\nHELP\n--- ATTACK [190] ---\nATTACK\n";
    private static final String ACTORS = "KENYA [KEN]\nUGANDA [UGA]\nSUDAN [SDN]\n";

    private static String record(String id, String date, String text, String conllu) {
        return "<Sentence date=\"" + date + "\" id=\"" + id + "\" category=\"OPT\">\n<Text>\n" + text
                + "\n</Text>\n<Parse>\n" + conllu + "</Parse>\n</Sentence>\n";
    }

    private static final String INTEND = """
            1	Kenya	Kenya	PROPN	NNP	_	2	nsubj	_	_
            2	intends	intend	VERB	VBZ	_	0	root	_	_
            3	to	to	PART	TO	_	4	mark	_	_
            4	help	help	VERB	VB	_	2	xcomp	_	_
            5	Uganda	Uganda	PROPN	NNP	_	4	obj	_	_
            """;
    private static final String RIDERS = """
            1	Hooded	hooded	ADJ	JJ	_	2	amod	_	_
            2	riders	rider	NOUN	NNS	_	3	nsubj	_	_
            3	attacked	attack	VERB	VBD	_	0	root	_	_
            4	Uganda	Uganda	PROPN	NNP	_	3	obj	_	_
            """;
    private static final String CLAUSE = """
            1	Kenya	Kenya	PROPN	NNP	_	7	nsubj	_	_
            2	,	,	PUNCT	,	_	5	punct	_	_
            3	which	which	PRON	WDT	_	5	obj	_	_
            4	Sudan	Sudan	PROPN	NNP	_	5	nsubj	_	_
            5	attacked	attack	VERB	VBD	_	1	acl:relcl	_	_
            6	,	,	PUNCT	,	_	5	punct	_	_
            7	helped	help	VERB	VBD	_	0	root	_	_
            8	Uganda	Uganda	PROPN	NNP	_	7	obj	_	_
            """;

    @Test
    void picoFileNewActorLengthAndCommaOptions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("opt.verbs.txt"), VERBS);
        Files.writeString(dir.resolve("opt.actors.txt"), ACTORS);
        // a code table in which intend + provide aid is a meeting's intent (036), to see that it is used
        Files.writeString(dir.resolve("opt.pico.txt"), "030 0x3000\n070 0x0040\n190 0x00A0\n036 0x3040\n");
        String xml = "<Validation>\n<Environment>\n<Verbfile>opt.verbs.txt</Verbfile>\n<Actorfile>opt.actors.txt</Actorfile>\n"
                + "<PICOfile>opt.pico.txt</PICOfile>\n</Environment>\n"
                + record("O-PICO", "150301", "Kenya intends to help Uganda", INTEND)
                + record("O-NEW-0", "20150301", "Hooded riders attacked Uganda", RIDERS)
                + "<Config option=\"new_actor_length\" value=\"2\"/>\n"
                + record("O-NEW-2", "20150301", "Hooded riders attacked Uganda", RIDERS)
                + "<Config option=\"new_actor_length\" value=\"1\"/>\n"
                + record("O-NEW-1", "20150301", "Hooded riders attacked Uganda", RIDERS)
                + "<Config option=\"comma_max\" value=\"8\"/>\n"
                + record("O-COMMA", "20150301", "Kenya, which Sudan attacked, helped Uganda", CLAUSE)
                + "</Validation>\n";
        Path file = Files.writeString(dir.resolve("opt.validation.xml"), xml);
        ValidationFile vf = ValidationReader.read(file);
        List<DataProblem> problems = new ArrayList<>(vf.problems());
        PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(PetrarchDictionaries.fromEnvironment(vf, dir, problems),
                false, false);
        assertThat(vf.records().get(0).date()).isEqualTo(LocalDate.of(2015, 3, 1));
        Map<String, RecordScorer.Record> byId = new ValidationRunner(loaded.pipeline(), null, null).run(vf, problems).stream()
                .collect(Collectors.toMap(RecordScorer.Record::id, Function.identity()));
        assertThat(problems).isEmpty();
        assertThat(byId.get("O-PICO").coded()).containsExactly(new Triple("KEN", "UGA", "036"));
        assertThat(byId.get("O-NEW-0").coded()).isEmpty();
        assertThat(byId.get("O-NEW-2").coded()).containsExactly(new Triple("\"HOODED RIDERS\"", "UGA", "190"));
        assertThat(byId.get("O-NEW-1").coded()).isEmpty();
        assertThat(byId.get("O-COMMA").coded()).containsExactly(new Triple("KEN", "UGA", "070"));
    }

    @Test
    void commaClausesAreTakenOutAndTheirDependentsReattached() {
        Sentence s = Parsed.doc("2024-03-17", "Kenya , he said|say , helped|help Uganda .", "NNP , PRP VBD , VBD NNP .",
                "6:nsubj 4:punct 4:nsubj 6:parataxis 4:punct 0:root 6:obj 6:punct").sentences().get(0);
        Sentence out = CommaClauses.defaults().apply(s);
        assertThat(out.tokens()).extracting(Token::word).containsExactly("Kenya", "helped", "Uganda", ".");
        assertThat(out.tokens()).extracting(Token::head).containsExactly(1, -1, 1, 1);
        // one word is below the internal minimum (2): kept (with terminal clauses off; with TABARI's
        // defaults ", helped Uganda" is a terminal clause of two words and goes)
        Sentence short1 = Parsed.doc("2024-03-17", "Kenya , however , helped|help Uganda", "NNP , RB , VBD NNP",
                "5:nsubj 3:punct 5:advmod 3:punct 0:root 5:obj").sentences().get(0);
        assertThat(new CommaClauses(2, 8, 0, 0, 0, 0).apply(short1).size()).isEqualTo(6);
        assertThat(CommaClauses.defaults().apply(short1).tokens()).extracting(Token::word)
                .containsExactly("Kenya", ",", "however");
        assertThat(CommaClauses.off().apply(s)).isSameAs(s);
        List<DataProblem> problems = new ArrayList<>();
        CommaClauses c = CommaClauses.of(Map.of("comma_max", "many", "comma_bmax", "3"), CommaClauses.defaults(), "v.xml", 4, problems);
        assertThat(c).isEqualTo(new CommaClauses(2, 8, 0, 3, 2, 8));
        assertThat(problems).singleElement().asString().startsWith("v.xml:4: comma_max must be a whole number");
    }
}
