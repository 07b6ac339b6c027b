package org.attache.nlp.conllu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.model.Token;

/**
 * Reads a sentence parsed with UD v1 labels as its UD v2 equivalent, so the coder sees one
 * scheme: {@code dobj} is {@code obj}, {@code nsubjpass}/{@code csubjpass}/{@code auxpass} are
 * {@code nsubj:pass}/{@code csubj:pass}/{@code aux:pass}, {@code name} is {@code flat},
 * {@code mwe} is {@code fixed}, {@code neg} is {@code advmod}; a verb's (or adjective's)
 * {@code nmod} is {@code obl}, and {@code obl:agent} when it is introduced by "by" under a passive
 * verb. Labels already in UD v2 are left as they are (a noun's {@code nmod} is {@code nmod} in both).
 */
final class UdV1Labels {
    private static final Map<String, String> RENAMED = Map.of(
            "dobj", "obj",
            "nsubjpass", "nsubj:pass",
            "csubjpass", "csubj:pass",
            "auxpass", "aux:pass",
            "name", "flat",
            "mwe", "fixed",
            "neg", "advmod",
            "foreign", "flat:foreign");

    private UdV1Labels() {
    }

    static List<Token> upgrade(List<Token> tokens) {
        List<Token> renamed = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String r = RENAMED.get(t.rel());
            renamed.add(r == null ? t : with(t, r));
        }
        List<Token> out = new ArrayList<>(renamed.size());
        for (Token t : renamed) {
            String rel = t.rel();
            Token head = t.head() >= 0 && t.head() < renamed.size() ? renamed.get(t.head()) : null;
            if (head != null && (rel.equals("nmod") || rel.equals("nmod:tmod") || rel.equals("nmod:npmod"))
                    && (head.pos().startsWith("VB") || head.pos().startsWith("JJ"))) {
                String obl = "obl" + rel.substring(4);
                if (rel.equals("nmod") && passive(renamed, head.index()) && hasCase(renamed, t.index(), "by")) {
                    obl = "obl:agent";
                }
                out.add(with(t, obl));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean passive(List<Token> ts, int verb) {
        for (Token c : ts) {
            if (c.head() == verb && (c.rel().equals("nsubj:pass") || c.rel().equals("aux:pass") || c.rel().equals("csubj:pass"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCase(List<Token> ts, int noun, String word) {
        for (Token c : ts) {
            if (c.head() == noun && c.rel().equals("case") && c.word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static Token with(Token t, String rel) {
        return new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end(), t.head(), rel);
    }
}
