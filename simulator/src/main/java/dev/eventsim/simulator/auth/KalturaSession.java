package dev.eventsim.simulator.auth;

import java.time.Instant;

/** What a KS says once decoded and its signature checked. */
public record KalturaSession(
        int version, long partnerId, String userId, int type, Instant expiry, String privileges) {

    public boolean isAdmin() {
        return type == KsType.ADMIN.code();
    }
}
