package dev.eventsim.simulator.auth;

import java.util.Set;

/**
 * The core API roles a KS can name with {@code setrole} that the simulator gives an effect:
 * the player's and the widget's, which read entries and nothing else. Any other role is carried
 * in the KS and reported, and the KS keeps the rights of its type.
 */
final class Roles {
    static final Set<String> READ_ONLY = Set.of("PLAYBACK_BASE_ROLE", "WIDGET_SESSION_ROLE");

    private Roles() {
    }
}
