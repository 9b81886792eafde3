package dev.eventsim.simulator.admin;

/**
 * What {@code POST /__sim/ks} mints: null fields take their defaults — the default partner, user
 * {@code admin}, type 2 (ADMIN), 86400 seconds, no privileges, version 2.
 */
public record KsRequest(Long partnerId, String userId, Integer type, Long expiry, String privileges, Integer version) {

    /** An ADMIN KS of a partner for a user, valid {@code expirySeconds}. */
    public static KsRequest admin(long partnerId, String userId, long expirySeconds) {
        return new KsRequest(partnerId, userId, 2, expirySeconds, null, null);
    }
}
