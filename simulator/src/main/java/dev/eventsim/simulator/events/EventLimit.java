package dev.eventsim.simulator.events;

import java.util.OptionalLong;

/**
 * How many events a partner may hold. The guide documents that events/create answers 500 once
 * the account reached its event limit; the control plane sets the limit.
 */
@FunctionalInterface
public interface EventLimit {
    /** No limit for anyone. */
    EventLimit NONE = partnerId -> OptionalLong.empty();

    OptionalLong maxEvents(long partnerId);
}
