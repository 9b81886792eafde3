package dev.eventsim.simulator.auth;

/** A Kaltura partner (account) the simulator knows: its id and the admin secret its KSes are signed with. */
public record Partner(long id, String adminSecret) {
    public Partner {
        if (id <= 0) {
            throw new IllegalArgumentException("partner id must be positive, got " + id);
        }
        if (adminSecret == null || adminSecret.isBlank()) {
            throw new IllegalArgumentException("partner " + id + " needs an admin secret");
        }
    }
}
