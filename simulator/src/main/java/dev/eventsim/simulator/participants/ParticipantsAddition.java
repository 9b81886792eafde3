package dev.eventsim.simulator.participants;

import java.util.List;

/** The fields of session-participants/add; lists not sent are empty. */
public record ParticipantsAddition(long eventId, String sessionId, List<SpeakerInput> speakers, List<String> moderatorIds) {
}
