package dev.eventsim.simulator.eventusers;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventUsersDeleteTest extends ApiTest {
    private long eventId;
    private String userId;

    @BeforeEach
    void anInvitedUser() {
        eventId = Given.anEvent(api);
        userId = Given.aUser(api, aUser(eventId).withEmail("ada@example.test"));
    }

    @Test
    void delete_answers_just_ok_and_the_user_is_gone() {
        ApiResponse deleted = delete(eventId, userId);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.rawBody()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(count(eventId)).isZero();
    }

    @Test
    void deleting_twice_is_a_404_the_second_time() {
        delete(eventId, userId);

        ApiResponse again = delete(eventId, userId);

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(again.message()).contains(userId);
    }

    @Test
    void the_person_stays_a_user_of_their_other_events() {
        long otherEvent = Given.anEvent(api);
        Given.aUser(api, aUser(otherEvent).withEmail("ada@example.test"));

        delete(eventId, userId);

        assertThat(count(otherEvent)).isEqualTo(1);
    }

    @Test
    void a_deleted_user_can_be_invited_again() {
        delete(eventId, userId);

        String again = Given.aUser(api, aUser(eventId).withEmail("ada@example.test").asSpeaker());

        assertThat(again).as("the id follows the email").isEqualTo(userId);
        assertThat(count(eventId)).isEqualTo(1);
    }

    @Test
    void deleting_an_unknown_user_is_a_404_and_deletes_nothing() {
        ApiResponse answer = delete(eventId, "f".repeat(64));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(count(eventId)).isEqualTo(1);
    }

    @Test
    void deleting_in_an_unknown_event_is_a_404() {
        ApiResponse answer = delete(99_999, userId);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).contains("99999");
        assertThat(count(eventId)).isEqualTo(1);
    }

    @Test
    void another_partner_cannot_delete_this_partners_user() {
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("event-users/delete", Map.of("eventId", eventId, "userId", userId));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(count(eventId)).isEqualTo(1);
    }

    @Test
    void delete_without_a_user_id_is_a_400() {
        ApiResponse answer = api.post("event-users/delete", Map.of("eventId", eventId));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).isEqualTo("userId is required");
        assertThat(count(eventId)).isEqualTo(1);
    }

    @Test
    void delete_without_an_event_id_is_a_400() {
        ApiResponse answer = api.post("event-users/delete", Map.of("userId", userId));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("eventId is required");
        assertThat(count(eventId)).isEqualTo(1);
    }

    private ApiResponse delete(long event, String user) {
        return api.post("event-users/delete", Map.of("eventId", event, "userId", user));
    }

    private int count(long event) {
        return api.post("event-users/list", Map.of("eventId", event)).json().path("totalCount").asInt();
    }
}
