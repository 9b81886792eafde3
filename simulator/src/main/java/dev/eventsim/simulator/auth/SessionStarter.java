package dev.eventsim.simulator.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * The core API's session.start: checks the partner's admin secret and mints a v2 KS,
 * as {@code POST /api_v3/service/session/action/start} does.
 */
public final class SessionStarter {
    static final long DEFAULT_EXPIRY_SECONDS = 86_400;

    private final Partners partners;
    private final Clock clock;

    public SessionStarter(Partners partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    /** Mints a KS from the request parameters (null when absent), or throws a {@link CoreApiException}. */
    public String start(Function<String, String> params) {
        long partnerId = number(params, "partnerId", null);
        String secret = params.apply("secret");
        if (secret == null || secret.isEmpty()) {
            throw CoreApiException.missingParameter("secret");
        }
        int type = (int) number(params, "type", 0L);
        if (KsType.ofCode(type) == null) {
            throw CoreApiException.invalidParameter("type", Integer.toString(type));
        }
        long expiry = number(params, "expiry", DEFAULT_EXPIRY_SECONDS);
        if (expiry <= 0) {
            expiry = DEFAULT_EXPIRY_SECONDS;
        }
        Partner partner = partners.find(partnerId).orElse(null);
        if (partner == null || !partner.adminSecret().equals(secret)) {
            throw new CoreApiException("START_SESSION_ERROR",
                    "Error while starting session for partner [" + partnerId + "]",
                    Map.of("PARTNER_ID", Long.toString(partnerId)));
        }
        Instant now = clock.instant();
        // An expiry past Instant's range would overflow: such a KS simply never expires.
        Instant expiresAt = expiry > Instant.MAX.getEpochSecond() - now.getEpochSecond()
                ? Instant.MAX : now.plusSeconds(expiry);
        return KsCodec.encodeV2(partnerId, secret, type, params.apply("userId"), expiresAt,
                params.apply("privileges"));
    }

    private static long number(Function<String, String> params, String name, Long fallback) {
        String value = params.apply(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw CoreApiException.missingParameter(name);
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw CoreApiException.invalidParameter(name, value);
        }
    }
}
