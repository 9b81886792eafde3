package dev.eventsim.client.eventusers;

import dev.eventsim.client.internal.Lists;
import java.util.List;
import java.util.Objects;

/**
 * What {@code event-users/invite} takes. {@code eventId}, {@code firstName}, {@code lastName}
 * and {@code email} are required; {@code roles} defaults to {@code [Attendees]} on the service.
 * Build it with {@link #builder(long, String)}.
 *
 * @param imageUrlEntryId the entry of the profile image
 * @param skipEmail       true sends no invitation email
 */
public record EventUserInvitation(long eventId, String firstName, String lastName, String email, String title,
                                  String company, String bio, List<EventUserRole> roles, String imageUrlEntryId,
                                  Boolean skipEmail) {

    public EventUserInvitation {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        roles = Lists.forRequest(roles);
    }

    public static Builder builder(long eventId, String email) {
        return new Builder(eventId, email);
    }

    /** Builds an {@link EventUserInvitation}. */
    public static final class Builder {
        private final long eventId;
        private final String email;
        private String firstName;
        private String lastName;
        private String title;
        private String company;
        private String bio;
        private List<EventUserRole> roles;
        private String imageUrlEntryId;
        private Boolean skipEmail;

        private Builder(long eventId, String email) {
            this.eventId = eventId;
            this.email = email;
        }

        public Builder name(String first, String last) {
            this.firstName = first;
            this.lastName = last;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder company(String value) {
            this.company = value;
            return this;
        }

        public Builder bio(String value) {
            this.bio = value;
            return this;
        }

        public Builder roles(EventUserRole... value) {
            this.roles = List.of(value);
            return this;
        }

        public Builder imageUrlEntryId(String value) {
            this.imageUrlEntryId = value;
            return this;
        }

        public Builder skipEmail(boolean value) {
            this.skipEmail = value;
            return this;
        }

        public EventUserInvitation build() {
            return new EventUserInvitation(eventId, firstName, lastName, email, title, company, bio, roles,
                    imageUrlEntryId, skipEmail);
        }
    }
}
