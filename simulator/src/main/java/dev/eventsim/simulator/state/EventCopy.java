package dev.eventsim.simulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What a duplication copies beyond the event and its sessions: the new session id of each source
 * session, and the event-user roles whose holders come along (Speaker, Moderator, EventTeam).
 */
public record EventCopy(
        long sourceEventId, long targetEventId, Map<String, String> sessionIds, Set<String> userRoles, Instant at) {
}
