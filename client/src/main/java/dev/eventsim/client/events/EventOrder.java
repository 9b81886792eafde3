package dev.eventsim.client.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** The sort orders of {@code events/list}; the service's default is {@link #NEWEST_FIRST}. */
public enum EventOrder {
    NAME_ASCENDING("+name"),
    NAME_DESCENDING("-name"),
    OLDEST_FIRST("+createdAt"),
    NEWEST_FIRST("-createdAt"),
    START_ASCENDING("+startDate"),
    START_DESCENDING("-startDate");

    private final String wire;

    EventOrder(String wire) {
        this.wire = wire;
    }

    /** As sent: {@code +name}, {@code -createdAt}, ... */
    @JsonValue
    public String wire() {
        return wire;
    }
}
