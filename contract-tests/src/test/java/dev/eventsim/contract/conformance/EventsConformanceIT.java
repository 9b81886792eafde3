package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.Pager;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.EventChanges;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.events.EventOrder;
import dev.eventsim.client.events.EventPage;
import dev.eventsim.client.events.EventQuery;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.TargetExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/create, list, update, delete against the target. */
@ExtendWith(TargetExtension.class)
class EventsConformanceIT {

    @Test
    void create_answers_every_field_of_the_event_as_sent(Fixtures fixtures) {
        Instant start = fixtures.start();
        String name = fixtures.name("created");
        Event event = fixtures.client().events().create(NewEvent.builder().templateId("tm0000").name(name)
                .description("Conformance").startDate(start).endDate(start.plus(Duration.ofHours(3)))
                .timezone("America/New_York").build());
        fixtures.trackEvent(event.id());

        Shapes.assertCompleteEvent(event);
        assertThat(event.name()).isEqualTo(name);
        assertThat(event.description()).isEqualTo("Conformance");
        assertThat(event.startDate()).isEqualTo(start);
        assertThat(event.endDate()).isEqualTo(start.plus(Duration.ofHours(3)));
        assertThat(event.timezone()).isEqualTo("America/New_York");
        assertThat(event.templateId()).isEqualTo("tm0000");
    }

    @Test
    void list_finds_events_by_id_and_by_a_term_of_their_name(Fixtures fixtures) {
        String term = fixtures.name("searchable");
        Event first = fixtures.client().events().create(newEvent(fixtures, term + " one"));
        Event second = fixtures.client().events().create(newEvent(fixtures, term + " two"));
        fixtures.trackEvent(first.id());
        fixtures.trackEvent(second.id());
        EventsClient client = fixtures.client();

        EventPage byTerm = client.events().list(EventQuery.of(EventFilter.all().withSearchTerm(term)));
        EventPage byId = client.events().list(EventQuery.of(EventFilter.all().withIdIn(List.of(second.id()))));

        assertThat(byTerm.events()).extracting(Event::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(byTerm.totalCount()).isEqualTo(2);
        assertThat(byId.events()).extracting(Event::id).containsExactly(second.id());
        byTerm.events().forEach(Shapes::assertCompleteEvent);
    }

    @Test
    void a_page_holds_at_most_the_limit_newest_first_and_counts_every_match(Fixtures fixtures) {
        String term = fixtures.name("paged");
        for (int i = 1; i <= 3; i++) {
            fixtures.trackEvent(fixtures.client().events().create(newEvent(fixtures, term + " " + i)).id());
        }

        EventPage page = fixtures.client().events().list(new EventQuery(EventFilter.all().withSearchTerm(term),
                Pager.first(2), EventOrder.NEWEST_FIRST));

        assertThat(page.events()).hasSize(2);
        assertThat(page.totalCount()).as("all three match, two are on the page").isEqualTo(3);
        assertThat(page.events().get(0).createdAt()).isAfterOrEqualTo(page.events().get(1).createdAt());
    }

    @Test
    void update_changes_only_the_fields_sent(Fixtures fixtures) {
        Event event = fixtures.event();

        Event updated = fixtures.client().events().update(EventChanges.of(event.id())
                .withName(event.name() + " (renamed)").withLabels(List.of("contract", "conformance")));

        assertThat(updated.id()).isEqualTo(event.id());
        assertThat(updated.name()).isEqualTo(event.name() + " (renamed)");
        assertThat(updated.labels()).containsExactlyInAnyOrder("contract", "conformance");
        assertThat(updated.description()).as("not sent, so unchanged").isEqualTo(event.description());
        assertThat(updated.startDate()).isEqualTo(event.startDate());
        assertThat(updated.timezone()).isEqualTo(event.timezone());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(event.updatedAt());
    }

    @Test
    void delete_answers_the_event_and_it_is_gone(Fixtures fixtures) {
        Event event = fixtures.event();
        EventsClient client = fixtures.client();

        Event deleted = client.events().delete(event.id());

        assertThat(deleted.id()).isEqualTo(event.id());
        assertThat(deleted.name()).isEqualTo(event.name());
        assertThat(client.events().get(event.id())).isEmpty();
        assertThatThrownBy(() -> client.events().delete(event.id())).isInstanceOf(NotFoundException.class);
    }

    private static NewEvent newEvent(Fixtures fixtures, String name) {
        Instant start = fixtures.start();
        return NewEvent.builder().templateId("tm0000").name(name).startDate(start)
                .endDate(start.plus(Duration.ofHours(1))).timezone(Fixtures.TIMEZONE).build();
    }
}
