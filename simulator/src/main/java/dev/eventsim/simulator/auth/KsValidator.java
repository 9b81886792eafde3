package dev.eventsim.simulator.auth;

import dev.eventsim.simulator.api.ApiErrors;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an Authorization header into a {@link Caller}, or a 401/403. Decoded tokens are cached by
 * their exact text together with the secret that opened them, so a tampered token (other text)
 * or a changed secret never hits the cache, and expiry is checked against the clock on every call.
 */
public final class KsValidator {
    private static final int CACHE_LIMIT = 10_000;

    private final Partners partners;
    private final Clock clock;
    private final AuthMode mode;
    private final Map<String, Opened> cache = new ConcurrentHashMap<>();

    private record Opened(KalturaSession session, String secret) {
    }

    public KsValidator(Partners partners, Clock clock, AuthMode mode) {
        this.partners = partners;
        this.clock = clock;
        this.mode = mode;
    }

    public Caller authenticate(String authorization) {
        String ks = tokenOf(authorization);
        if (mode == AuthMode.lenient) {
            return new Caller(partners.defaultPartner().id(), "lenient");
        }
        KalturaSession session = open(ks);
        if (!session.expiry().isAfter(clock.instant())) {
            throw ApiErrors.unauthorized("KS expired at " + session.expiry());
        }
        if (session.userId().isBlank()) {
            throw ApiErrors.unauthorized("KS has no userId; the Events API needs an ADMIN KS with a userId");
        }
        if (!session.isAdmin()) {
            throw ApiErrors.forbidden("KS type " + session.type() + " is not an ADMIN KS (type 2)");
        }
        return new Caller(session.partnerId(), session.userId());
    }

    private KalturaSession open(String ks) {
        Opened cached = cache.get(ks);
        if (cached != null) {
            Partner partner = partners.find(cached.session().partnerId()).orElse(null);
            if (partner != null && partner.adminSecret().equals(cached.secret())) {
                return cached.session();
            }
        }
        try {
            KsCodec.SignedKs signed = KsCodec.parse(ks);
            Partner partner = partners.find(signed.partnerId())
                    .orElseThrow(() -> ApiErrors.unauthorized("KS partner " + signed.partnerId() + " is unknown"));
            KalturaSession session = KsCodec.open(signed, partner.adminSecret());
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(ks, new Opened(session, partner.adminSecret()));
            return session;
        } catch (KsFormatException e) {
            throw ApiErrors.unauthorized("Invalid KS: " + e.getMessage());
        }
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
