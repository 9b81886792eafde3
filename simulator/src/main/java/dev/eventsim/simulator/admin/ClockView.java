package dev.eventsim.simulator.admin;

/** The simulator's clock as the control plane shows it: ISO-8601 UTC, epoch millis, frozen or running. */
public record ClockView(String now, long epochMillis, boolean frozen) {
}
