package org.attache.actors;

import java.util.List;

/**
 * How PETRARCH composes agent codes: a {@code [~X]} agent adds X after the actor's code, a
 * {@code [X~]} agent adds X before it, several agents stack in phrase order, the actor's code may
 * be any code (a country, an organization, a person's dated role), and an agent with no actor is
 * the null actor {@code ---} plus the agent's code. A part already in the code is not repeated.
 */
final class PetrarchAgents {
    /** The agent kinds the PETRARCH agent loader gives. */
    static final String APPEND = "append";
    static final String PREPEND = "prepend";

    private PetrarchAgents() {
    }

    static boolean isPetrarch(ActorEntry e) {
        return e.kind() == ActorEntry.Kind.AGENT && (APPEND.equals(e.agentKind()) || PREPEND.equals(e.agentKind()));
    }

    /** {@code base} (null: none) composed with the agents, in phrase order. */
    static String compose(String base, List<ActorEntry> agents) {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        String code = base == null ? "---" : base;
        for (ActorEntry a : agents) {
            String x = String.join("", a.sectors());
            if (x.isEmpty() || contains(code, x) || contains(before.toString(), x) || contains(after.toString(), x)) {
                continue;
            }
            (PREPEND.equals(a.agentKind()) ? before : after).append(x);
        }
        return before + code + after;
    }

    /** Whether {@code code} holds {@code part} at a 3-letter boundary. */
    private static boolean contains(String code, String part) {
        for (int i = 0; i + part.length() <= code.length(); i += 3) {
            if (code.startsWith(part, i)) {
                return true;
            }
        }
        return false;
    }
}
