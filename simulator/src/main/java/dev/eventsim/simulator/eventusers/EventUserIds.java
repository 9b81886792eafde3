package dev.eventsim.simulator.eventusers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * User ids as the platform shows them: 64 hex digits, a hash of the person. Hashing the partner
 * and the lower-cased email gives one id per person per partner, the same in every event.
 */
public final class EventUserIds {
    private EventUserIds() {
    }

    /** Hex SHA-256 of {@code "<partnerId>:<lower-cased email>"}. */
    public static String of(long partnerId, String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((partnerId + ":" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
