package dev.eventsim.simulator.sessions;

import dev.eventsim.simulator.state.TableRows;
import java.util.List;

/** A partner's sessions as snapshots and the state file keep them: by event id, each event's in creation order. */
public record SessionRows(List<Session> sessions) implements TableRows {
    public SessionRows {
        sessions = List.copyOf(sessions);
    }

    @Override
    public int size() {
        return sessions.size();
    }
}
