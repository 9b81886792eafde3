package dev.eventsim.client.eventusers;

import com.fasterxml.jackson.annotation.JsonValue;

/** The sort orders of {@code event-users/list}; the service's default is {@link #OLDEST_FIRST}. */
public enum EventUserOrder {
    OLDEST_FIRST("+createdAt"),
    NEWEST_FIRST("-createdAt"),
    FULL_NAME_ASCENDING("+fullName"),
    FULL_NAME_DESCENDING("-fullName");

    private final String wire;

    EventUserOrder(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
