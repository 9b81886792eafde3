package dev.eventsim.simulator.apptokens;

import dev.eventsim.simulator.coreapi.CoreApiErrors;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A partner's application tokens: add, read, change, delete, and the check appToken.startSession
 * makes. A deleted token stays stored with status 3 and is found by nothing but a list that asks
 * for that status; another partner's tokens are never seen.
 */
public final class AppTokensBackend {
    /** The app token table, as snapshots and the state file name it. */
    public static final TableKind<AppTokenRows> TABLE =
            new TableKind<>("appTokens", AppTokenTable.class, AppTokenRows.class, AppTokenTable::new);
    static final int DEFAULT_SESSION_DURATION = 86_400;

    private final Store store;
    private final Clock clock;

    public AppTokensBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores a new active token made of {@code fields} (id, token and times set here). */
    public AppToken add(long partnerId, UnaryOperator<AppToken> fields) {
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            Instant now = clock.instant();
            AppToken blank = new AppToken(store.ids().nextEntryId().replaceFirst("^1_", "0_"),
                    store.ids().nextHex(16), partnerId, now, now, AppToken.ACTIVE, null, null, null,
                    DEFAULT_SESSION_DURATION, null, HashType.SHA1, null);
            AppToken token = fields.apply(blank);
            table(partner).put(token);
            return token;
        });
    }

    /** A token that is not deleted, or {@code APP_TOKEN_ID_NOT_FOUND}. */
    public AppToken get(long partnerId, String id) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> live(partner, id));
    }

    public AppTokenPage list(long partnerId, Predicate<AppToken> filter, boolean deletedAsked,
                             java.util.Comparator<AppToken> order, int pageSize, int pageIndex) {
        PartnerData partner = store.partner(partnerId);
        List<AppToken> matches = partner.read(() -> table(partner).all().stream()
                .filter(t -> deletedAsked || t.status() != AppToken.DELETED).filter(filter).sorted(order).toList());
        int from = (int) Math.min((long) (pageIndex - 1) * pageSize, matches.size());
        int to = Math.min(from + pageSize, matches.size());
        return new AppTokenPage(matches.subList(from, to), matches.size());
    }

    /** Applies {@code change} to a token that is not deleted; {@code updatedAt} moves. */
    public AppToken update(long partnerId, String id, UnaryOperator<AppToken> change) {
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            AppToken changed = change.apply(live(partner, id));
            AppToken stored = new AppToken(changed.id(), changed.token(), changed.partnerId(), changed.createdAt(),
                    clock.instant(), changed.status(), changed.expiry(), changed.sessionType(),
                    changed.sessionUserId(), changed.sessionDuration(), changed.sessionPrivileges(),
                    changed.hashType(), changed.description());
            table(partner).put(stored);
            return stored;
        });
    }

    public void delete(long partnerId, String id) {
        PartnerData partner = store.partner(partnerId);
        partner.write(() -> {
            AppToken token = live(partner, id);
            table(partner).put(token.withStatus(AppToken.DELETED, clock.instant()));
            return null;
        });
    }

    /**
     * The token appToken.startSession may use, checked in the core API's order: it exists and is
     * not deleted, is active, and {@code tokenHash} is exactly (lower-case hex, nothing trimmed) its
     * hash of {@code ks} followed by the token. Its own expiry is the caller's to check next.
     */
    public AppToken checkForSession(long partnerId, String id, String ks, String tokenHash) {
        AppToken token = get(partnerId, id);
        if (token.status() != AppToken.ACTIVE) {
            throw CoreApiErrors.appTokenNotActive(id);
        }
        if (!token.hashType().hexOf(ks + token.token()).equals(tokenHash)) {
            throw CoreApiErrors.invalidAppTokenHash();
        }
        return token;
    }

    /** Whether any token, deleted ones too, names this session user: the core API knows the user then. */
    public boolean knowsUser(long partnerId, String userId) {
        return all(partnerId).stream().anyMatch(t -> userId.equals(t.sessionUserId()));
    }

    /** Every token of a partner, deleted ones included, for the dashboard. */
    public List<AppToken> all(long partnerId) {
        PartnerData partner = store.partner(partnerId);
        AppTokenTable table = partner.existingTable(AppTokenTable.class);
        return table == null ? List.of() : partner.read(() -> List.copyOf(table.all()));
    }

    private static AppToken live(PartnerData partner, String id) {
        AppToken token = table(partner).get(id);
        if (token == null || token.status() == AppToken.DELETED) {
            throw CoreApiErrors.appTokenNotFound(id);
        }
        return token;
    }

    private static AppTokenTable table(PartnerData partner) {
        return partner.table(AppTokenTable.class, AppTokenTable::new);
    }

    /** One page of tokens, and how many match in all. */
    public record AppTokenPage(List<AppToken> tokens, int totalCount) {
    }
}
