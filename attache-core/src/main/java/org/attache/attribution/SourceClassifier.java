package org.attache.attribution;

import static org.attache.attribution.Syntax.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.actors.ActorEntry;
import org.attache.actors.ActorResolver;
import org.attache.actors.ActorResolver.SentenceMatches;
import org.attache.model.Actor;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/** Classifies a draft's source: its kind, actor code, name and role (a pronoun takes its antecedent's). */
final class SourceClassifier {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** A possessor pronoun ("his threat to resign") stands for the same source as its subject form. */
    private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she", "their", "they", "its", "it",
            "our", "we", "my", "i");

    private final AttributionLexicon lexicon;
    private final ActorResolver resolver;

    SourceClassifier(AttributionLexicon lexicon, ActorResolver resolver) {
        this.lexicon = lexicon;
        this.resolver = resolver;
    }

    /**
     * Sets the draft's kind, actor, name and role from its source phrase ({@code m}: the
     * sentence's dictionary matches; {@code earlier}: the article's drafts so far, for pronouns
     * and short names).
     */
    void classify(Draft d, Sentence s, SentenceMatches m, String text, String datelineCountry,
                  List<Draft> earlier, Document doc) {
        Token head = s.token(d.head);
        Set<Integer> np = tokensIn(s, d.source);
        String pronoun = pronoun(head);
        if (head.lowerWord().equals("one") && s.children(head.index()).stream()
                .anyMatch(c -> c.lowerWord().equals("them") || c.lowerWord().equals("us"))) {
            // "one of them said": one of the sources just named
            pronoun = "they";
        }
        if (pronoun != null) {
            Draft ante = antecedent(earlier, pronoun);
            if (ante != null) {
                d.kind = ante.kind;
                d.actor = ante.actor;
                d.name = ante.name != null ? ante.name : ante.source.text();
                d.role = ante.role;
                return;
            }
            String person = pronoun.equals("he") || pronoun.equals("she") ? lastPerson(doc, s, head) : null;
            d.kind = person != null ? SourceKind.NAMED_PERSON : SourceKind.OTHER;
            d.name = person;
            return;
        }
        Actor actor = resolver.actorAt(m, text, d.head, datelineCountry);
        // "officials said" in a Nairobi story need not be Kenyan ("Western officials", "alliance
        // officials"): a source's code comes from its own words, never from the dateline
        d.actor = actor == null || actor.basis().equals("dateline") ? null : actor.code().code();
        if (containsMarker(s, np, SourceKind.ANONYMOUS) || anonymousManner(s, d.cueToken)) {
            d.kind = SourceKind.ANONYMOUS;
            return;
        }
        int name = organizationNamed(m, head) ? -1 : personHead(s, head);
        if (name >= 0) {
            d.kind = SourceKind.NAMED_PERSON;
            int from = name;
            int to = name;
            while (from - 1 >= 0 && np.contains(from - 1) && s.token(from - 1).ner().equals("PERSON")) {
                from--;
            }
            while (to + 1 < s.size() && np.contains(to + 1) && s.token(to + 1).ner().equals("PERSON")) {
                to++;
            }
            Span nameSpan = s.span(text, from, to);
            d.name = nameSpan.text();
            String role = (text.substring(d.source.start(), nameSpan.start()) + " "
                    + text.substring(nameSpan.end(), d.source.end())).strip();
            role = role.replaceAll("^[,\\s]+|[,\\s]+$", "").replaceAll("\\s+", " ");
            d.role = role.isEmpty() ? null : role;
            if (d.role == null || d.actor == null) {
                // "Araghchi said" after "Iranian Foreign Minister Abbas Araghchi said": the same person
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Draft e = earlier.get(i);
                    if (e.kind == SourceKind.NAMED_PERSON && e.name != null && !e.name.equals(d.name)
                            && (e.name.endsWith(" " + d.name))) {
                        d.actor = d.actor != null ? d.actor : e.actor;
                        d.role = d.role != null ? d.role : e.role;
                        d.name = e.name;
                        break;
                    }
                }
            }
            return;
        }
        boolean media = actor != null && actor.code().sectors().contains("MED");
        if (media || headMatches(s, head, SourceKind.OUTLET)
                || !doc.article().source().isBlank() && d.source.text().equalsIgnoreCase(doc.article().source())) {
            d.kind = SourceKind.OUTLET;
        } else if (headMatches(s, head, SourceKind.DOCUMENT)) {
            d.kind = SourceKind.DOCUMENT;
        } else if (headMatches(s, head, SourceKind.OFFICIAL_UNNAMED)) {
            d.kind = SourceKind.OFFICIAL_UNNAMED;
        } else if (headMatches(s, head, SourceKind.ORGANIZATION) || head.ner().equals("ORGANIZATION")
                || head.ner().equals("LOCATION") || actor != null && !headMatches(s, head, SourceKind.OTHER)
                // a code from a modifier alone ("a grain trader in Niamey") does not make the source an institution
                && (m.at(head.index()) != null || head.pos().startsWith("NNP"))) {
            d.kind = SourceKind.ORGANIZATION;
        } else {
            d.kind = SourceKind.OTHER;
        }
    }

    /**
     * Whether {@link #anonymousManner} can hold in this sentence under some parse: an anonymity
     * marker's words appear in it, in order.
     */
    boolean mayBeAnonymousManner(Sentence tagged) {
        Set<Integer> all = new java.util.HashSet<>();
        for (Token t : tagged.tokens()) {
            all.add(t.index());
        }
        return containsMarker(tagged, all, SourceKind.ANONYMOUS);
    }

    private static String pronoun(Token head) {
        if (!head.pos().startsWith("PRP")) {
            return null;
        }
        String w = head.lowerWord();
        return PRONOUNS.contains(w) ? w : head.pos().equals("PRP$") ? POSSESSIVES.get(w) : null;
    }

    /**
     * Whether the source of a verb of stance or a claim noun can hold a view: a person, an
     * official, a group, an institution or country, a personal pronoun, or a source the
     * dictionary or {@code sources.tsv} knows ("witnesses"); not "the fighting threatened to
     * derail the talks" or "the deal's promise of jobs".
     */
    boolean canHoldAView(Draft d) {
        Token head = d.sentence.token(d.head);
        String pronoun = pronoun(head);
        if (pronoun != null) {
            return !pronoun.equals("it") || d.kind != SourceKind.OTHER;
        }
        return d.kind != SourceKind.OTHER || d.actor != null || head.ner().equals("PERSON")
                || headMatches(d.sentence, head, SourceKind.OTHER);
    }

    /** "said on condition of anonymity": the marker is on the reporting verb, not in the source's phrase. */
    boolean anonymousManner(Sentence s, int cue) {
        if (cue < 0) {
            return false;
        }
        for (Token c : s.children(cue)) {
            if (c.rel().startsWith("obl") || c.rel().startsWith("advcl") || c.rel().startsWith("advmod")
                    || c.rel().equals("dep") || c.rel().startsWith("xcomp")) {
                if (containsMarker(s, subtree(s, c.index()), SourceKind.ANONYMOUS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the dictionary names an organization, country or seat of power at the head ("Boko Haram", tagged PERSON by NER). */
    private static boolean organizationNamed(SentenceMatches m, Token head) {
        ActorResolver.Match match = m.at(head.index());
        return match != null && match.entries().stream().anyMatch(e -> e.kind() == ActorEntry.Kind.ORGANIZATION
                || e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.METONYM);
    }


    /** The PERSON-tagged token naming the source: the head itself or its appositive/flat name. */
    private static int personHead(Sentence s, Token head) {
        if (head.ner().equals("PERSON")) {
            return head.index();
        }
        for (Token c : s.children(head.index())) {
            if ((c.rel().equals("appos") || c.rel().startsWith("flat") || c.rel().equals("dep")) && c.ner().equals("PERSON")) {
                return c.index();
            }
        }
        return -1;
    }

    /** The latest earlier source a pronoun can stand for: a person or official for he/she, any for they/it. */
    private static Draft antecedent(List<Draft> earlier, String pronoun) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Draft e = earlier.get(i);
            boolean personal = e.kind == SourceKind.NAMED_PERSON || e.kind == SourceKind.OFFICIAL_UNNAMED;
            boolean ok = switch (pronoun) {
                case "he", "she", "i" -> personal && !plural(e);
                case "it" -> e.kind == SourceKind.ORGANIZATION || e.kind == SourceKind.DOCUMENT || e.kind == SourceKind.OUTLET;
                default -> true;
            };
            if (ok) {
                return e;
            }
        }
        return null;
    }

    private static boolean plural(Draft d) {
        Token h = d.sentence.token(d.head);
        return h.pos().equals("NNS") || h.pos().equals("NNPS");
    }

    /** The last PERSON name before the pronoun, for "he said" with no earlier attribution. */
    private static String lastPerson(Document doc, Sentence upto, Token pronoun) {
        String found = null;
        for (Sentence s : doc.sentences()) {
            if (s.index() > upto.index()) {
                break;
            }
            for (int i = 0; i < s.size(); i++) {
                if (s == upto && i >= pronoun.index()) {
                    break;
                }
                if (s.token(i).ner().equals("PERSON")) {
                    int j = i;
                    while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON")) {
                        j++;
                    }
                    found = doc.article().text().substring(s.token(i).begin(), s.token(j).end());
                    i = j;
                }
            }
        }
        return found;
    }

    private boolean containsMarker(Sentence s, Set<Integer> np, SourceKind kind) {
        for (int i : np) {
            for (List<String> phrase : lexicon.markers(kind)) {
                if (startsAt(s, i, phrase, np)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean headMatches(Sentence s, Token head, SourceKind kind) {
        for (List<String> phrase : lexicon.markers(kind)) {
            if (endsAt(s, head.index(), phrase)) {
                return true;
            }
        }
        return false;
    }
}
