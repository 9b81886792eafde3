package dev.eventsim.simulator.seeding;

import java.util.List;

/** What to seed into one partner: events generated from a seed number, or events listed one by one. */
public sealed interface SeedRequest {
    long partnerId();

    /** Events generated from a seed number. */
    record Generated(long partnerId, Generation generation) implements SeedRequest {
    }

    /** Events given one by one; errors name them by their place in the list. */
    record Listed(long partnerId, List<EventSeed> events) implements SeedRequest {
    }
}
