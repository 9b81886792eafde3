package dev.eventsim.client.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of session. {@code Invalid} only ever appears in answers; the service refuses it on input. */
public enum SessionType {
    @JsonProperty("MeetingEntry")
    MEETING_ENTRY,
    @JsonProperty("SimuLive")
    SIMULIVE,
    @JsonProperty("LiveWebcast")
    LIVE_WEBCAST,
    @JsonProperty("LiveKME")
    LIVE_KME,
    @JsonProperty("VirtualLearningRoom")
    VIRTUAL_LEARNING_ROOM,
    @JsonProperty("Invalid")
    INVALID
}
