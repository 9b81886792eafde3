package dev.eventsim.client.sessions;

import java.time.Instant;

/**
 * The recorded media a SimuLive session plays.
 *
 * @param status the entry's processing state ({@code ready}, {@code pending}, ...); may be null
 */
public record SourceEntry(String id, String status, Instant createdAt) {
}
