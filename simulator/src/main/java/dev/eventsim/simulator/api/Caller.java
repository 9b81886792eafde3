package dev.eventsim.simulator.api;

/** Who is calling: the partner whose state the call sees, and the KS's user. */
public record Caller(long partnerId, String userId) {
}
