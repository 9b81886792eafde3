package dev.eventsim.client.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The roles whose users a duplication brings along ({@code duplicateUsers.roles}). */
public enum DuplicateRole {
    @JsonProperty("Speaker")
    SPEAKER,
    @JsonProperty("Moderator")
    MODERATOR,
    @JsonProperty("EventTeam")
    EVENT_TEAM
}
