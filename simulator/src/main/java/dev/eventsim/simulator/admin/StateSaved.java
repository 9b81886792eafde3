package dev.eventsim.simulator.admin;

/** A save of the state file: where, how many bytes, when (simulated time). */
public record StateSaved(String path, long bytes, String savedAt) {
}
