package dev.eventsim.simulator.admin;

/** What a reset did: {@code all}, or {@code partner} with its id. */
public record ResetDone(String reset, Long partnerId) {
}
