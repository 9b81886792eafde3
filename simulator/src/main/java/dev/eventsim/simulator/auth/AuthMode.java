package dev.eventsim.simulator.auth;

/** How the API checks the KS: {@code strict} validates it for real; {@code lenient} takes any token as the default partner. */
public enum AuthMode {
    strict,
    lenient
}
