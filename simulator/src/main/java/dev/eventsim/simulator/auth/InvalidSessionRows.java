package dev.eventsim.simulator.auth;

import dev.eventsim.simulator.state.TableRows;
import java.time.Instant;
import java.util.List;

/**
 * A partner's ended KSes and their action counts, as snapshots and the state file keep them. A
 * KS is named by the SHA-1 of its text; a row is kept until the KS it names expires.
 */
public record InvalidSessionRows(List<EndedKs> ended, List<EndedKs> endedSessionIds, List<ActionCount> actions)
        implements TableRows {

    /** A KS (by hash) or a {@code sessionid} group ended by session.end, kept until {@code expiry}. */
    public record EndedKs(String key, Instant endedAt, Instant expiry) {
    }

    /** How many calls a KS with {@code actionslimit} has served. */
    public record ActionCount(String ksHash, int used, int limit, Instant expiry) {
    }

    public InvalidSessionRows {
        ended = List.copyOf(ended);
        endedSessionIds = List.copyOf(endedSessionIds);
        actions = List.copyOf(actions);
    }

    @Override
    public int size() {
        return ended.size() + endedSessionIds.size() + actions.size();
    }
}
