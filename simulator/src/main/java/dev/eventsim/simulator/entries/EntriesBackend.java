package dev.eventsim.simulator.entries;

import dev.eventsim.simulator.categories.CategoriesBackend;
import dev.eventsim.simulator.categories.Category;
import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.sessions.Session;
import dev.eventsim.simulator.sessions.SessionTable;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entries of a partner, read from its events' sessions: the core API's view of what the
 * Events API made. Nothing is stored here, so an event's entries go with the event.
 */
public final class EntriesBackend {
    private final Store store;
    private final CategoriesBackend categories;

    public EntriesBackend(Store store, CategoriesBackend categories) {
        this.store = store;
        this.categories = categories;
    }

    /** Every entry of the partner, by event id and then session creation order. */
    List<Entry> all(long partnerId) {
        PartnerData partner = store.partner(partnerId);
        Map<String, Category> byName = categories.byName(partnerId);
        return partner.read(() -> {
            List<Entry> entries = new ArrayList<>();
            SessionTable sessions = SessionsBackend.sessions(partner);
            for (Event event : EventsBackend.events(partner).values()) {
                for (Session session : sessions.of(event.id()).values()) {
                    entries.add(entry(session, event, byName));
                }
            }
            return entries;
        });
    }

    /** One entry, or null. */
    Entry find(long partnerId, String entryId) {
        return all(partnerId).stream().filter(e -> e.id().equals(entryId)).findFirst().orElse(null);
    }

    private static Entry entry(Session session, Event event, Map<String, Category> byName) {
        String name = (session.visibility() == dev.eventsim.simulator.sessions.Visibility.private_
                ? "ep_private_" : "ep_agenda_") + event.id();
        return new Entry(session, event, EntryKind.of(session.type()), byName.get(name));
    }

    /**
     * How many entries each category holds, as a {@code KalturaCategory} counts them: {@code [0]}
     * directly, {@code [1]} with those of the categories under it. Categories holding none are absent.
     */
    public Map<Long, int[]> entryCounts(long partnerId) {
        Map<Long, int[]> counts = new java.util.HashMap<>();
        for (Entry entry : all(partnerId)) {
            if (entry.category() == null) {
                continue;
            }
            counts.computeIfAbsent(entry.category().id(), id -> new int[2])[0]++;
            for (String id : entry.category().fullIds().split(">")) {
                counts.computeIfAbsent(Long.parseLong(id), c -> new int[2])[1]++;
            }
        }
        return counts;
    }
}
