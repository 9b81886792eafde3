package dev.eventsim.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Supplies the Kaltura Session (KS) sent as {@code Authorization: Bearer <KS>}. Asked before
 * every attempt, so a provider can renew its KS between retries. The Events API needs an ADMIN
 * KS that names a user.
 */
@FunctionalInterface
public interface KsProvider {

    String ks();

    /** Always the same KS, obtained elsewhere (for example from {@code session.start}). */
    static KsProvider fixed(String ks) {
        Objects.requireNonNull(ks, "ks");
        if (ks.isBlank()) {
            throw new IllegalArgumentException("ks must not be blank");
        }
        return () -> ks;
    }

    /**
     * A v2 ADMIN KS minted locally from the partner id and admin secret, as the official client
     * libraries do, valid for {@code validity} and renewed shortly before it expires on the system
     * clock. The admin secret never leaves the process.
     */
    static MintingKsProvider minting(long partnerId, String adminSecret, String userId, Duration validity) {
        return minting(partnerId, adminSecret, userId, validity, Clock.systemUTC());
    }

    /** As {@link #minting(long, String, String, Duration)}, expiry judged on {@code clock}. */
    static MintingKsProvider minting(long partnerId, String adminSecret, String userId, Duration validity,
                                     Clock clock) {
        return MintingKsProvider.builder(partnerId, adminSecret).userId(userId).validity(validity).clock(clock)
                .build();
    }
}
