package dev.eventsim.simulator.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * {@code KalturaSessionInfo}: what a KS says, as session.get and appToken.startSession answer
 * it. {@code expiry} is in unix seconds; {@code sessionType} 0 USER, 2 ADMIN. session.get leaves
 * {@code ks} out, as the core API does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionInfo(String ks, int sessionType, long partnerId, String userId, long expiry, String privileges,
                          String objectType) {

    static SessionInfo of(long partnerId, String userId, int type, Instant expiry, String privileges) {
        return new SessionInfo(null, type, partnerId, userId, expiry.getEpochSecond(), privileges, "KalturaSessionInfo");
    }
}
