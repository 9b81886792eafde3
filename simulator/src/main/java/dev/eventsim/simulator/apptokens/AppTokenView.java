package dev.eventsim.simulator.apptokens;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code KalturaAppToken} as the core API writes it: times in unix seconds, unset fields left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppTokenView(
        String id,
        String token,
        long partnerId,
        long createdAt,
        long updatedAt,
        int status,
        Long expiry,
        Integer sessionType,
        String sessionUserId,
        int sessionDuration,
        String sessionPrivileges,
        String hashType,
        String description,
        String objectType) {

    static AppTokenView of(AppToken t) {
        return new AppTokenView(t.id(), t.token(), t.partnerId(), t.createdAt().getEpochSecond(),
                t.updatedAt().getEpochSecond(), t.status(), t.expiry() == null ? null : t.expiry().getEpochSecond(),
                t.sessionType(), t.sessionUserId(), t.sessionDuration(), t.sessionPrivileges(), t.hashType().name(),
                t.description(), "KalturaAppToken");
    }
}
