package dev.eventsim.client.events;

import dev.eventsim.client.internal.Instants;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@code events/create} takes. Build it with {@link #builder()}; {@code templateId},
 * {@code name}, {@code startDate}, {@code endDate} and {@code timezone} are required.
 *
 * @param templateId  a preset ({@code tm0000} blank, {@code tm1000} interactive session,
 *                    {@code tm2000} live webcast, {@code tm3000} pre-recorded live,
 *                    {@code tm4000} DIY live broadcast) or a custom template's 24-hex id
 * @param timezone    an IANA time zone name, such as {@code America/New_York}
 * @param description optional
 * @param startDate   kept to the millisecond, as the service keeps it
 */
public record NewEvent(String templateId, String name, String description, Instant startDate, Instant endDate,
                       String timezone) {

    public NewEvent {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(timezone, "timezone");
        startDate = Instants.toMillis(startDate);
        endDate = Instants.toMillis(endDate);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewEvent}. */
    public static final class Builder {
        private String templateId;
        private String name;
        private String description;
        private Instant startDate;
        private Instant endDate;
        private String timezone;

        private Builder() {
        }

        public Builder templateId(String value) {
            this.templateId = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder startDate(Instant value) {
            this.startDate = value;
            return this;
        }

        public Builder endDate(Instant value) {
            this.endDate = value;
            return this;
        }

        public Builder timezone(String value) {
            this.timezone = value;
            return this;
        }

        public NewEvent build() {
            return new NewEvent(templateId, name, description, startDate, endDate, timezone);
        }
    }
}
