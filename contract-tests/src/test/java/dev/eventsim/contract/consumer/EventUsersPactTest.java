package dev.eventsim.contract.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.eventsim.contract.consumer.Pacts.CONSUMER;
import static dev.eventsim.contract.consumer.Pacts.PROVIDER;
import static dev.eventsim.contract.consumer.Pacts.client;
import static dev.eventsim.contract.consumer.Pacts.ok;
import static dev.eventsim.contract.consumer.Pacts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.eventsim.client.Pager;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserChanges;
import dev.eventsim.client.eventusers.EventUserFilter;
import dev.eventsim.client.eventusers.EventUserInvitation;
import dev.eventsim.client.eventusers.EventUserOrder;
import dev.eventsim.client.eventusers.EventUserPage;
import dev.eventsim.client.eventusers.EventUserQuery;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.contract.ProviderStates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** event-users/invite, list, update, delete. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER)
class EventUsersPactTest {
    static final String EMAIL = "pact.ada@contract-tests.example";

    @Pact(consumer = CONSUMER)
    V4Pact inviteUser(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS)
                                .uponReceiving("a request to invite a speaker to an event"), "event-users/invite",
                        newJsonBody(o -> {
                            o.valueFromProviderState("eventId", "${eventId}", 10001);
                            o.stringValue("firstName", "Ada");
                            o.stringValue("lastName", "Lovelace");
                            o.stringValue("email", EMAIL);
                            o.stringValue("title", "Engineer");
                            o.array("roles", r -> r.stringValue("Speaker"));
                            o.booleanValue("skipEmail", true);
                        }).build()),
                newJsonBody(o -> {
                    o.object("user", u -> Shapes.eventUser(u, EMAIL, "Engineer", List.of("Speaker"), true));
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "inviteUser")
    void invite_answers_the_user_with_a_hashed_id(MockServer mockServer) {
        EventUser user = client(mockServer).eventUsers().invite(EventUserInvitation.builder(10001, EMAIL)
                .name("Ada", "Lovelace").title("Engineer").roles(EventUserRole.SPEAKER).skipEmail(true).build());

        assertThat(user.id()).matches(Shapes.USER_ID);
        assertThat(user.roles()).containsExactly(EventUserRole.SPEAKER);
        assertThat(user.status()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    V4Pact listUsers(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_USER_EXISTS, Map.of("roles", List.of("Speaker")))
                                .uponReceiving("a request for a page of an event's speakers, oldest first"),
                        "event-users/list",
                        newJsonBody(o -> {
                            o.valueFromProviderState("eventId", "${eventId}", 10001);
                            o.object("filter", f -> f.array("roles", r -> r.stringValue("Speaker")));
                            o.object("pager", p -> {
                                p.numberValue("offset", 0);
                                p.numberValue("limit", 30);
                            });
                            o.stringValue("orderBy", "+createdAt");
                        }).build()),
                newJsonBody(o -> {
                    o.minArrayLike("users", 1, 1, u -> Shapes.eventUser(u, null, null, null, false));
                    o.integerType("totalCount", 1);
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "listUsers")
    void list_reads_a_filtered_page_of_users(MockServer mockServer) {
        EventUserPage page = client(mockServer).eventUsers().list(EventUserQuery.of(10001)
                .withFilter(EventUserFilter.all().withRoles(EventUserRole.SPEAKER)).withPager(Pager.first(30))
                .withOrderBy(EventUserOrder.OLDEST_FIRST));

        assertThat(page.users()).isNotEmpty();
        assertThat(page.totalCount()).isGreaterThanOrEqualTo(page.users().size());
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateUser(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_USER_EXISTS, Map.of("roles", List.of("Attendees")))
                                .uponReceiving("a request to change a user's title and make them a moderator"),
                        "event-users/update",
                        newJsonBody(o -> {
                            o.valueFromProviderState("eventId", "${eventId}", 10001);
                            o.valueFromProviderState("userId", "${userId}", Shapes.EXAMPLE_USER_ID);
                            o.stringValue("title", "Chief Engineer");
                            o.array("roles", r -> r.stringValue("Moderator"));
                        }).build()),
                newJsonBody(o -> {
                    o.object("user", u -> Shapes.eventUser(u, null, "Chief Engineer", List.of("Moderator"), false));
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "updateUser")
    void update_replaces_the_role_set(MockServer mockServer) {
        EventUser user = client(mockServer).eventUsers().update(EventUserChanges.of(10001, Shapes.EXAMPLE_USER_ID)
                .withTitle("Chief Engineer").withRoles(EventUserRole.MODERATOR));

        assertThat(user.title()).isEqualTo("Chief Engineer");
        assertThat(user.roles()).containsExactly(EventUserRole.MODERATOR);
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteUser(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_USER_EXISTS, Map.of("roles", List.of("Attendees")))
                                .uponReceiving("a request to take a user out of an event"), "event-users/delete",
                        newJsonBody(o -> {
                            o.valueFromProviderState("eventId", "${eventId}", 10001);
                            o.valueFromProviderState("userId", "${userId}", Shapes.EXAMPLE_USER_ID);
                        }).build()),
                Shapes.ok());
    }

    @Test
    @PactTestFor(pactMethod = "deleteUser")
    void delete_is_acknowledged(MockServer mockServer) {
        assertThatCode(() -> client(mockServer).eventUsers().delete(10001, Shapes.EXAMPLE_USER_ID))
                .doesNotThrowAnyException();
    }
}
