package dev.eventsim.simulator.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything one partner owns, as a value: the rows of each of its tables under its kind's name,
 * in the order the kinds are registered (events, sessions, then the other features' tables);
 * a table without rows is left out. Whether the rows hold together — nothing refers to an event the
 * partner does not have — is checked when they are restored ({@link PartnerData#from}).
 */
public record PartnerImage(long partnerId, Map<String, TableRows> tables) {

    public PartnerImage {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** A partner holding nothing: what restoring a partner absent from an image leaves. */
    public static PartnerImage empty(long partnerId) {
        return new PartnerImage(partnerId, Map.of());
    }

    public boolean holdsNothing() {
        return tables.isEmpty();
    }

    /** Row counts of each table by its kind's name, in the image's order (events and sessions first). */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((name, rows) -> counts.put(name, rows.size()));
        return counts;
    }
}
