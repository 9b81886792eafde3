package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserChanges;
import dev.eventsim.client.eventusers.EventUserFilter;
import dev.eventsim.client.eventusers.EventUserInvitation;
import dev.eventsim.client.eventusers.EventUserPage;
import dev.eventsim.client.eventusers.EventUserQuery;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.TargetExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** event-users/invite, list, update, delete against the target. */
@ExtendWith(TargetExtension.class)
class EventUsersConformanceIT {

    @Test
    void invite_answers_the_user_with_a_hashed_id_and_an_invitation_status(Fixtures fixtures) {
        Event event = fixtures.event();
        String email = fixtures.email("invitee");

        EventUser user = fixtures.client().eventUsers().invite(EventUserInvitation.builder(event.id(), email)
                .name("Ada", "Lovelace").title("Engineer").skipEmail(true).build());

        assertThat(user.id()).matches(Shapes.USER_ID);
        assertThat(user.email()).isEqualToIgnoringCase(email);
        assertThat(user.roles()).as("Attendees unless asked otherwise").containsExactly(EventUserRole.ATTENDEES);
        assertThat(user.title()).isEqualTo("Engineer");
        assertThat(user.status()).isNotBlank();
    }

    @Test
    void list_filters_by_role_and_counts_the_matches(Fixtures fixtures) {
        Event event = fixtures.event();
        EventUser speaker = fixtures.user(event.id(), EventUserRole.SPEAKER);
        fixtures.user(event.id(), EventUserRole.ATTENDEES);

        EventUserPage speakers = fixtures.client().eventUsers().list(EventUserQuery.of(event.id())
                .withFilter(EventUserFilter.all().withRoles(EventUserRole.SPEAKER)));
        EventUserPage everyone = fixtures.client().eventUsers().list(EventUserQuery.of(event.id()));

        assertThat(speakers.users()).extracting(EventUser::id).containsExactly(speaker.id());
        assertThat(speakers.totalCount()).isEqualTo(1);
        assertThat(everyone.totalCount()).isEqualTo(2);
    }

    @Test
    void update_replaces_the_whole_role_set(Fixtures fixtures) {
        Event event = fixtures.event();
        EventUser user = fixtures.user(event.id(), EventUserRole.SPEAKER);

        EventUser updated = fixtures.client().eventUsers().update(EventUserChanges.of(event.id(), user.id())
                .withRoles(EventUserRole.MODERATOR).withTitle("Host"));

        assertThat(updated.id()).isEqualTo(user.id());
        assertThat(updated.roles()).containsExactly(EventUserRole.MODERATOR);
        assertThat(updated.title()).isEqualTo("Host");
        assertThat(updated.firstName()).as("not sent, so unchanged").isEqualTo(user.firstName());
    }

    @Test
    void delete_takes_the_user_out_of_the_event_and_off_its_sessions(Fixtures fixtures) {
        Event event = fixtures.event();
        Session session = fixtures.session(event);
        EventUser speaker = fixtures.user(event.id(), EventUserRole.SPEAKER);
        fixtures.speaker(event.id(), session.id(), speaker.id());
        EventsClient client = fixtures.client();

        client.eventUsers().delete(event.id(), speaker.id());

        assertThat(client.eventUsers().list(EventUserQuery.of(event.id())).users()).isEmpty();
        assertThat(client.sessions().speakerList(event.id(), session.id())).isEmpty();
    }
}
