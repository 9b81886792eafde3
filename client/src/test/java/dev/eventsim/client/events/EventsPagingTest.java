package dev.eventsim.client.events;

import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.ExchangeListener;
import dev.eventsim.client.PagerOffset;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.errors.PagingException;
import dev.eventsim.client.support.ClientTest;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventsPagingTest extends ClientTest {

    private static List<Long> createEvents(EventsClient client, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> client.events().create(anEvent(String.format("Event %02d", i))
                        .build()).id())
                .toList();
    }

    private List<String> listRequestBodies() {
        return calls.requests().stream().filter(r -> r.operation().equals("events/list"))
                .map(ExchangeListener.OutgoingRequest::body).toList();
    }

    @Test
    void streamAll_reads_every_event_15_a_page_oldest_first() {
        List<Long> ids = createEvents(client, 40);
        calls.clear();

        List<Event> all = client.events().streamAll(EventFilter.all()).toList();

        assertThat(all).extracting(Event::id).containsExactlyElementsOf(ids);
        assertThat(listRequestBodies()).hasSize(3).allSatisfy(body -> assertThat(body).contains("\"limit\":15"));
        assertThat(listRequestBodies()).extracting(body -> body.replaceAll(".*\"offset\":(\\d+).*", "$1"))
                .containsExactly("0", "15", "30");
    }

    @Test
    void streamAll_applies_the_filter() {
        createEvents(client, 20);

        List<Event> matching = client.events().streamAll(EventFilter.all().withSearchTerm("Event 1")).toList();

        assertThat(matching).extracting(Event::name).containsExactly("Event 10", "Event 11", "Event 12", "Event 13",
                "Event 14", "Event 15", "Event 16", "Event 17", "Event 18", "Event 19");
    }

    @Test
    void streamAll_of_nothing_is_empty_after_one_call() {
        assertThat(client.events().streamAll(EventFilter.all())).isEmpty();
        assertThat(calls.count("events/list")).isEqualTo(1);
    }

    @Test
    void streamAll_reads_pages_lazily() {
        createEvents(client, 40);
        calls.clear();

        assertThat(client.events().streamAll(EventFilter.all()).limit(3).toList()).hasSize(3);
        assertThat(calls.count("events/list")).isEqualTo(1);
    }

    @Test
    void a_list_that_changes_while_it_is_read_fails_instead_of_skipping_events() {
        createEvents(client, 20);
        Iterator<Event> events = client.events().streamAll(EventFilter.all()).iterator();
        events.next();
        client.events().create(anEvent("Sneaked in").build());

        assertThatThrownBy(() -> events.forEachRemaining(e -> { }))
                .isInstanceOfSatisfying(PagingException.class, e -> {
                    assertThat(e.totalCount()).isEqualTo(20);
                    assertThat(e.getMessage()).contains("totalCount changed to 21");
                });
    }

    @Test
    void page_index_offsets_against_a_service_that_counts_items_are_caught_by_repeated_events() {
        createEvents(client, 20);
        EventsClient wrong = clientBuilder().pagerOffset(PagerOffset.PAGES).build();

        assertThatThrownBy(() -> wrong.events().streamAll(EventFilter.all()).toList())
                .isInstanceOf(PagingException.class).hasMessageContaining("came twice");
    }

    @Test
    void a_service_that_reads_offset_as_a_page_index_is_paged_with_page_indexes() {
        SimulatorOptions pages = SimulatorOptions.defaults()
                .withPagerPolicy(new PagerPolicy(PagerPolicy.LimitMode.reject, PagerPolicy.OffsetMode.pages));
        try (EventsSimulator pageIndexed = EventsSimulator.start(pages)) {
            EventsClient.Builder builder = EventsClient.builder().baseUrl(pageIndexed.apiBaseUrl())
                    .ksProvider(KsProvider.fixed(pageIndexed.adminKs()))
                    .sleeper(d -> {
                        throw new AssertionError("nothing here should wait, let alone for real");
                    });
            List<Long> ids = createEvents(builder.build(), 32);

            List<Event> all = builder.pagerOffset(PagerOffset.PAGES).build().events().streamAll(EventFilter.all())
                    .toList();

            assertThat(all).extracting(Event::id).containsExactlyElementsOf(ids);
            assertThatThrownBy(() -> builder.pagerOffset(PagerOffset.ITEMS).build().events()
                    .streamAll(EventFilter.all()).toList())
                    .as("item offsets against page indexes skip everything after the first page")
                    .isInstanceOf(PagingException.class).hasMessageContaining("ended before totalCount");
        }
    }
}
