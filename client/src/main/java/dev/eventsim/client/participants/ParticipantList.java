package dev.eventsim.client.participants;

import dev.eventsim.client.internal.Lists;
import java.util.List;

/** The answer of {@code session-participants/list}: speakers by order, moderators as added. */
public record ParticipantList(List<SessionParticipant> speakers, List<SessionParticipant> moderators) {

    public ParticipantList {
        speakers = Lists.fromAnswer(speakers);
        moderators = Lists.fromAnswer(moderators);
    }
}
