package dev.eventsim.client.events;

import static dev.eventsim.client.support.Fixtures.END;
import static dev.eventsim.client.support.Fixtures.START;
import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.Pager;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.client.sessions.SessionType;
import dev.eventsim.client.support.ClientTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsRoundTripTest extends ClientTest {

    @Test
    void create_answers_the_stored_event_with_every_field_of_the_contract() {
        Event event = client.events().create(anEvent("Town hall").templateId("tm2000")
                .description("Quarterly update").timezone("America/New_York").build());

        assertThat(event.id()).isPositive();
        assertThat(event.name()).isEqualTo("Town hall");
        assertThat(event.description()).isEqualTo("Quarterly update");
        assertThat(event.startDate()).isEqualTo(START);
        assertThat(event.endDate()).isEqualTo(END);
        assertThat(event.timezone()).isEqualTo("America/New_York");
        assertThat(event.templateId()).isEqualTo("tm2000");
        assertThat(event.templateName()).isEqualTo("Live webcast");
        assertThat(event.createdAt()).as("the simulator's frozen clock").isEqualTo(NOW);
        assertThat(event.updatedAt()).isEqualTo(NOW);
        assertThat(event.doorsOpenDate()).isEqualTo(START);
        assertThat(event.publicDomain()).isNotBlank();
        assertThat(event.languages()).isNotEmpty();
        assertThat(event.labels()).isEmpty();
        assertThat(event.logoUrl()).isNotNull();
        assertThat(event.bannerImageUrl()).isNotNull();
        assertThat(calls.count("events/create")).isEqualTo(1);
    }

    @Test
    void a_preset_template_creates_its_sessions_with_string_entry_ids() {
        Event event = client.events().create(anEvent("Broadcast").templateId("tm4000").build());

        List<Session> sessions = client.sessions().list(event.id());

        assertThat(sessions).extracting(Session::type)
                .containsExactlyInAnyOrder(SessionType.MEETING_ENTRY, SessionType.LIVE_WEBCAST);
        assertThat(sessions).allSatisfy(s -> assertThat(s.id()).matches("[0-9]+_[a-z0-9]{8}"));
    }

    @Test
    void list_filters_orders_and_pages_and_counts_every_match() {
        for (String name : List.of("Alpha review", "Beta review", "Gamma launch", "Delta review")) {
            client.events().create(anEvent(name).build());
        }

        EventPage page = client.events().list(EventQuery.of(EventFilter.all().withSearchTerm("review"))
                .withOrderBy(EventOrder.NAME_ASCENDING).withPager(Pager.of(0, 2)));

        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.events()).extracting(Event::name).containsExactly("Alpha review", "Beta review");
    }

    @Test
    void list_without_arguments_answers_the_first_five_newest_first() {
        for (int i = 1; i <= 7; i++) {
            client.events().create(anEvent("Event " + i).build());
        }

        EventPage page = client.events().list();

        assertThat(page.totalCount()).isEqualTo(7);
        assertThat(page.events()).extracting(Event::name)
                .containsExactly("Event 7", "Event 6", "Event 5", "Event 4", "Event 3");
    }

    @Test
    void get_finds_an_event_by_id_and_nothing_for_an_unknown_id() {
        Event event = client.events().create(anEvent("Findable").build());

        assertThat(client.events().get(event.id())).contains(event);
        assertThat(client.events().get(event.id() + 1000)).isEmpty();
    }

    @Test
    void update_changes_only_the_fields_sent() {
        Event event = client.events().create(anEvent("Draft name").description("keep me").build());
        simulator.clock().advance(Duration.ofMinutes(5));
        Instant doors = START.minusSeconds(1800);

        Event updated = client.events().update(EventChanges.of(event.id()).withName("Final name")
                .withLabels(List.of("q2", "all-hands")).withDoorsOpenDate(doors));

        assertThat(updated.name()).isEqualTo("Final name");
        assertThat(updated.labels()).containsExactly("q2", "all-hands");
        assertThat(updated.doorsOpenDate()).isEqualTo(doors);
        assertThat(updated.description()).as("not sent, so unchanged").isEqualTo("keep me");
        assertThat(updated.startDate()).isEqualTo(START);
        assertThat(updated.updatedAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(updated.createdAt()).isEqualTo(NOW);
        assertThat(client.events().get(event.id())).contains(updated);
    }

    @Test
    void delete_answers_the_deleted_event_and_it_is_gone() {
        Event event = client.events().create(anEvent("Short-lived").build());

        Event deleted = client.events().delete(event.id());

        assertThat(deleted).isEqualTo(event);
        assertThat(client.events().get(event.id())).isEmpty();
        assertThatThrownBy(() -> client.events().delete(event.id()))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).status()).isEqualTo("ResourceDoesNotExist"));
    }
}
