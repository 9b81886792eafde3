package dev.eventsim.simulator.coreapi;

/**
 * Which KS a core API action needs. {@code NONE}: none (a KS that is sent is still checked);
 * {@code SESSION}: any valid KS; {@code ADMIN}: an ADMIN KS, as the core API's permission layer
 * gives a USER KS no access to management services.
 */
public enum Access {
    NONE,
    SESSION,
    ADMIN
}
