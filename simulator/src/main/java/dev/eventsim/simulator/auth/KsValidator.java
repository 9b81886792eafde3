package dev.eventsim.simulator.auth;

import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.BoundedCache;
import dev.eventsim.simulator.api.CacheSize;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Turns an Authorization header into a {@link Caller}, or a 401/403; {@link #validate} checks a bare
 * KS for the core API. Decoded tokens are cached by their exact text together with the secret that
 * opened them, so a tampered token (other text) or a changed secret never hits the cache, and
 * expiry is checked against the clock on every call.
 */
public final class KsValidator {

    private final Partners partners;
    private final Clock clock;
    private final AuthMode mode;
    private final SessionGuard guard;
    /** A KS is a few hundred characters; its session holds a few short strings. */
    private final BoundedCache<String, Opened> cache = new BoundedCache<>("ks-decodes", 10_000, 8 << 20);

    private record Opened(KalturaSession session, String secret) {
    }

    public KsValidator(Partners partners, Clock clock, AuthMode mode, SessionGuard guard) {
        this.partners = partners;
        this.clock = clock;
        this.mode = mode;
        this.guard = guard;
    }

    /** The decoded tokens kept, for the metrics. */
    public CacheSize decodedTokens() {
        return cache;
    }

    public Caller authenticate(String authorization) {
        KalturaSession session;
        try {
            session = validate(tokenOf(authorization));
        } catch (KsRejectedException e) {
            throw ApiErrors.unauthorized(e.getMessage());
        }
        if (isRestrictedRole(session)) {
            throw ApiErrors.forbidden("KS role " + session.privilegesRead().role()
                    + " (setrole) gives no access to the Events API");
        }
        if (session.userId().isBlank()) {
            throw ApiErrors.unauthorized("KS has no userId; the Events API needs an ADMIN KS with a userId");
        }
        if (!session.isAdmin()) {
            throw ApiErrors.forbidden("KS type " + session.type() + " is not an ADMIN KS (type 2)");
        }
        return new Caller(session.partnerId(), session.userId());
    }

    /**
     * Validates a KS given as a bare token, as the core API takes it in its {@code ks} field:
     * signature, partner and expiry on the simulator's clock, then whether session.end ended it
     * and whether its {@code actionslimit} has calls left (a call is counted here). In lenient
     * mode any token is an ADMIN session of the default partner for user {@code lenient}.
     */
    public KalturaSession validate(String ks) throws KsRejectedException {
        if (mode == AuthMode.lenient) {
            return new KalturaSession(2, partners.defaultPartner().id(), "lenient", KsType.ADMIN.code(),
                    Instant.MAX, "");
        }
        KalturaSession session = open(ks);
        if (!session.expiry().isAfter(clock.instant())) {
            throw new KsRejectedException("KS expired at " + session.expiry(), KsError.EXPIRED);
        }
        guard.admit(ks, session);
        return session;
    }

    private KalturaSession open(String ks) throws KsRejectedException {
        Opened cached = cache.get(ks);
        if (cached != null) {
            Partner partner = partners.find(cached.session().partnerId()).orElse(null);
            if (partner != null && partner.adminSecret().equals(cached.secret())) {
                return cached.session();
            }
        }
        try {
            KsCodec.SignedKs signed = KsCodec.parse(ks);
            Partner partner = partners.find(signed.partnerId()).orElse(null);
            if (partner == null) {
                throw new KsRejectedException("KS partner " + signed.partnerId() + " is unknown", KsError.INVALID_STR);
            }
            KalturaSession session = KsCodec.open(signed, partner.adminSecret());
            cache.put(ks, new Opened(session, partner.adminSecret()), 2 * ks.length() + 256);
            return session;
        } catch (KsFormatException e) {
            throw new KsRejectedException("Invalid KS: " + e.getMessage(), KsError.INVALID_STR);
        }
    }

    /**
     * A KS whose {@code setrole} names one of the core API's read-only roles (a player's or a
     * widget's): it may read, never manage.
     */
    public static boolean isRestrictedRole(KalturaSession session) {
        return isRestrictedRole(session.privileges());
    }

    /** The same, for a KS's privileges as it carries them. */
    public static boolean isRestrictedRole(String privileges) {
        String role = privileges == null || privileges.isEmpty() ? null : Privileges.parse(privileges).role();
        return role != null && Roles.READ_ONLY.contains(role.toUpperCase(Locale.ROOT));
    }

    private static String tokenOf(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiErrors.unauthorized("Missing Authorization header; send 'Authorization: Bearer <KS>'");
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (space < 0 || !(lower.equals("bearer") || lower.equals("ks"))) {
            throw ApiErrors.unauthorized("Authorization must be 'Bearer <KS>' or 'ks <KS>'");
        }
        String token = header.substring(space + 1).strip();
        if (token.isEmpty()) {
            throw ApiErrors.unauthorized("Authorization header has no KS");
        }
        return token;
    }
}
