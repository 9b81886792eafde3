package dev.eventsim.client.events;

import dev.eventsim.client.internal.Instants;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code events/duplicate} takes: the source event, the copy's details ({@code name} and
 * {@code timezone} required) and, optionally, which of the source's users come along. Build it
 * with {@link #builder(long)}.
 */
public record DuplicateEventRequest(long sourceEventId, Copy event, DuplicateUsers duplicateUsers) {

    public DuplicateEventRequest {
        Objects.requireNonNull(event, "event");
    }

    /**
     * The copy's details. Without dates the copy keeps the source's; with only a
     * {@code startDate}, the service moves the source's dates to start there.
     */
    public record Copy(String name, String timezone, String description, Instant startDate, Instant endDate) {
        public Copy {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timezone, "timezone");
            startDate = Instants.toMillis(startDate);
            endDate = Instants.toMillis(endDate);
        }
    }

    /** The users of the source holding any of {@code roles} come along; {@code skipEmail} spares them the mail. */
    public record DuplicateUsers(List<DuplicateRole> roles, boolean skipEmail) {
        public DuplicateUsers {
            roles = List.copyOf(roles);
        }
    }

    public static Builder builder(long sourceEventId) {
        return new Builder(sourceEventId);
    }

    /** Builds a {@link DuplicateEventRequest}. */
    public static final class Builder {
        private final long sourceEventId;
        private String name;
        private String timezone;
        private String description;
        private Instant startDate;
        private Instant endDate;
        private DuplicateUsers duplicateUsers;

        private Builder(long sourceEventId) {
            this.sourceEventId = sourceEventId;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder timezone(String value) {
            this.timezone = value;
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

        public Builder duplicateUsers(List<DuplicateRole> roles, boolean skipEmail) {
            this.duplicateUsers = new DuplicateUsers(roles, skipEmail);
            return this;
        }

        public DuplicateEventRequest build() {
            return new DuplicateEventRequest(sourceEventId, new Copy(name, timezone, description, startDate, endDate),
                    duplicateUsers);
        }
    }
}
