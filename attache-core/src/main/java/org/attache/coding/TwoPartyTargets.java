package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.actors.ActorMemory;
import org.attache.model.Actor;
import org.attache.model.ActorCode;
import org.attache.model.Event;

/**
 * Step "inferred targets": in a two-party story ("Cairo set out three conditions" after Egypt
 * and Ethiopia have dealt with each other), a verbal event with no target takes the other
 * party, marked inferred. The dyad must be explicit: an event between the two, and the two
 * most mentioned countries.
 */
final class TwoPartyTargets {
    /** Verbal roots whose missing target may be the other party of a two-party story. */
    private static final Set<String> DYADIC_ROOTS = Set.of("02", "03", "10", "11", "12", "13");

    private TwoPartyTargets() {
    }

    static List<Event> infer(List<Event> events, ActorMemory memory) {
        List<Map.Entry<String, Integer>> top = memory.rankedCountries();
        if (top.size() < 2 || top.get(1).getValue() < 2 || top.size() > 2 && top.get(2).getValue().equals(top.get(1).getValue())) {
            return events;
        }
        String a = top.get(0).getKey();
        String b = top.get(1).getKey();
        boolean explicit = events.stream().anyMatch(e -> e.target() != null
                && (e.source().code().country().equals(a) && e.target().code().country().equals(b)
                || e.source().code().country().equals(b) && e.target().code().country().equals(a)));
        if (!explicit) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String sc = e.source().code().country();
            if (e.target() == null && DYADIC_ROOTS.contains(e.root()) && (sc.equals(a) || sc.equals(b))) {
                ActorCode other = memory.commonCode(sc.equals(a) ? b : a);
                if (other != null) {
                    Actor t = new Actor(other, e.trigger(), "inferred", true);
                    out.add(e.withActors(e.source(), t));
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }
}
