package dev.eventsim.simulator.participants;

import java.util.List;

/** The fields of session-participants/update: which speakers of which session, and what to change. */
public record SpeakerChanges(long eventId, String sessionId, List<SpeakerInput> speakers) {
}
