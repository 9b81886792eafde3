package dev.eventsim.simulator.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.api.PagerPolicy.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The indexed events/list ({@link EventTable}, {@link EventSearch}) answers exactly what
 * filtering every event and sorting the matches answers: the same page, the same totalCount,
 * for random tables (updates, deletes, out-of-order restores, more labels than the table has
 * bits for, same-instant ties, instants a millisecond apart (the service's precision), non-ASCII names) and random queries.
 */
class EventTableSearchTest {
    private static final Instant BASE = Instant.parse("2030-01-01T00:00:00Z");
    private static final String[] WORDS = {"Acme", "acme", "Summit", "SUMMIT", "Town Hall", "İstanbul", "Straße",
        "Ωmega", "Kickoff", "launch", "Data", "data", "émigré", "Zebra"};
    private static final String[] TEMPLATES = {"tm0000", "tm1000", "tm2000", "tm3000", "tm4000",
        "0123456789abcdef01234567", "89abcdef0123456789abcdef"};

    private final SplittableRandom random = new SplittableRandom(8);
    private final TreeMap<Long, Event> reference = new TreeMap<>();
    private final EventTable table = new EventTable();
    private long nextId = 10_001;

    @Test
    void every_query_answers_what_filtering_and_sorting_everything_answers() {
        for (int step = 0; step < 3_000; step++) {
            change();
            if (step % 10 == 0) {
                for (int q = 0; q < 20; q++) {
                    EventQuery query = randomQuery();
                    EventPage expected = naive(query);
                    assertThat(table.search(query)).as("query %s after %d changes", query, step)
                            .isEqualTo(expected);
                    assertThat(EventSearch.search(table, query, false))
                            .as("query %s after %d changes, names compared as strings", query, step)
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(table.size()).isEqualTo(reference.size());
        assertThat(table.values()).containsExactlyElementsOf(reference.values());
    }

    @Test
    void a_table_filled_in_any_id_order_keeps_id_order() {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 500; id++) {
            ids.add(id);
        }
        java.util.Collections.shuffle(ids, new java.util.Random(3));
        for (long id : ids) {
            Event event = randomEvent(id);
            table.put(event);
            reference.put(id, event);
        }
        assertThat(table.values()).containsExactlyElementsOf(reference.values());
        for (int q = 0; q < 200; q++) {
            EventQuery query = randomQuery();
            assertThat(table.search(query)).as("query %s", query).isEqualTo(naive(query));
        }
    }

    @Test
    void a_table_compacted_after_many_deletes_answers_as_before() {
        for (int i = 0; i < 6_000; i++) {
            Event event = randomEvent(nextId++);
            if (i % 10 != 0) { // most of them with a name no other event has
                event = new Event(event.id(), 1, "Unique " + i, "", event.startDate(), event.endDate(), "UTC", null,
                        null, event.labels(), event.languages(), true, event.startDate(), event.templateId(),
                        "template", event.createdAt(), event.updatedAt());
            }
            table.put(event);
            reference.put(event.id(), event);
        }
        for (long id : new ArrayList<>(reference.keySet())) {
            if (id % 10 != 0) { // enough deletes to compact the table and forget the names of deleted events
                table.remove(id);
                reference.remove(id);
            }
        }
        for (int q = 0; q < 300; q++) {
            EventQuery query = randomQuery();
            EventPage expected = naive(query);
            assertThat(table.search(query)).as("query %s", query).isEqualTo(expected);
            assertThat(EventSearch.search(table, query, false)).as("query %s, unranked", query).isEqualTo(expected);
        }
        assertThat(table.values()).containsExactlyElementsOf(reference.values());
    }

    @Test
    void a_query_asked_again_sees_every_change_in_between() {
        Event first = randomEvent(nextId++);
        table.put(first);
        EventQuery all = new EventQuery(EventFilter.NONE, EventOrder.DEFAULT, new Page(0, 15));
        assertThat(table.search(all).totalCount()).isEqualTo(1);
        table.put(randomEvent(nextId++));
        assertThat(table.search(all).totalCount()).as("a create after the first answer").isEqualTo(2);
        table.remove(first.id());
        assertThat(table.search(all).totalCount()).as("a delete after the second answer").isEqualTo(1);
    }

    private void change() {
        int what = random.nextInt(10);
        if (what < 6 || reference.isEmpty()) {
            Event event = randomEvent(nextId++);
            table.put(event);
            reference.put(event.id(), event);
        } else if (what < 8) {
            long id = someId();
            Event updated = randomEvent(id);
            table.put(updated);
            reference.put(id, updated);
        } else {
            long id = someId();
            assertThat(table.remove(id)).isEqualTo(reference.remove(id));
        }
        if (random.nextInt(400) == 0) { // a burst of deletes compacts the table
            new ArrayList<>(reference.keySet()).stream().filter(id -> random.nextInt(3) > 0).forEach(id -> {
                table.remove(id);
                reference.remove(id);
            });
        }
    }

    private long someId() {
        Long[] ids = reference.keySet().toArray(Long[]::new);
        return ids[random.nextInt(ids.length)];
    }

    private Event randomEvent(long id) {
        Instant start = BASE.plusSeconds(1800L * random.nextInt(200)).plusMillis(random.nextInt(4) == 0 ? 1 : 0);
        Instant end = start.plusSeconds(1800L * (1 + random.nextInt(20)));
        Instant created = BASE.minusSeconds(random.nextInt(5)).plusMillis(random.nextInt(3));
        String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
        List<String> labels = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String label = "label" + random.nextInt(80); // more labels than the table has bits for
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return new Event(id, 1, name, "", start, end, "UTC", null, null, List.copyOf(labels), List.of("en"), true,
                start, TEMPLATES[random.nextInt(TEMPLATES.length)], "template", created, created);
    }

    private EventQuery randomQuery() {
        Set<Long> idIn = null;
        if (random.nextInt(8) == 0) {
            idIn = new HashSet<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                idIn.add(10_001L + random.nextInt((int) (nextId - 10_000)));
            }
        }
        Set<String> templates = random.nextInt(4) == 0
                ? Set.copyOf(List.of(TEMPLATES[random.nextInt(TEMPLATES.length)], random.nextBoolean() ? "tm9999" : "tm2000"))
                : null;
        String term = random.nextInt(4) == 0 ? pickTerm() : null;
        Set<String> labels = random.nextInt(4) == 0
                ? Set.copyOf(List.of("label" + random.nextInt(90), "label" + (40 + random.nextInt(50)))) : null;
        EventFilter filter = new EventFilter(idIn == null ? null : Set.copyOf(idIn), templates, term, labels,
                bound(), bound(), bound(), bound());
        EventOrder order = EventOrder.values()[random.nextInt(EventOrder.values().length)];
        int offset = random.nextInt(5) == 0 ? random.nextInt(300) : random.nextInt(3) * 15;
        return new EventQuery(filter, order, new Page(offset, 1 + random.nextInt(15)));
    }

    private String pickTerm() {
        String word = WORDS[random.nextInt(WORDS.length)];
        int from = random.nextInt(word.length());
        String term = word.substring(from, from + 1 + random.nextInt(word.length() - from));
        return random.nextBoolean() ? term.toUpperCase(Locale.ROOT) : term;
    }

    private Instant bound() {
        return random.nextInt(5) == 0 ? BASE.plusSeconds(1800L * random.nextInt(220)) : null;
    }

    /** events/list as it was first written: filter everything, sort the matches, cut the page. */
    private EventPage naive(EventQuery query) {
        List<Event> matches = reference.values().stream()
                .filter(query.filter()::matches)
                .sorted(query.order().comparator())
                .toList();
        int from = Math.min(query.page().start(), matches.size());
        int to = Math.min(from + query.page().limit(), matches.size());
        return new EventPage(List.copyOf(matches.subList(from, to)), matches.size());
    }
}
