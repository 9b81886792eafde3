package dev.eventsim.simulator.events;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The distinct names of a partner's events, each with a code: events share names (a load test or
 * a seed repeats a few), so a search term is looked for once per distinct name, and the name
 * orders compare ranks rather than strings. Ranks are worked out again after a new name arrives,
 * when a name order asks for them, for up to {@link #RANKED_AT_MOST} names; past that each event
 * has its own name, and the orders compare the names themselves.
 */
final class EventNames {
    static final int RANKED_AT_MOST = 65_536;
    private static final Comparator<String> NAME_ORDER =
            Comparator.comparing((String name) -> name, String.CASE_INSENSITIVE_ORDER).thenComparing(name -> name);

    private final Map<String, Integer> codes = new HashMap<>();
    private String[] names = new String[16];
    private String[] lowerNames = new String[16];
    private volatile int[] ranks;

    /** The code of a name, giving it one if it is new. Under the write lock. */
    int codeOf(String name) {
        Integer code = codes.get(name);
        if (code != null) {
            return code;
        }
        int next = codes.size();
        if (next == names.length) {
            names = Arrays.copyOf(names, next * 2);
            lowerNames = Arrays.copyOf(lowerNames, next * 2);
        }
        names[next] = name;
        lowerNames[next] = name.toLowerCase(Locale.ROOT);
        codes.put(name, next);
        ranks = null;
        return next;
    }

    int size() {
        return codes.size();
    }

    /** The name of a code in lower case (as events/list's searchTerm compares it). */
    String lower(int code) {
        return lowerNames[code];
    }

    /**
     * Each code's place in name order (case-insensitive, then exact), or null when there are too
     * many names to rank. Readers may call it together: the first works the ranks out.
     */
    int[] ranks() {
        int[] known = ranks;
        if (known != null || codes.size() > RANKED_AT_MOST) {
            return known;
        }
        synchronized (this) {
            if (ranks == null) {
                Integer[] byName = new Integer[codes.size()];
                for (int code = 0; code < byName.length; code++) {
                    byName[code] = code;
                }
                Arrays.sort(byName, (a, b) -> NAME_ORDER.compare(names[a], names[b]));
                int[] ranked = new int[byName.length];
                for (int rank = 0; rank < byName.length; rank++) {
                    ranked[byName[rank]] = rank;
                }
                ranks = ranked;
            }
            return ranks;
        }
    }

    /** The names still used, coded afresh; {@code recode[old code]} is the new one. Under the write lock. */
    EventNames keeping(boolean[] used, int[] recode) {
        EventNames kept = new EventNames();
        for (int code = 0; code < codes.size(); code++) {
            if (used[code]) {
                recode[code] = kept.codeOf(names[code]);
            }
        }
        return kept;
    }
}
