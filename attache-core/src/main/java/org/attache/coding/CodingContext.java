package org.attache.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorMemory;
import org.attache.actors.ActorResolver;
import org.attache.actors.ActorResolver.SentenceMatches;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Article;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;

/** Per-sentence working state of the coder: the sentence, its actor matches, the article memory, and what is coded. */
final class CodingContext {
    final Article article;
    final Sentence s;
    final SentenceMatches m;
    final ActorResolver resolver;
    final String defaultCountry;
    final ActorMemory memory;
    final Set<Integer> covered = new HashSet<>();
    /** The country the article's earlier sentences mention most, when one leads; else null. */
    final String articleCountry;

    CodingContext(Article article, Sentence s, SentenceMatches m, ActorResolver resolver, String defaultCountry,
                  ActorMemory memory) {
        this.article = article;
        this.s = s;
        this.m = m;
        this.resolver = resolver;
        this.defaultCountry = defaultCountry;
        this.memory = memory;
        this.articleCountry = memory.leadingCountry();
    }

    /** The actors of the phrase at {@code head}: from the dictionaries, else from the article's earlier mentions. */
    List<Actor> actors(int head) {
        List<Actor> found = resolver.actorsAt(m, article.text(), head, defaultCountry);
        if (!found.isEmpty()) {
            return found;
        }
        String sector = resolver.agentSector(m, head);
        for (Token c : s.children(head)) {
            if (c.rel().equals("nmod:poss") && c.pos().equals("PRP$")) {
                // "his government", "its army": the possessor's country with this phrase's sector
                List<Actor> owner = memory.resolve(s, c.index(), null);
                if (!owner.isEmpty() && sector != null && !owner.get(0).code().country().isEmpty()) {
                    Token h = s.token(head);
                    return List.of(new Actor(ActorCode.of(owner.get(0).code().country(), List.of(sector)),
                            new Span(h.word(), h.begin(), h.end()), "coreference"));
                }
                return List.of();
            }
        }
        // "the minister" refers back to a person; "the agency" or "the police" do not
        return memory.resolve(s, head, resolver.isTitle(m, head) ? sector : null);
    }

    /** Nouns of an act of force that, made definite, refer back to the article's last one ("the strikes"). */
    private static final Set<String> FORCE_NOUNS = Set.of("strike", "airstrike", "attack", "assault", "raid",
            "bombing", "shelling", "offensive", "bombardment", "incursion", "ambush");

    /**
     * "The strikes destroyed two vehicles", "troops repelled the assault": a definite noun of force
     * with no actor of its own stands for whoever used that force last in the article.
     */
    List<Actor> forceReference(int head) {
        Token h = s.token(head);
        boolean definite = s.children(head).stream().anyMatch(c -> c.lowerWord().equals("the"));
        Actor last = memory.lastAttacker();
        if (!definite || last == null || !FORCE_NOUNS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        return List.of(new Actor(last.code(), new Span(h.word(), h.begin(), h.end()), "coreference"));
    }

    String text() { return article.text(); }

    /** Marks a coded head and its pattern words so a noun inside ("held talks") is not coded again. */
    void cover(int head) {
        covered.add(head);
        Deque<Integer> q = new ArrayDeque<>(List.of(head));
        int guard = 0;
        while (!q.isEmpty() && guard++ < 200) {
            int h = q.poll();
            for (Token c : s.children(h)) {
                if (c.rel().startsWith("obj") || c.rel().startsWith("obl") || c.rel().startsWith("xcomp")
                        || c.rel().startsWith("nmod") || c.rel().equals("iobj") || c.rel().equals("dobj")) {
                    if (covered.add(c.index())) {
                        q.add(c.index());
                    }
                }
            }
        }
    }
}
