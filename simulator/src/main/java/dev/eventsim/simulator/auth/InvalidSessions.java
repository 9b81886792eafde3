package dev.eventsim.simulator.auth;

import dev.eventsim.simulator.state.PortableTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The KSes of one partner that session.end ended (singly, or by their {@code sessionid}
 * privilege) and the calls each KS with an {@code actionslimit} has used, as the core API keeps
 * them in its invalid-sessions table. Safe to read and change without the partner's lock: every
 * KS check reads it. Rows of KSes that have expired are dropped once the table grows, since an
 * expired KS is refused anyway.
 */
final class InvalidSessions implements PortableTable {
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, InvalidSessionRows.EndedKs> ended = new ConcurrentHashMap<>();
    private final Map<String, InvalidSessionRows.EndedKs> endedSessionIds = new ConcurrentHashMap<>();
    private final Map<String, InvalidSessionRows.ActionCount> actions = new ConcurrentHashMap<>();

    InvalidSessions() {
    }

    InvalidSessions(InvalidSessionRows rows) {
        rows.ended().forEach(row -> ended.put(row.key(), row));
        rows.endedSessionIds().forEach(row -> endedSessionIds.put(row.key(), row));
        rows.actions().forEach(row -> actions.put(row.ksHash(), row));
    }

    @Override
    public InvalidSessionRows export() {
        Comparator<InvalidSessionRows.EndedKs> byTime = Comparator.comparing(InvalidSessionRows.EndedKs::endedAt)
                .thenComparing(InvalidSessionRows.EndedKs::key);
        List<InvalidSessionRows.EndedKs> endedRows = new ArrayList<>(ended.values());
        endedRows.sort(byTime);
        List<InvalidSessionRows.EndedKs> groupRows = new ArrayList<>(endedSessionIds.values());
        groupRows.sort(byTime);
        List<InvalidSessionRows.ActionCount> actionRows = new ArrayList<>(actions.values());
        actionRows.sort(Comparator.comparing(InvalidSessionRows.ActionCount::ksHash));
        return new InvalidSessionRows(endedRows, groupRows, actionRows);
    }

    boolean isEnded(String ksHash, String sessionId) {
        return ended.containsKey(ksHash) || sessionId != null && endedSessionIds.containsKey(sessionId);
    }

    void end(String ksHash, String sessionId, Instant now, Instant expiry) {
        ended.put(ksHash, new InvalidSessionRows.EndedKs(ksHash, now, expiry));
        if (sessionId != null) {
            endGroup(sessionId, now, now.plus(java.time.Duration.ofDays(1))); // the core API keeps a group's row a day
        }
        prune(now);
    }

    /** Ends a {@code sessionid} group alone (an app token deleted). */
    void endGroup(String sessionId, Instant now, Instant until) {
        endedSessionIds.merge(sessionId, new InvalidSessionRows.EndedKs(sessionId, now, until),
                (old, next) -> old.expiry().isAfter(next.expiry()) ? old : next);
        prune(now);
    }

    /** Counts one call of a KS with a limit; false (nothing counted) when it had used every call it may make. */
    boolean use(String ksHash, int limit, Instant now, Instant expiry) {
        boolean[] admitted = new boolean[1];
        actions.compute(ksHash, (hash, count) -> {
            int used = count == null ? 0 : count.used();
            admitted[0] = used < limit;
            return new InvalidSessionRows.ActionCount(hash, admitted[0] ? used + 1 : used, limit, expiry);
        });
        prune(now);
        return admitted[0];
    }

    List<InvalidSessionRows.EndedKs> ended() {
        return export().ended();
    }

    List<InvalidSessionRows.EndedKs> endedSessionIds() {
        return export().endedSessionIds();
    }

    private void prune(Instant now) {
        if (ended.size() + endedSessionIds.size() + actions.size() > PRUNE_ABOVE) {
            ended.values().removeIf(row -> !row.expiry().isAfter(now));
            endedSessionIds.values().removeIf(row -> !row.expiry().isAfter(now));
            actions.values().removeIf(row -> !row.expiry().isAfter(now));
        }
    }
}
