package dev.eventsim.client.eventusers;

import static dev.eventsim.client.support.Fixtures.aSpeaker;
import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.Pager;
import dev.eventsim.client.errors.ConflictException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.support.ClientTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventUsersTest extends ClientTest {
    private long eventId;

    @BeforeEach
    void anEventToInviteTo() {
        eventId = client.events().create(anEvent("Meetup").build()).id();
    }

    private EventUser invite(String email, EventUserRole... roles) {
        String local = email.substring(0, email.indexOf('@'));
        EventUserInvitation.Builder invitation = EventUserInvitation.builder(eventId, email).name(local, "Tester")
                .skipEmail(true);
        return client.eventUsers().invite(roles.length == 0 ? invitation.build() : invitation.roles(roles).build());
    }

    @Test
    void invite_answers_the_invited_user_with_a_hashed_id() {
        EventUser user = client.eventUsers().invite(aSpeaker(eventId, "ada@example.test").title("Analyst")
                .company("Engines Ltd").bio("Counts things").build());

        assertThat(user.id()).matches("[0-9a-f]{64}");
        assertThat(user.firstName()).isEqualTo("Ada");
        assertThat(user.email()).isEqualTo("ada@example.test");
        assertThat(user.title()).isEqualTo("Analyst");
        assertThat(user.company()).isEqualTo("Engines Ltd");
        assertThat(user.roles()).containsExactly(EventUserRole.SPEAKER);
        assertThat(user.status()).isEqualTo("Invited");
        assertThat(user.createdAt()).isEqualTo(NOW);
    }

    @Test
    void invite_without_roles_makes_an_attendee() {
        EventUser user = client.eventUsers().invite(EventUserInvitation.builder(eventId, "sam@example.test")
                .name("Sam", "Attendee").build());

        assertThat(user.roles()).containsExactly(EventUserRole.ATTENDEES);
    }

    @Test
    void inviting_the_same_email_twice_is_a_conflict() {
        invite("ada@example.test");

        assertThatThrownBy(() -> invite("ADA@example.test"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
        assertThat(calls.count("event-users/invite")).as("a 409 is not retried").isEqualTo(2);
    }

    @Test
    void list_filters_by_role_and_search_term_orders_and_counts() {
        invite("ada@example.test", EventUserRole.SPEAKER);
        invite("bob@example.test", EventUserRole.ATTENDEES);
        invite("cy@example.test", EventUserRole.SPEAKER, EventUserRole.MODERATOR);

        EventUserPage speakers = client.eventUsers().list(EventUserQuery.of(eventId)
                .withFilter(EventUserFilter.all().withRoles(EventUserRole.SPEAKER))
                .withOrderBy(EventUserOrder.FULL_NAME_DESCENDING));
        EventUserPage bySearch = client.eventUsers().list(EventUserQuery.of(eventId)
                .withFilter(EventUserFilter.all().withSearchTerm("BOB")).withPager(Pager.first(10)));

        assertThat(speakers.totalCount()).isEqualTo(2);
        assertThat(speakers.users()).extracting(EventUser::email)
                .containsExactly("cy@example.test", "ada@example.test");
        assertThat(bySearch.users()).extracting(EventUser::email).containsExactly("bob@example.test");
    }

    @Test
    void update_replaces_the_role_set_and_changes_only_what_is_sent() {
        EventUser user = invite("ada@example.test", EventUserRole.ATTENDEES);

        EventUser updated = client.eventUsers().update(EventUserChanges.of(eventId, user.id()).withTitle("Speaker now")
                .withRoles(EventUserRole.SPEAKER, EventUserRole.MODERATOR));

        assertThat(updated.roles()).containsExactly(EventUserRole.SPEAKER, EventUserRole.MODERATOR);
        assertThat(updated.title()).isEqualTo("Speaker now");
        assertThat(updated.firstName()).isEqualTo(user.firstName());
    }

    @Test
    void delete_takes_the_user_out_of_the_event() {
        EventUser user = invite("ada@example.test");

        client.eventUsers().delete(eventId, user.id());

        assertThat(client.eventUsers().streamAll(eventId)).isEmpty();
        assertThatThrownBy(() -> client.eventUsers().delete(eventId, user.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void streamAll_reads_every_page_and_matches_totalCount() {
        for (int i = 0; i < 65; i++) {
            invite("user" + i + "@example.test", i % 2 == 0 ? EventUserRole.SPEAKER : EventUserRole.ATTENDEES);
        }
        calls.clear();

        List<EventUser> all = client.eventUsers().streamAll(eventId).toList();
        List<EventUser> speakers = client.eventUsers().streamAll(eventId,
                EventUserFilter.all().withRoles(EventUserRole.SPEAKER)).toList();

        assertThat(all).hasSize(65).extracting(EventUser::email).startsWith("user0@example.test", "user1@example.test");
        assertThat(all).extracting(EventUser::id).doesNotHaveDuplicates();
        assertThat(speakers).hasSize(33);
        assertThat(calls.count("event-users/list")).as("30 a page: 3 pages, then 2").isEqualTo(5);
    }
}
