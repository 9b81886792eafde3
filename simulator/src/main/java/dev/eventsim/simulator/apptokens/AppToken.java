package dev.eventsim.simulator.apptokens;

import java.time.Instant;

/**
 * An application token of a partner, as stored. {@code expiry} (when the token itself stops
 * working), {@code sessionType} and {@code sessionUserId} are null when not set; {@code status}
 * is the core API's {@code KalturaAppTokenStatus}: 1 disabled, 2 active, 3 deleted.
 */
public record AppToken(
        String id,
        String token,
        long partnerId,
        Instant createdAt,
        Instant updatedAt,
        int status,
        Instant expiry,
        Integer sessionType,
        String sessionUserId,
        int sessionDuration,
        String sessionPrivileges,
        HashType hashType,
        String description) {

    public static final int DISABLED = 1;
    public static final int ACTIVE = 2;
    public static final int DELETED = 3;

    AppToken withStatus(int newStatus, Instant now) {
        return new AppToken(id, token, partnerId, createdAt, now, newStatus, expiry, sessionType, sessionUserId,
                sessionDuration, sessionPrivileges, hashType, description);
    }
}
