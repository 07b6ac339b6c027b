package org.attache.testing;

import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorDictionaryLoader;
import org.attache.actors.ActorResolver;
import org.attache.coding.ComplementTable;
import org.attache.coding.EventCoder;
import org.attache.coding.LexiconLoader;
import org.attache.coding.Modality;
import org.attache.grounding.DateResolver;
import org.attache.ontology.CameoOntology;

/** Small coders for unit tests: the built-in ontology and tables, with inline dictionaries. */
public final class TestCoders {
    public static final CameoOntology ONTOLOGY = CameoOntology.builtIn();

    private TestCoders() {
    }

    public static ActorDictionary smallActors() {
        ActorDictionary.Builder b = new ActorDictionary.Builder();
        ActorDictionaryLoader.addCountries(b, Parsed.rows("countries.tsv",
                "PAK\tpakistan\t-\tpakistani|pakistanis\tislamabad\tislamabad",
                "IND\tindia\t-\tindian|indians\tnew delhi\tnew delhi",
                "KEN\tkenya\t-\tkenyan|kenyans\tnairobi\tnairobi",
                "UGA\tuganda\t-\tugandan\tkampala\tkampala",
                "RUS\trussia\t-\trussian\tmoscow\tmoscow|the kremlin|kremlin",
                "UKR\tukraine\t-\tukrainian\tkyiv\tkyiv",
                "EGY\tegypt\t-\tegyptian\tcairo\tcairo",
                "ETH\tethiopia\t-\tethiopian\taddis ababa\taddis ababa",
                "FRA\tfrance\t-\tfrench\tparis\tparis",
                "CHN\tchina\t-\tchinese\tbeijing\tbeijing",
                "JPN\tjapan\t-\tjapanese\ttokyo\ttokyo",
                "ISR\tisrael\t-\tisraeli\tjerusalem\tjerusalem",
                "SDN\tsudan\t-\tsudanese\tkhartoum\tkhartoum",
                "TCD\tchad\t-\tchadian\tn'djamena\tn'djamena",
                "DEU\tgermany\t-\tgerman\tberlin\tberlin",
                "MLI\tmali\t-\tmalian\tbamako\tbamako",
                "IRN\tiran\t-\tiranian\ttehran\ttehran",
                "USA\tunited states\tus|u.s.\tamerican\twashington\twashington|the white house"));
        ActorDictionaryLoader.addOrganizations(b, Parsed.rows("organizations.tsv",
                "IGOUNO\tigo\tunited nations|un|u.n.",
                "SOMREBSHB\tarmed-group\tal-shabaab|al shabaab"));
        ActorDictionaryLoader.addAgents(b, Parsed.rows("agents.tsv",
                "army chief\tMIL\ttitle",
                "general\tMIL\ttitle",
                "police\tCOP\tagent",
                "militant\tREB\tagent",
                "minister\tGOV\ttitle",
                "foreign ministry\tGOV\tinstitution",
                "spokeswoman\t-\tagent",
                "troops\tMIL\tagent"));
        return b.build();
    }

    public static EventCoder coder(String... verbLines) {
        return coder(verbLines, new String[] {"040\ttalk", "100\tdemand"});
    }

    public static EventCoder coder(String[] verbLines, String[] nounLines) {
        LexiconLoader verbs = new LexiconLoader(ONTOLOGY).add(Parsed.rows("verbs.tsv", verbLines));
        LexiconLoader nouns = new LexiconLoader(ONTOLOGY).add(Parsed.rows("nouns.tsv", nounLines));
        return new EventCoder(ONTOLOGY, verbs.build(), nouns.build(), ComplementTable.builtIn(ONTOLOGY),
                Modality.builtIn(), new ActorResolver(smallActors()), new DateResolver());
    }
}
