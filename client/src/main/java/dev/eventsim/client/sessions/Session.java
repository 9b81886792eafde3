package dev.eventsim.client.sessions;

import dev.eventsim.client.internal.Lists;
import java.time.Instant;
import java.util.List;

/**
 * A session of an event as the service returns it (the contract's {@code PublicSessionDto}).
 *
 * @param id          a Kaltura entry id such as {@code 1_k3x9qz7a} — a string, not a number
 * @param rsvpCount   null when the service leaves it out (the contract does not require it)
 * @param sourceEntry only for SimuLive sessions that name one; otherwise null
 */
public record Session(String id, Instant createdAt, Instant updatedAt, SessionType type, Visibility visibility,
                      String name, String description, Instant startDate, Instant endDate, String thumbnailUrl,
                      List<String> tags, Integer rsvpCount, SourceEntry sourceEntry) {

    public Session {
        tags = Lists.fromAnswer(tags);
    }
}
