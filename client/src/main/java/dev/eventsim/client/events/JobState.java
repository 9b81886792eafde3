package dev.eventsim.client.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state of a duplication job ({@code jobState} of {@code events/duplicateStatus}). */
public enum JobState {
    @JsonProperty("wait")
    WAIT,
    @JsonProperty("completed")
    COMPLETED,
    @JsonProperty("failed")
    FAILED,
    @JsonProperty("paused")
    PAUSED,
    @JsonProperty("repeat")
    REPEAT,
    @JsonProperty("unknown")
    UNKNOWN;

    /** Completed or failed: polling again cannot change it. */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
