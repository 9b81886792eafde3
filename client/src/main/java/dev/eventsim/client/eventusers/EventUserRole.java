package dev.eventsim.client.eventusers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An event-level role. Session speakers need {@link #SPEAKER}, session moderators {@link #MODERATOR}. */
public enum EventUserRole {
    @JsonProperty("Attendees")
    ATTENDEES,
    @JsonProperty("Speaker")
    SPEAKER,
    @JsonProperty("Moderator")
    MODERATOR
}
