package dev.eventsim.client.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A speaker of a session as {@code sessions/speakerList} returns it (the contract's
 * {@code PublicSpeakerDto}).
 *
 * @param id    the speaker's user id (the event user's id)
 * @param order position on the session page, lower first
 */
public record Speaker(String id, String email, int order, @JsonProperty("isHidden") boolean isHidden,
                      String firstName, String lastName, String profileLink, String title, String bio,
                      String thumbnailUrl) {
}
