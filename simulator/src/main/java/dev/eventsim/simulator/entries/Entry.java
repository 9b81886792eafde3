package dev.eventsim.simulator.entries;

import dev.eventsim.simulator.categories.Category;
import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.sessions.Session;
import dev.eventsim.simulator.sessions.Visibility;

/**
 * A core API entry: an event's session as the platform keeps it, with the categories it is
 * published in ({@code ep_agenda_<eventId>}, or {@code ep_private_<eventId>} for a private
 * session) where those still exist.
 */
record Entry(Session session, Event event, EntryKind kind, Category category) {

    /** The full name of its category, or "" when the category was deleted. */
    String categories() {
        return category == null ? "" : category.fullName();
    }

    String categoriesIds() {
        return category == null ? "" : Long.toString(category.id());
    }

    String id() {
        return session.id();
    }

    String name() {
        return session.name();
    }

    /** A private session is seen only by an ADMIN KS or one whose {@code sview} grants it. */
    boolean isPrivate() {
        return session.visibility() == Visibility.private_;
    }
}
