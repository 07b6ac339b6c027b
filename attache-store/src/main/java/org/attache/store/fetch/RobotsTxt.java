package org.attache.store.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one site's robots.txt for one crawler (RFC 9309): the group naming the crawler's
 * token, else the {@code *} group; the longest matching Allow or Disallow path wins, Allow on a
 * tie; {@code *} matches any characters and a final {@code $} anchors the end. Crawl-delay is
 * kept as a lower bound on the per-host delay. Immutable.
 */
public final class RobotsTxt {
    private record Rule(boolean allow, String pattern) {
    }

    /** Everything allowed (no robots.txt, or it could not be read as a 4xx). */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), 0);
    /** Nothing allowed (robots.txt answered with a server error: RFC 9309 says assume complete disallow). */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")), 0);

    private final List<Rule> rules;
    private final double crawlDelaySeconds;

    private RobotsTxt(List<Rule> rules, double crawlDelaySeconds) {
        this.rules = List.copyOf(rules);
        this.crawlDelaySeconds = crawlDelaySeconds;
    }

    /** Parses robots.txt text for the crawler whose product token is {@code agent} ("attache"). */
    public static RobotsTxt parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        double mineDelay = -1;
        double starDelay = -1;
        boolean foundMine = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r?\n|\r")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (inRules) {
                    groupAgents.clear();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
                continue;
            }
            boolean forMine = groupAgents.stream().anyMatch(a -> !a.equals("*") && token.startsWith(a));
            boolean forStar = groupAgents.contains("*");
            if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path allows everything
                }
                Rule r = new Rule(key.equals("allow"), value);
                if (forMine) {
                    mine.add(r);
                    foundMine = true;
                } else if (forStar) {
                    star.add(r);
                }
            } else if (key.equals("crawl-delay")) {
                inRules = true;
                try {
                    double d = Double.parseDouble(value);
                    if (forMine) {
                        mineDelay = d;
                        foundMine = true;
                    } else if (forStar) {
                        starDelay = d;
                    }
                } catch (NumberFormatException ignored) {
                    // a malformed delay is no delay
                }
            }
        }
        return foundMine ? new RobotsTxt(mine, Math.max(0, mineDelay)) : new RobotsTxt(star, Math.max(0, starDelay));
    }

    /** Whether the crawler may fetch this path (with its query, as in the URL). */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
                    || (r.pattern().length() == best.pattern().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    public double crawlDelaySeconds() {
        return crawlDelaySeconds;
    }

    /** Prefix match with '*' for any characters and a final '$' for the end of the path. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int i, String s, int j, boolean anchored) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                for (int k = j; k <= s.length(); k++) {
                    if (match(p, i + 1, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (j >= s.length() || s.charAt(j) != c) {
                return false;
            }
            i++;
            j++;
        }
        return !anchored || j == s.length();
    }
}
