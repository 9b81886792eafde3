package dev.eventsim.client.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventsim.client.internal.Instants;
import dev.eventsim.client.internal.Lists;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A session to add to an event ({@code session} of {@code sessions/create}). {@code name},
 * {@code type}, {@code startDate} and {@code endDate} are required — the contract requires only
 * the first two, but the official client requires the dates too. Build it with
 * {@link #builder(String, SessionType)}. Dates are kept to the millisecond, as the service keeps them.
 *
 * @param imageUrlEntryId the entry whose image is the session's thumbnail
 * @param sourceEntryId   for SimuLive sessions, the recorded entry to play
 */
public record NewSession(String name, SessionType type, String description, Visibility visibility,
                         Instant startDate, Instant endDate, List<String> tags,
                         @JsonProperty("isManualLive") Boolean isManualLive, String imageUrlEntryId,
                         String sourceEntryId) {

    public NewSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        tags = Lists.forRequest(tags);
        startDate = Instants.toMillis(startDate);
        endDate = Instants.toMillis(endDate);
    }

    public static Builder builder(String name, SessionType type) {
        return new Builder(name, type);
    }

    /** Builds a {@link NewSession}. */
    public static final class Builder {
        private final String name;
        private final SessionType type;
        private String description;
        private Visibility visibility;
        private Instant startDate;
        private Instant endDate;
        private List<String> tags;
        private Boolean isManualLive;
        private String imageUrlEntryId;
        private String sourceEntryId;

        private Builder(String name, SessionType type) {
            this.name = name;
            this.type = type;
        }

        public Builder dates(Instant start, Instant end) {
            this.startDate = start;
            this.endDate = end;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder visibility(Visibility value) {
            this.visibility = value;
            return this;
        }

        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        public Builder manualLive(boolean value) {
            this.isManualLive = value;
            return this;
        }

        public Builder imageUrlEntryId(String value) {
            this.imageUrlEntryId = value;
            return this;
        }

        public Builder sourceEntryId(String value) {
            this.sourceEntryId = value;
            return this;
        }

        public NewSession build() {
            return new NewSession(name, type, description, visibility, startDate, endDate, tags, isManualLive,
                    imageUrlEntryId, sourceEntryId);
        }
    }
}
