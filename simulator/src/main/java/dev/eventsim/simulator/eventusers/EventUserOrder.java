package dev.eventsim.simulator.eventusers;

import java.util.Comparator;

/**
 * The orderBy values of event-users/list. Ties of createdAt keep invitation order, ties of fullName
 * are broken by id, both in the sort's direction, so pages never overlap.
 */
public enum EventUserOrder {
    CREATED_ASC("+createdAt", byCreation(), false),
    CREATED_DESC("-createdAt", byCreation(), true),
    FULL_NAME_ASC("+fullName", byFullName(), false),
    FULL_NAME_DESC("-fullName", byFullName(), true);

    public static final EventUserOrder DEFAULT = CREATED_ASC;
    public static final String ALLOWED = "+createdAt, -createdAt, +fullName, -fullName";

    private final String wireName;
    private final Comparator<EventUser> comparator;

    EventUserOrder(String wireName, Comparator<EventUser> ascending, boolean descending) {
        this.wireName = wireName;
        this.comparator = descending ? ascending.reversed() : ascending;
    }

    private static Comparator<EventUser> byCreation() {
        return Comparator.comparing(EventUser::createdAt).thenComparingLong(EventUser::sequence);
    }

    private static Comparator<EventUser> byFullName() {
        return Comparator.comparing(EventUser::fullName, String.CASE_INSENSITIVE_ORDER).thenComparing(EventUser::id);
    }

    public Comparator<EventUser> comparator() {
        return comparator;
    }

    public static EventUserOrder ofWireName(String name) {
        for (EventUserOrder order : values()) {
            if (order.wireName.equals(name)) {
                return order;
            }
        }
        return null;
    }
}
