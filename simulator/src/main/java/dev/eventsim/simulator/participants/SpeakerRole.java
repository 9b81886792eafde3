package dev.eventsim.simulator.participants;

import dev.eventsim.simulator.api.ApiErrors;

/** A speaker's sub-role within one session. */
public enum SpeakerRole {
    simpleSpeaker,
    advancedSpeaker;

    public static final SpeakerRole DEFAULT = simpleSpeaker;

    public static SpeakerRole read(String field, String value) {
        for (SpeakerRole role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw ApiErrors.notOneOf(field, value, "simpleSpeaker, advancedSpeaker");
    }
}
