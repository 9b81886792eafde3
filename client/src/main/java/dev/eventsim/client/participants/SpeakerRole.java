package dev.eventsim.client.participants;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a speaker may do in a session; {@code simpleSpeaker} by default. */
public enum SpeakerRole {
    @JsonProperty("simpleSpeaker")
    SIMPLE_SPEAKER,
    @JsonProperty("advancedSpeaker")
    ADVANCED_SPEAKER
}
