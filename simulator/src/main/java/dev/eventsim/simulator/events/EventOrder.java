package dev.eventsim.simulator.events;

import java.util.Comparator;

/** The orderBy values of events/list. Ties are broken by id in the same direction, so pages never overlap. */
public enum EventOrder {
    NAME_ASC("+name", byName(), false),
    NAME_DESC("-name", byName(), true),
    CREATED_ASC("+createdAt", Comparator.comparing(Event::createdAt), false),
    CREATED_DESC("-createdAt", Comparator.comparing(Event::createdAt), true),
    START_ASC("+startDate", Comparator.comparing(Event::startDate), false),
    START_DESC("-startDate", Comparator.comparing(Event::startDate), true);

    /** The order when none is asked for: newest first. */
    public static final EventOrder DEFAULT = CREATED_DESC;

    private final String wireName;
    private final Comparator<Event> comparator;

    EventOrder(String wireName, Comparator<Event> byKey, boolean descending) {
        this.wireName = wireName;
        Comparator<Event> ascending = byKey.thenComparingLong(Event::id);
        this.comparator = descending ? ascending.reversed() : ascending;
    }

    private static Comparator<Event> byName() {
        return Comparator.comparing(Event::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Event::name);
    }

    public Comparator<Event> comparator() {
        return comparator;
    }

    public String wireName() {
        return wireName;
    }

    public static EventOrder ofWireName(String name) {
        for (EventOrder order : values()) {
            if (order.wireName.equals(name)) {
                return order;
            }
        }
        return null;
    }
}
