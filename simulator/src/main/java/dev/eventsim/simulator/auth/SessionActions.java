package dev.eventsim.simulator.auth;

import dev.eventsim.simulator.coreapi.CoreApiErrors;
import dev.eventsim.simulator.coreapi.CoreCall;
import dev.eventsim.simulator.coreapi.CoreParams;
import dev.eventsim.simulator.coreapi.CoreSession;
import java.time.Clock;
import java.time.Instant;

/**
 * The core API's {@code session} service: start, get, end and startWidgetSession. KSes are minted
 * as the core API mints them (v2, signed with the partner's admin secret) on the simulator's clock.
 */
public final class SessionActions {
    static final long DEFAULT_EXPIRY_SECONDS = 86_400;
    /**
     * The longest KS session.start and startWidgetSession issue: the core API caps the expiry at a
     * partner setting whose default is a day. (The control plane's /__sim/ks mints any lifetime.)
     */
    static final long MAX_EXPIRY_SECONDS = 86_400;
    /** What a widget session may do, as the core API writes it into the widget KS. */
    static final String WIDGET_PRIVILEGES = "view:*,widget:1";

    private final Partners partners;
    private final Clock clock;
    private final SessionGuard guard;

    public SessionActions(Partners partners, Clock clock, SessionGuard guard) {
        this.partners = partners;
        this.clock = clock;
        this.guard = guard;
    }

    /** session.start: partnerId, secret, userId, type (0 USER, 2 ADMIN), expiry, privileges. */
    public Object start(CoreCall call) {
        CoreParams params = call.params();
        String secret = params.requiredText("secret");
        Long partnerId = params.longValue("partnerId");
        int type = sessionType(params, "type");
        Partner partner = partnerId == null ? null : partners.find(partnerId).orElse(null);
        if (partner == null || !partner.adminSecret().equals(secret)) {
            throw CoreApiErrors.startSessionError(partnerId == null ? "" : partnerId.toString());
        }
        long expiry = Math.min(expiry(params, "expiry"), MAX_EXPIRY_SECONDS);
        return mint(partner, type, params.text("userId"), expiry, params.text("privileges"));
    }

    /**
     * session.get: what a KS says, the {@code session} parameter's or else the caller's. A given KS
     * must be one (signed by a partner the simulator knows); as in the core API its expiry is not checked.
     */
    public Object get(CoreCall call) {
        String given = call.params().text("session");
        if (given == null) {
            CoreSession caller = call.session();
            return SessionInfo.of(caller.partnerId(), caller.userId(), caller.type(), caller.expiry(), caller.privileges());
        }
        KalturaSession session;
        try {
            KsCodec.SignedKs signed = KsCodec.parse(given);
            Partner partner = partners.find(signed.partnerId()).orElseThrow(() -> new KsFormatException("unknown partner"));
            session = KsCodec.open(signed, partner.adminSecret());
        } catch (KsFormatException e) {
            throw CoreApiErrors.invalidKs(given);
        }
        return SessionInfo.of(session.partnerId(), session.userId(), session.type(), session.expiry(),
                session.privileges());
    }

    /**
     * session.end: the caller's KS (and its {@code sessionid} group) is refused from now on, by
     * both APIs. Without a KS it does nothing, as there.
     */
    public Object end(CoreCall call) {
        CoreSession session = call.session();
        if (session == null) {
            return null;
        }
        guard.end(session.ks(), new KalturaSession(2, session.partnerId(), session.userId(), session.type(),
                session.expiry(), session.privileges()));
        return null;
    }

    /** session.startWidgetSession: widget id {@code _<partnerId>} gives an anonymous USER KS of that partner. */
    public Object startWidgetSession(CoreCall call) {
        CoreParams params = call.params();
        String widgetId = params.requiredText("widgetId");
        Partner partner = widgetPartner(widgetId);
        // The core API gives a widget session the anonymous user 0.
        String ks = mint(partner, KsType.USER.code(), "0", Math.min(expiry(params, "expiry"), MAX_EXPIRY_SECONDS),
                WIDGET_PRIVILEGES);
        return new WidgetSession(partner.id(), ks, 0, "KalturaStartWidgetSessionResponse");
    }

    /** A KS of the partner minted now; also what appToken.startSession issues. */
    public String mint(Partner partner, int type, String userId, long expirySeconds, String privileges) {
        Instant now = clock.instant();
        // An expiry past Instant's range would overflow: such a KS simply never expires.
        Instant expiresAt = expirySeconds > Instant.MAX.getEpochSecond() - now.getEpochSecond()
                ? Instant.MAX : now.plusSeconds(expirySeconds);
        return KsCodec.encodeV2(partner.id(), partner.adminSecret(), type, userId, expiresAt, privileges);
    }

    /** A session type parameter: 0 USER or 2 ADMIN, USER when not given. */
    public static int sessionType(CoreParams params, String name) {
        Integer type = params.intValue(name);
        if (type == null) {
            return KsType.USER.code();
        }
        if (KsType.ofCode(type) == null) {
            throw CoreApiErrors.invalidEnumValue(type.toString(), params.nameOf(name), "KalturaSessionType");
        }
        return type;
    }

    /** An expiry in seconds; none, zero or less is the core API's default of a day. */
    public static long expiry(CoreParams params, String name) {
        Long expiry = params.longValue(name);
        return expiry == null || expiry <= 0 ? DEFAULT_EXPIRY_SECONDS : expiry;
    }

    private Partner widgetPartner(String widgetId) {
        if (widgetId.startsWith("_")) {
            try {
                Partner partner = partners.find(Long.parseLong(widgetId.substring(1))).orElse(null);
                if (partner != null) {
                    return partner;
                }
            } catch (NumberFormatException e) {
                // not a partner's default widget: refused below
            }
        }
        throw CoreApiErrors.invalidWidgetId(widgetId);
    }

    /** {@code KalturaStartWidgetSessionResponse}. */
    record WidgetSession(long partnerId, String ks, int userId, String objectType) {
    }
}
