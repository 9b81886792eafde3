package dev.eventsim.client.teammembers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a team member may do on the Event Platform. */
public enum TeamRole {
    @JsonProperty("Admin")
    ADMIN,
    @JsonProperty("Organizer")
    ORGANIZER,
    @JsonProperty("ContentManager")
    CONTENT_MANAGER
}
