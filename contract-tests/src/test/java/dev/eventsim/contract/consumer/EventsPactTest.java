package dev.eventsim.contract.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.eventsim.contract.consumer.Pacts.CONSUMER;
import static dev.eventsim.contract.consumer.Pacts.PROVIDER;
import static dev.eventsim.contract.consumer.Pacts.client;
import static dev.eventsim.contract.consumer.Pacts.ok;
import static dev.eventsim.contract.consumer.Pacts.post;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.eventsim.client.Pager;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.EventChanges;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.events.EventOrder;
import dev.eventsim.client.events.EventPage;
import dev.eventsim.client.events.EventQuery;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.contract.ProviderStates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/create, list, update, delete, each called through the reference client. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER)
class EventsPactTest {
    static final String NAME = "Contract test pact event";
    static final Instant START = Instant.parse("2031-05-01T14:00:00Z");
    static final Instant END = Instant.parse("2031-05-01T16:00:00Z");

    @Pact(consumer = CONSUMER)
    V4Pact createEvent(PactDslWithProvider builder) {
        return ok(post(builder.uponReceiving("a request to create an event"), "events/create",
                        newJsonBody(o -> {
                            o.stringValue("templateId", "tm0000");
                            o.stringValue("name", NAME);
                            o.stringValue("description", "Made by the contract tests");
                            o.stringValue("startDate", START.toString());
                            o.stringValue("endDate", END.toString());
                            o.stringValue("timezone", "Europe/Berlin");
                        }).build()),
                newJsonBody(o -> {
                    o.object("event", e -> Shapes.event(e, NAME, null));
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "createEvent")
    void create_answers_the_event_as_stored(MockServer mockServer) {
        Event event = client(mockServer).events().create(NewEvent.builder().templateId("tm0000").name(NAME)
                .description("Made by the contract tests").startDate(START).endDate(END).timezone("Europe/Berlin")
                .build());

        assertThat(event.id()).isPositive();
        assertThat(event.name()).isEqualTo(NAME);
        assertThat(event.createdAt()).as("timestamps read as instants").isNotNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact getEventById(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS)
                                .uponReceiving("a request to list events by id"), "events/list",
                        newJsonBody(o -> o.object("filter", f -> f.array("idIn", ids -> ids.getPactDslJsonArray()
                                .valueFromProviderState("${eventId}", 10001)))).build()),
                newJsonBody(o -> {
                    o.minArrayLike("events", 1, 1, e -> Shapes.event(e));
                    o.integerType("totalCount", 1);
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "getEventById")
    void get_finds_the_event_by_its_id(MockServer mockServer) {
        assertThat(client(mockServer).events().get(10001)).as("the id of the example answer is the one asked for")
                .hasValueSatisfying(event -> assertThat(event.name()).isNotBlank());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listEventsPage(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS)
                                .uponReceiving("a request for a page of events matching a search term, newest first"),
                        "events/list",
                        newJsonBody(o -> {
                            o.object("filter", f -> f.stringValue("searchTerm", "Contract test"));
                            o.object("pager", p -> {
                                p.numberValue("offset", 0);
                                p.numberValue("limit", 15);
                            });
                            o.stringValue("orderBy", "-createdAt");
                        }).build()),
                newJsonBody(o -> {
                    o.minArrayLike("events", 1, 1, Shapes::listedEvent);
                    o.integerType("totalCount", 1);
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "listEventsPage")
    void list_reads_a_page_and_the_total_count(MockServer mockServer) {
        EventPage page = client(mockServer).events().list(new EventQuery(
                EventFilter.all().withSearchTerm("Contract test"), Pager.first(15), EventOrder.NEWEST_FIRST));

        assertThat(page.events()).isNotEmpty();
        assertThat(page.totalCount()).isGreaterThanOrEqualTo(page.events().size());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listEventsWithDefaults(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS)
                                .uponReceiving("a request for the first page of events with the service's defaults"),
                        "events/list", newJsonBody(o -> { }).build()),
                newJsonBody(o -> {
                    o.minArrayLike("events", 1, 1, Shapes::listedEvent);
                    o.integerType("totalCount", 1);
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "listEventsWithDefaults")
    void list_without_a_query_sends_an_empty_object(MockServer mockServer) {
        assertThat(client(mockServer).events().list().events()).isNotEmpty();
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateEvent(PactDslWithProvider builder) {
        String renamed = NAME + " (renamed)";
        List<String> labels = List.of("contract", "launch");
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS)
                                .uponReceiving("a request to rename an event and set its labels"), "events/update",
                        newJsonBody(o -> {
                            o.valueFromProviderState("id", "${eventId}", 10001);
                            o.stringValue("name", renamed);
                            o.array("labels", a -> labels.forEach(a::stringValue));
                        }).build()),
                newJsonBody(o -> {
                    o.object("event", e -> Shapes.event(e, renamed, labels));
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "updateEvent")
    void update_sends_only_the_changed_fields_and_reads_the_event(MockServer mockServer) {
        Event event = client(mockServer).events().update(EventChanges.of(10001).withName(NAME + " (renamed)")
                .withLabels(List.of("contract", "launch")));

        assertThat(event.name()).isEqualTo(NAME + " (renamed)");
        assertThat(event.labels()).containsExactly("contract", "launch");
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteEvent(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS)
                                .uponReceiving("a request to delete an event"), "events/delete",
                        newJsonBody(o -> o.valueFromProviderState("id", "${eventId}", 10001)).build()),
                newJsonBody(o -> {
                    o.object("event", e -> Shapes.event(e));
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "deleteEvent")
    void delete_answers_the_deleted_event(MockServer mockServer) {
        assertThat(client(mockServer).events().delete(10001).id()).isPositive();
    }
}
