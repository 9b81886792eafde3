package dev.eventsim.simulator.coreapi;

import java.time.Instant;

/**
 * The KS a core API call carries, once checked: its text and what it says. {@code type} is the
 * core API's session type (0 USER, 2 ADMIN); {@code privileges} as the KS holds them.
 */
public record CoreSession(String ks, long partnerId, String userId, int type, Instant expiry, String privileges) {
    public static final int USER = 0;
    public static final int ADMIN = 2;

    public boolean isAdmin() {
        return type == ADMIN;
    }
}
