package dev.eventsim.simulator.events;

import dev.eventsim.simulator.api.JsonBody;
import java.time.Instant;

/** The fields of events/create, read and typed. */
public record NewEvent(
        String templateId, String name, String description, Instant startDate, Instant endDate, String timezone) {

    /** Reads an events/create body (or an object shaped like one, such as an event of a seed). */
    public static NewEvent read(JsonBody body) {
        return new NewEvent(body.requiredText("templateId"), body.requiredText("name"),
                body.optionalString("description"), body.requiredInstant("startDate"),
                body.requiredInstant("endDate"), body.requiredText("timezone"));
    }
}
