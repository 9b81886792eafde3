package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.api.JsonBody;
import java.util.List;

/** The fields of event-users/invite, read and typed; null where not sent. */
public record NewEventUser(
        long eventId,
        String firstName,
        String lastName,
        String email,
        String title,
        String company,
        String bio,
        List<EventRole> roles,
        String imageUrlEntryId,
        Boolean skipEmail) {

    /** Reads an event-users/invite body for {@code eventId} (or an object shaped like one, such as a user of a seed). */
    public static NewEventUser read(long eventId, JsonBody body) {
        return new NewEventUser(eventId, body.requiredText("firstName"), body.requiredText("lastName"),
                body.requiredString("email"), body.optionalString("title"), body.optionalString("company"),
                body.optionalString("bio"), EventRole.readAll(body.name("roles"), body.optionalStringList("roles")),
                body.optionalString("imageUrlEntryId"), body.optionalBoolean("skipEmail"));
    }

    /** The same invitation to another event. */
    public NewEventUser withEventId(long id) {
        return new NewEventUser(id, firstName, lastName, email, title, company, bio, roles, imageUrlEntryId, skipEmail);
    }
}
