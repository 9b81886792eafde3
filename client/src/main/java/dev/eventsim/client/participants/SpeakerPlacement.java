package dev.eventsim.client.participants;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A speaker to put on a session, or to change there: the event user's id and only the fields
 * set. A new speaker gets order 0, not hidden, {@code simpleSpeaker} for what is not set. Start
 * with {@link #of(String)}.
 */
public record SpeakerPlacement(String userId, Integer order, @JsonProperty("isHidden") Boolean isHidden,
                               SpeakerRole role) {

    public SpeakerPlacement {
        Objects.requireNonNull(userId, "userId");
    }

    public static SpeakerPlacement of(String userId) {
        return new SpeakerPlacement(userId, null, null, null);
    }

    public SpeakerPlacement withOrder(int value) {
        return new SpeakerPlacement(userId, value, isHidden, role);
    }

    public SpeakerPlacement withHidden(boolean value) {
        return new SpeakerPlacement(userId, order, value, role);
    }

    public SpeakerPlacement withRole(SpeakerRole value) {
        return new SpeakerPlacement(userId, order, isHidden, value);
    }
}
