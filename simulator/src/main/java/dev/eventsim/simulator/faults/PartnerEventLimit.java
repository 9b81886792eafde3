package dev.eventsim.simulator.faults;

/** At most {@code maxEvents} events for a partner; a null {@code partnerId} applies to every partner. */
public record PartnerEventLimit(Long partnerId, long maxEvents) {
}
