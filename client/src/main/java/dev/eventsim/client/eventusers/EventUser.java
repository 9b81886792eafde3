package dev.eventsim.client.eventusers;

import dev.eventsim.client.internal.Lists;
import java.time.Instant;
import java.util.List;

/**
 * A user of an event (the contract's {@code PublicEventUserDto}).
 *
 * @param id     a long hashed string, the same for one person in every event of the partner
 * @param status the invitation's state: {@code Invited}, {@code Registered}, {@code Confirmed}, ...
 */
public record EventUser(String id, String firstName, String lastName, String email, String title, String company,
                        String bio, List<EventUserRole> roles, String thumbnailUrl, Instant createdAt,
                        Instant updatedAt, String status) {

    public EventUser {
        roles = Lists.fromAnswer(roles);
    }
}
