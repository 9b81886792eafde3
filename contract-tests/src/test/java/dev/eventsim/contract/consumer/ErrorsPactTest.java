package dev.eventsim.contract.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.eventsim.contract.consumer.Pacts.CONSUMER;
import static dev.eventsim.contract.consumer.Pacts.PROVIDER;
import static dev.eventsim.contract.consumer.Pacts.client;
import static dev.eventsim.contract.consumer.Pacts.error;
import static dev.eventsim.contract.consumer.Pacts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.eventsim.client.errors.ConflictException;
import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.ForbiddenException;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.errors.RateLimitedException;
import dev.eventsim.client.errors.UnauthorizedException;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.client.eventusers.EventUserInvitation;
import dev.eventsim.client.teammembers.TeamMemberChanges;
import dev.eventsim.contract.ProviderStates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The errors a client must handle, each decoded by the client into its typed exception with
 * the service's request status, message and trace id: 400, 401, 403, 404, 409 and 429.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER)
class ErrorsPactTest {
    /** Not a KS at all: the service must refuse it, whatever it is. */
    static final String INVALID_KS = "not-a-valid-ks";
    /** Stands for the USER KS the provider state mints. */
    static final String EXAMPLE_USER_KS = "djJ8MTAwMDAwMXxleGFtcGxlLXVzZXIta3MtZm9yLXRoZS1wYWN0";

    @Pact(consumer = CONSUMER)
    V4Pact unknownTimezone(PactDslWithProvider builder) {
        return error(post(builder.uponReceiving("a request to create an event in a time zone that does not exist"),
                        "events/create",
                        newJsonBody(o -> {
                            o.stringValue("templateId", "tm0000");
                            o.stringValue("name", "Contract test pact event in no time zone");
                            o.stringValue("startDate", "2031-05-01T14:00:00Z");
                            o.stringValue("endDate", "2031-05-01T16:00:00Z");
                            o.stringValue("timezone", "Europe/Atlantis");
                        }).build()),
                400, "InvalidArgument").toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownTimezone")
    void a_400_is_an_invalid_argument_exception(MockServer mockServer) {
        InvalidArgumentException e = catchThrowableOfType(InvalidArgumentException.class,
                () -> client(mockServer).events().create(NewEvent.builder().templateId("tm0000")
                        .name("Contract test pact event in no time zone")
                        .startDate(Instant.parse("2031-05-01T14:00:00Z")).endDate(Instant.parse("2031-05-01T16:00:00Z"))
                        .timezone("Europe/Atlantis").build()));

        assertDecoded(e, 400, "InvalidArgument");
    }

    @Pact(consumer = CONSUMER)
    V4Pact invalidKs(PactDslWithProvider builder) {
        return error(builder.given(ProviderStates.THE_CALLER_HAS_NO_VALID_KS)
                        .uponReceiving("a request with a KS that is not valid")
                        .method("POST").path("/api/v1/events/list")
                        .headers("Content-Type", "application/json", "Authorization", "Bearer " + INVALID_KS)
                        .body(newJsonBody(o -> { }).build()),
                401, "NEW_LOGIN_REQUIRED").toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "invalidKs")
    void a_401_is_an_unauthorized_exception(MockServer mockServer) {
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> client(mockServer, INVALID_KS).events().list());

        assertDecoded(e, 401, "NEW_LOGIN_REQUIRED");
    }

    @Pact(consumer = CONSUMER)
    V4Pact userKs(PactDslWithProvider builder) {
        return error(builder.given(ProviderStates.THE_CALLER_HOLDS_A_USER_KS)
                        .uponReceiving("a request with a USER KS")
                        .method("POST").path("/api/v1/events/list")
                        .headers("Content-Type", "application/json")
                        .headerFromProviderState("Authorization", "Bearer ${userKs}", "Bearer " + EXAMPLE_USER_KS)
                        .body(newJsonBody(o -> { }).build()),
                403, "Forbidden").toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "userKs")
    void a_403_is_a_forbidden_exception(MockServer mockServer) {
        ForbiddenException e = catchThrowableOfType(ForbiddenException.class,
                () -> client(mockServer, EXAMPLE_USER_KS).events().list());

        assertDecoded(e, 403, "Forbidden");
    }

