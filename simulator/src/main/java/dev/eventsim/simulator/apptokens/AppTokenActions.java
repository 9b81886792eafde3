package dev.eventsim.simulator.apptokens;

import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.auth.SessionActions;
import dev.eventsim.simulator.auth.SessionInfo;
import dev.eventsim.simulator.coreapi.CoreApiErrors;
import dev.eventsim.simulator.coreapi.CoreCall;
import dev.eventsim.simulator.coreapi.CoreParams;
import dev.eventsim.simulator.coreapi.CoreSession;
import dev.eventsim.simulator.coreapi.ListResponse;
import dev.eventsim.simulator.coreapi.Pager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The core API's {@code appToken} service: add, get, list, update, delete (ADMIN KS) and
 * startSession (any KS, typically a widget session's): a KS from the token's hash of the caller's
 * KS and the token, with the token's user, type, privileges and duration.
 */
public final class AppTokenActions {
    private static final java.util.List<String> READ_ONLY = java.util.List.of("id", "token", "partnerId", "createdAt",
            "updatedAt", "status");

    private final AppTokensBackend backend;
    private final SessionActions sessions;
    private final dev.eventsim.simulator.auth.SessionGuard guard;
    private final Partners partners;
    private final Clock clock;

    public AppTokenActions(AppTokensBackend backend, SessionActions sessions, dev.eventsim.simulator.auth.SessionGuard guard,
                           Partners partners, Clock clock) {
        this.backend = backend;
        this.guard = guard;
        this.sessions = sessions;
        this.partners = partners;
        this.clock = clock;
    }

    public Object add(CoreCall call) {
        CoreParams fields = call.params().requiredObject("appToken");
        checkObjectType(fields);
        UnaryOperator<AppToken> apply = fieldsOf(fields);
        return AppTokenView.of(backend.add(call.partnerId(), apply));
    }

    public Object get(CoreCall call) {
        return AppTokenView.of(backend.get(call.partnerId(), call.params().requiredText("id")));
    }

    public Object list(CoreCall call) {
        CoreParams filter = call.params().object("filter");
        Pager pager = Pager.of(call.params().object("pager"));
        Integer statusEqual = filter.intValue("statusEqual");
        Set<Integer> statusIn = numbers(filter, "statusIn");
        String idEqual = filter.text("idEqual");
        Set<String> idIn = texts(filter.text("idIn"));
        String userEqual = filter.text("sessionUserIdEqual");
        Long createdFrom = filter.longValue("createdAtGreaterThanOrEqual");
        Long createdTo = filter.longValue("createdAtLessThanOrEqual");
        Long updatedFrom = filter.longValue("updatedAtGreaterThanOrEqual");
        Long updatedTo = filter.longValue("updatedAtLessThanOrEqual");
        Predicate<AppToken> matches = t -> (statusEqual == null || t.status() == statusEqual)
                && (statusIn == null || statusIn.contains(t.status()))
                && (idEqual == null || t.id().equals(idEqual))
                && (idIn == null || idIn.contains(t.id()))
                && (userEqual == null || userEqual.equals(t.sessionUserId()))
                && (createdFrom == null || t.createdAt().getEpochSecond() >= createdFrom)
                && (createdTo == null || t.createdAt().getEpochSecond() <= createdTo)
                && (updatedFrom == null || t.updatedAt().getEpochSecond() >= updatedFrom)
                && (updatedTo == null || t.updatedAt().getEpochSecond() <= updatedTo);
        boolean deletedAsked = Integer.valueOf(AppToken.DELETED).equals(statusEqual)
                || statusIn != null && statusIn.contains(AppToken.DELETED);
        if (userEqual != null && !backend.knowsUser(call.partnerId(), userEqual)) {
            // the core API finds no such user and answers an empty count without a list
            return new ListResponse<>(null, 0, "KalturaAppTokenListResponse");
        }
        AppTokensBackend.AppTokenPage page = backend.list(call.partnerId(), matches, deletedAsked,
                order(filter.text("orderBy")), pager.pageSize(), pager.pageIndex());
        return new ListResponse<>(page.tokens().stream().map(AppTokenView::of).toList(), page.totalCount(),
                "KalturaAppTokenListResponse");
    }

    public Object update(CoreCall call) {
        String id = call.params().requiredText("id");
        CoreParams fields = call.params().requiredObject("appToken");
        checkObjectType(fields);
        UnaryOperator<AppToken> apply = fieldsOf(fields);
        return AppTokenView.of(backend.update(call.partnerId(), id, apply));
    }

    /** Deletes the token and ends every KS it issued (they carry {@code sessionid:<id>}). */
    public Object delete(CoreCall call) {
        String id = call.params().requiredText("id");
        backend.delete(call.partnerId(), id);
        guard.endGroup(call.partnerId(), id);
        return null;
    }

    /**
     * appToken.startSession: the token's {@code sessionType} if set (else {@code type}, else USER),
     * its {@code sessionUserId} if set (else {@code userId}), privileges
     * {@code sessionid:<id>,apptoken:<id>} with the token's own after them (and the call's, see
     * {@link SessionPrivileges}), and an expiry no longer than the token's {@code sessionDuration}
     * nor past the token's own expiry.
     */
    public Object startSession(CoreCall call) {
        CoreParams params = call.params();
        CoreSession caller = call.session();
        String id = params.requiredText("id");
        String tokenHash = params.requiredText("tokenHash");
        int requestedType = SessionActions.sessionType(params, "type");
        Long requestedExpiry = params.longValue("expiry");
        AppToken token = backend.checkForSession(caller.partnerId(), id, caller.ks(), tokenHash);
        long now = clock.instant().getEpochSecond();
        long tokenExpiry = token.sessionDuration();
        if (token.expiry() != null) {
            tokenExpiry = Math.min(tokenExpiry, token.expiry().getEpochSecond() - now);
            if (tokenExpiry < 0) {
                throw CoreApiErrors.appTokenExpired(id);
            }
        }
        long expiry = requestedExpiry == null || requestedExpiry <= 0 ? tokenExpiry : Math.min(requestedExpiry, tokenExpiry);
        int type = token.sessionType() != null ? token.sessionType() : requestedType;
        String userId = token.sessionUserId() != null ? token.sessionUserId()
                : params.text("userId") == null ? "" : params.text("userId");
        String privileges = SessionPrivileges.of(id, token.sessionPrivileges(), params.text("sessionPrivileges"));
        String ks = sessions.mint(partners.find(caller.partnerId()).orElseThrow(), type, userId, expiry, privileges);
        return new SessionInfo(ks, type, caller.partnerId(), userId, now + expiry, privileges, "KalturaSessionInfo");
    }

    /** {@code KalturaAppTokenOrderBy}: ±createdAt, ±updatedAt; creation order when none is given. */
    private static java.util.Comparator<AppToken> order(String orderBy) {
        if (orderBy == null) {
            return (a, b) -> 0; // the table keeps creation order
        }
        java.util.Comparator<AppToken> by = switch (orderBy.strip().replaceFirst("^[+-]", "")) {
            case "createdAt" -> java.util.Comparator.comparing(AppToken::createdAt);
            case "updatedAt" -> java.util.Comparator.comparing(AppToken::updatedAt);
            default -> throw CoreApiErrors.invalidEnumValue(orderBy, "orderBy", "KalturaAppTokenOrderBy");
        };
        return orderBy.strip().startsWith("-") ? by.reversed() : by;
    }

    /** The fields a caller may set on a token (the rest are the service's): unset ones stay as they are. */
    private static UnaryOperator<AppToken> fieldsOf(CoreParams fields) {
        for (String readOnly : READ_ONLY) {
            if (fields.has(readOnly)) {
                throw CoreApiErrors.notUpdatable("KalturaAppToken::" + readOnly);
            }
        }
        String hashName = fields.text("hashType");
        // The enum's values are case-sensitive, as there: sha1 is no hash type.
        HashType named = hashName == null ? null : HashType.named(hashName);
        HashType hashType = named != null && named.name().equals(hashName) ? named : null;
        if (hashName != null && hashType == null) {
            throw CoreApiErrors.invalidEnumValue(hashName, "hashType", "KalturaAppTokenHashType");
        }
        Integer sessionType = fields.intValue("sessionType");
        if (sessionType != null && sessionType != CoreSession.USER && sessionType != CoreSession.ADMIN) {
            throw CoreApiErrors.invalidEnumValue(sessionType.toString(), "sessionType",
                    "KalturaSessionType");
        }
        Integer duration = fields.intValue("sessionDuration");
        if (duration != null && duration <= 0) {
            throw CoreApiErrors.invalidParameterValue(fields.nameOf("sessionDuration"), duration.toString());
        }
        Long expiry = fields.longValue("expiry");
        String userId = fields.text("sessionUserId");
        String privileges = fields.text("sessionPrivileges");
        String description = fields.text("description");
        return t -> new AppToken(t.id(), t.token(), t.partnerId(), t.createdAt(), t.updatedAt(), t.status(),
                expiry != null ? Instant.ofEpochSecond(expiry) : t.expiry(),
                sessionType != null ? sessionType : t.sessionType(),
                userId != null ? userId : t.sessionUserId(),
                duration != null ? duration : t.sessionDuration(),
                privileges != null ? privileges : t.sessionPrivileges(),
                hashType != null ? hashType : t.hashType(),
                description != null ? description : t.description());
    }

    private static void checkObjectType(CoreParams fields) {
        String type = fields.objectType();
        if (type != null && !type.equals("KalturaAppToken")) {
            throw CoreApiErrors.invalidObjectType(type);
        }
    }

    private static Set<String> texts(String list) {
        return list == null ? null
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static Set<Integer> numbers(CoreParams filter, String name) {
        Set<String> items = texts(filter.text(name));
        if (items == null) {
            return null;
        }
        try {
            return items.stream().map(Integer::valueOf).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw CoreApiErrors.invalidParameterValue(filter.nameOf(name), filter.text(name));
        }
    }
}
