package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.UnknownFields;
import java.time.Duration;
import java.util.List;

/**
 * The options the HTTP edge runs by: the control plane's admin token (null: none), the address it
 * binds and the other names it answers to, what an operation does with an unknown field, and how
 * long a connection may stay silent.
 */
public record EdgeSettings(String adminToken, String host, List<String> allowedHosts,
                           UnknownFields.Mode unknownFields, Duration idleTimeout) {
}
