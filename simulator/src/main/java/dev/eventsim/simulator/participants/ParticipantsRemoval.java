package dev.eventsim.simulator.participants;

import java.util.List;

/** The fields of session-participants/remove; lists not sent are empty. */
public record ParticipantsRemoval(long eventId, String sessionId, List<String> speakerIds, List<String> moderatorIds) {
}
