package dev.eventsim.client.participants;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A speaker or moderator of a session, with the event user's profile (the contract's
 * {@code PublicSessionParticipantDto}). {@code order}, {@code isHidden} and {@code sessionRole}
 * are given for speakers only, null for moderators.
 *
 * @param type {@code speaker} or {@code moderator}
 */
public record SessionParticipant(String id, String firstName, String lastName, String email, String title,
                                 String bio, String thumbnailUrl, String type, Integer order,
                                 @JsonProperty("isHidden") Boolean isHidden, SpeakerRole sessionRole) {
}
