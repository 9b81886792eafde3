package dev.eventsim.simulator.auth;

import java.time.Instant;

/** What a KS says once decoded and its signature checked. */
public record KalturaSession(
        int version, long partnerId, String userId, int type, Instant expiry, String privileges) {
    private static final Privileges NONE = Privileges.parse("");

    public boolean isAdmin() {
        return type == KsType.ADMIN.code();
    }

    /** The privileges read into names and values. */
    public Privileges privilegesRead() {
        return privileges == null || privileges.isEmpty() ? NONE : Privileges.parse(privileges);
    }
}
