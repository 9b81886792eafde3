package dev.eventsim.simulator.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The distinct names of a partner's events, each with a code: events share names (a load test or
 * a seed repeats a few), so a search term is looked for once per distinct name, and the name
 * orders skip comparing two events of the same name.
 */
final class EventNames {
    private final Map<String, Integer> codes = new HashMap<>();
    private String[] names = new String[16];
    private String[] lowerNames = new String[16];

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
        return next;
    }

    int size() {
        return codes.size();
    }

    /** The name of a code in lower case (as events/list's searchTerm compares it). */
    String lower(int code) {
        return lowerNames[code];
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
