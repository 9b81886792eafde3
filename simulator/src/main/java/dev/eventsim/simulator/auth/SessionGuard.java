package dev.eventsim.simulator.auth;

import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * What the core API checks of a KS beyond its signature and expiry, on every call of either API:
 * that session.end has not ended it (itself, or its {@code sessionid} group), and that a KS with
 * {@code actionslimit:N} has calls left (each call uses one, whichever API serves it).
 */
public final class SessionGuard {
    /** The invalid-sessions table, as snapshots and the state file name it. */
    public static final TableKind<InvalidSessionRows> TABLE = new TableKind<>("invalidSessions",
            InvalidSessions.class, InvalidSessionRows.class, InvalidSessions::new);

    private final Store store;
    private final Clock clock;

    public SessionGuard(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Refuses an ended KS, or one out of calls; else counts the call against its limit. */
    void admit(String ks, KalturaSession session) throws KsRejectedException {
        Privileges privileges = session.privilegesRead();
        if (isWidget(session, privileges)) {
            return; // the core API never checks a widget session against its invalid sessions
        }
        Integer limit = privileges.actionsLimit();
        if (limit != null && limit <= 0) {
            throw new KsRejectedException("KS actionslimit must be a positive number", KsError.INVALID_ACTIONS_LIMIT);
        }
        PartnerData partner = store.partner(session.partnerId());
        InvalidSessions table = partner.existingTable(InvalidSessions.class);
        if (table == null && limit == null) {
            return;
        }
        String hash = hash(ks);
        if (table != null && table.isEnded(hash, privileges.sessionId())) {
            throw new KsRejectedException("KS was ended by session.end", KsError.LOGOUT);
        }
        if (limit != null) {
            InvalidSessions counts = partner.table(InvalidSessions.class, InvalidSessions::new);
            boolean allowed = counts.use(hash, limit, clock.instant(), session.expiry());
            partner.changedOutsideWrite();
            if (!allowed) {
                throw new KsRejectedException("KS has used all " + limit + " calls of its actionslimit",
                        KsError.EXCEEDED_ACTIONS_LIMIT);
            }
        }
    }

    /** session.end: from now on the KS, and every KS of its {@code sessionid} group, is refused. */
    public void end(String ks, KalturaSession session) {
        if (isWidget(session, session.privilegesRead())) {
            return;
        }
        PartnerData partner = store.partner(session.partnerId());
        partner.table(InvalidSessions.class, InvalidSessions::new)
                .end(hash(ks), session.privilegesRead().sessionId(), clock.instant(), session.expiry());
        partner.changedOutsideWrite();
    }

    /** The KSes a partner ended, oldest first (by hash), for the dashboard. */
    public List<InvalidSessionRows.EndedKs> ended(long partnerId) {
        InvalidSessions table = store.partner(partnerId).existingTable(InvalidSessions.class);
        return table == null ? List.of() : table.ended();
    }

    /**
     * Ends every KS of a {@code sessionid} group at once, as deleting an app token ends the KSes
     * it issued ({@code sessionid:<token id>}); kept for a day, as the core API keeps such a row.
     */
    public void endGroup(long partnerId, String sessionId) {
        java.time.Instant now = clock.instant();
        PartnerData partner = store.partner(partnerId);
        partner.table(InvalidSessions.class, InvalidSessions::new)
                .endGroup(sessionId, now, now.plus(java.time.Duration.ofDays(1)));
        partner.changedOutsideWrite();
    }

    private static boolean isWidget(KalturaSession session, Privileges privileges) {
        return !session.isAdmin() && privileges.isWidget();
    }

    /** The {@code sessionid} groups a partner ended, for the dashboard. */
    public List<InvalidSessionRows.EndedKs> endedGroups(long partnerId) {
        InvalidSessions table = store.partner(partnerId).existingTable(InvalidSessions.class);
        return table == null ? List.of() : table.endedSessionIds();
    }

    static String hash(String ks) {
        return HexFormat.of().formatHex(KsCodec.sha1(ks.strip().getBytes(StandardCharsets.UTF_8)));
    }
}
