package dev.eventsim.simulator.http;

/** The body of every error answer of the API: the contract's request status and a human message. */
public record ErrorEnvelope(String status, String message) {
}
