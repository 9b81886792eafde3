package dev.eventsim.client.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether and how a session shows on the event site; {@code published} by default. */
public enum Visibility {
    @JsonProperty("published")
    PUBLISHED,
    @JsonProperty("unlisted")
    UNLISTED,
    @JsonProperty("private")
    PRIVATE
}