    @Pact(consumer = CONSUMER)
    V4Pact deletedEvent(PactDslWithProvider builder) {
        return error(post(builder.given(ProviderStates.AN_EVENT_WAS_DELETED)
                                .uponReceiving("a request to delete an event that does not exist"), "events/delete",
                        newJsonBody(o -> o.valueFromProviderState("id", "${eventId}", 10001)).build()),
                404, "ResourceDoesNotExist").toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deletedEvent")
    void a_404_for_an_event_is_a_not_found_exception(MockServer mockServer) {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> client(mockServer).events().delete(10001));

        assertDecoded(e, 404, "ResourceDoesNotExist");
    }

    @Pact(consumer = CONSUMER)
    V4Pact deletedTeamMember(PactDslWithProvider builder) {
        return error(post(builder.given(ProviderStates.A_TEAM_MEMBER_WAS_DELETED)
                                .uponReceiving("a request to update a team member who does not exist"),
                        "team-members/update",
                        newJsonBody(o -> {
                            o.valueFromProviderState("id", "${teamMemberId}", "e3b0c44298fc1c149");
                            o.stringValue("firstName", "Grace");
                        }).build()),
                404, "ResourceDoesNotExist").toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deletedTeamMember")
    void a_404_for_a_team_member_is_a_not_found_exception(MockServer mockServer) {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> client(mockServer).teamMembers().update(TeamMemberChanges.of("e3b0c44298fc1c149")
                        .withFirstName("Grace")));

        assertDecoded(e, 404, "ResourceDoesNotExist");
    }

    @Pact(consumer = CONSUMER)
    V4Pact alreadyInvited(PactDslWithProvider builder) {
        return error(post(builder.given(ProviderStates.AN_EVENT_USER_EXISTS, Map.of("roles", List.of("Attendees")))
                                .uponReceiving("a request to invite an email that is already a user of the event"),
                        "event-users/invite",
                        newJsonBody(o -> {
                            o.valueFromProviderState("eventId", "${eventId}", 10001);
                            o.stringValue("firstName", "Ada");
                            o.stringValue("lastName", "Lovelace");
                            o.valueFromProviderState("email", "${email}", "ada@contract-tests.example");
                            o.booleanValue("skipEmail", true);
                        }).build()),
                409, "OperationNotAllowed").toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "alreadyInvited")
    void a_409_is_a_conflict_exception(MockServer mockServer) {
        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> client(mockServer).eventUsers().invite(EventUserInvitation.builder(10001,
                        "ada@contract-tests.example").name("Ada", "Lovelace").skipEmail(true).build()));

        assertDecoded(e, 409, "OperationNotAllowed");
    }

    @Pact(consumer = CONSUMER)
    V4Pact rateLimited(PactDslWithProvider builder) {
        return error(post(builder.given(ProviderStates.THE_RATE_LIMIT_IS_REACHED, Map.of("limit", 1, "window", "1h"))
                                .uponReceiving("a request over the rate limit"), "events/list",
                        newJsonBody(o -> { }).build()),
                429, "RateLimitReached")
                .matchHeader("Retry-After", "^[0-9]+$", "30")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rateLimited")
    void a_429_is_a_rate_limited_exception_with_retry_after(MockServer mockServer) {
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> client(mockServer).events().list());

        assertDecoded(e, 429, "RateLimitReached");
        assertThat(e.retryAfter()).as("Retry-After in whole seconds").isPresent();
    }

    private static void assertDecoded(EventsApiException e, int httpStatus, String status) {
        assertThat(e).as("the client throws the typed exception").isNotNull();
        assertThat(e.httpStatus()).isEqualTo(httpStatus);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.serverMessage()).isNotBlank();
        assertThat(e.traceId()).as("the x-traceid to quote when reporting it").isNotBlank();
    }
}
