package dev.eventsim.simulator.duplication;

/** The {@code jobState} values of events/duplicateStatus, as the contract lists them. */
public enum JobState {
    completed,
    failed,
    paused,
    repeat,
    wait,
    unknown;

    public boolean isFinal() {
        return this == completed || this == failed;
    }
}
