package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testing.EventAssert.assertCodes;

import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.testing.Parsed;
import org.attache.testing.TestCoders;
import org.junit.jupiter.api.Test;

/** Amounts of money the parser hangs under a modifier of the verb ("provided an additional $2 million in aid"). */
class AmountRepairTest {
    private final EventCoder coder = TestCoders.coder(
            new String[] {"070\tprovide aid to+", "071\tprovide funding to+", "057\tsign deal"},
            new String[] {});

    @Test
    void anAmountUnderTheObjectsDeterminerBecomesTheObject() {
        // as CoreNLP parses it: "an" the object, "additional" its modifier, "$" a dep of "additional"
        Document d = Parsed.doc("2024-03-17",
                "Japan provided|provide an additional $ 2 million in aid to Kenya",
                "NNP VBD DT JJ $ CD CD IN NN TO NNP",
                "2:nsubj 0:root 2:obj 3:amod 4:dep 7:compound 5:nummod 9:case 5:nmod 11:case 5:nmod");
        Sentence r = AmountRepair.repair(d.sentences().get(0));
        assertThat(r.token(4).head()).isEqualTo(1);
        assertThat(r.token(4).rel()).isEqualTo("obj");
        assertThat(r.token(2).head()).isEqualTo(4);
        assertThat(r.token(2).rel()).isEqualTo("det");
        assertThat(r.token(3).head()).isEqualTo(4);
        assertThat(r.token(3).rel()).isEqualTo("amod");
        assertThat(r.token(8).head()).as("the aid stays the amount's").isEqualTo(4);
        assertCodes(d, coder.code(d), "JPN 070 KEN asserted");
    }

    @Test
    void anAmountUnderAnAdverbOfTheVerbBecomesTheObject() {
        Document d = Parsed.doc("2024-03-17",
                "Germany has|have provided|provide over € 3.5 million in funding to Sudan",
                "NNP VBZ VBN IN $ CD CD IN NN TO NNP",
                "3:nsubj 3:aux 0:root 3:advmod 4:dep 7:compound 5:nummod 9:case 5:nmod 11:case 5:nmod");
        Sentence r = AmountRepair.repair(d.sentences().get(0));
        assertThat(r.token(4).head()).isEqualTo(2);
        assertThat(r.token(4).rel()).isEqualTo("obj");
        assertThat(r.token(3).head()).isEqualTo(4);
        assertThat(r.token(3).rel()).isEqualTo("advmod");
        assertCodes(d, coder.code(d), "DEU 071 SDN asserted");
    }

    @Test
    void anAmountInsideANounPhraseOrUnderAVerbWithItsOwnObjectStays() {
        Document deal = Parsed.doc("2024-03-17",
                "Kenya signed|sign the $ 2 million deal",
                "NNP VBD DT $ CD CD NN",
                "2:nsubj 0:root 7:det 7:dep 6:compound 4:nummod 2:obj");
        assertThat(AmountRepair.repair(deal.sentences().get(0))).isSameAs(deal.sentences().get(0));
        Document own = Parsed.doc("2024-03-17",
                "Japan provided|provide aid worth over $ 2 million",
                "NNP VBD NN JJ IN $ CD CD",
                "2:nsubj 0:root 2:obj 3:amod 2:advmod 5:dep 8:compound 6:nummod");
        Sentence r = AmountRepair.repair(own.sentences().get(0));
        assertThat(r).as("the verb has its own object: the amount after an adverb is no object").isSameAs(own.sentences().get(0));
    }
}
