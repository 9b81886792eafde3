package dev.eventsim.simulator.participants;

import dev.eventsim.simulator.state.TableRows;
import java.util.List;

/** A partner's session participants as snapshots and the state file keep them. */
public record SessionParticipantRows(List<Places> sessions) implements TableRows {
    public SessionParticipantRows {
        sessions = List.copyOf(sessions);
    }

    /** One session's speakers and its moderators in the order they were added. */
    public record Places(long eventId, String sessionId, List<Speaker> speakers, List<String> moderatorIds) {
        public Places {
            speakers = List.copyOf(speakers);
            moderatorIds = List.copyOf(moderatorIds);
        }
    }

    @Override
    public int size() {
        return sessions.size();
    }
}
