package dev.eventsim.simulator.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The categories events/delete leaves behind (docs/core-api.md, "Categories left behind"): kept up
 * to {@code --leftover-categories-max} per partner, the oldest dropped and counted, or none with
 * {@code --leftover-categories=off}; seen as a user sees them, through category.list and /metrics.
 * Each test starts a simulator of its own: the dropped count never goes back to zero.
 */
class LeftoverCategoriesTest {
    private EventsSimulator simulator;
    private Api api;
    private CoreApi core;

    private void start(LeftoverCategories leftovers) {
        simulator = EventsSimulator.start(SimulatorOptions.defaults().withLeftoverCategories(leftovers));
        api = new Api(simulator.baseUrl(), simulator.adminKs());
        core = new CoreApi(api, simulator.adminKs());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void by_default_a_deleted_events_categories_stay_and_are_counted_as_kept() {
        start(LeftoverCategories.defaults());
        long deleted = createEvent();
        long live = createEvent();
        deleteEvent(deleted);

        assertThat(categoriesOf(deleted)).hasSize(3);
        assertThat(categoriesOf(live)).hasSize(3);
        Metrics metrics = Metrics.scrape(api);
        assertThat(metrics.value("sim_leftover_categories_kept")).as("the live event's are not left behind").isEqualTo(3);
        assertThat(metrics.value("sim_leftover_categories_dropped_total")).isZero();
    }

    @Test
    void past_the_cap_the_groups_left_longest_ago_are_removed_and_counted_as_dropped() {
        start(new LeftoverCategories(LeftoverCategories.Mode.keep, 6));
        List<Long> events = List.of(createEvent(), createEvent(), createEvent(), createEvent());
        events.forEach(this::deleteEvent);

        assertThat(categoriesOf(events.get(0))).isEmpty();
        assertThat(categoriesOf(events.get(1))).isEmpty();
        assertThat(categoriesOf(events.get(2))).hasSize(3);
        assertThat(categoriesOf(events.get(3))).hasSize(3);
        Metrics metrics = Metrics.scrape(api);
        assertThat(metrics.value("sim_leftover_categories_kept")).isEqualTo(6);
        assertThat(metrics.value("sim_leftover_categories_dropped_total")).isEqualTo(6);
    }

    @Test
    void categories_removed_with_category_delete_free_their_place_under_the_cap() {
        start(new LeftoverCategories(LeftoverCategories.Mode.keep, 6));
        long first = createEvent();
        long second = createEvent();
        long third = createEvent();
        deleteEvent(first);
        deleteEvent(second);
        long firstRoot = categoriesOf(first).stream().filter(c -> c.path("depth").asInt() == 0)
                .findFirst().orElseThrow().path("id").asLong();
        assertThat(core.deleteCategory(firstRoot).statusCode()).isEqualTo(200);
        deleteEvent(third);

        assertThat(categoriesOf(second)).as("the cleaned-up group made room").hasSize(3);
        assertThat(categoriesOf(third)).hasSize(3);
        Metrics metrics = Metrics.scrape(api);
        assertThat(metrics.value("sim_leftover_categories_kept")).isEqualTo(6);
        assertThat(metrics.value("sim_leftover_categories_dropped_total")).isZero();
    }

    @Test
    void off_leaves_nothing_behind_and_keeps_the_categories_of_live_events() {
        start(new LeftoverCategories(LeftoverCategories.Mode.off, LeftoverCategories.DEFAULT_MAX));
        long deleted = createEvent();
        long live = createEvent();
        deleteEvent(deleted);

        assertThat(categoriesOf(deleted)).isEmpty();
        assertThat(categoriesOf(live)).hasSize(3);
        Metrics metrics = Metrics.scrape(api);
        assertThat(metrics.value("sim_leftover_categories_kept")).isZero();
        assertThat(metrics.value("sim_leftover_categories_dropped_total")).isEqualTo(3);
    }

    private long createEvent() {
        return api.post("events/create", Events.anEvent().body()).json().path("event").path("id").asLong();
    }

    private void deleteEvent(long eventId) {
        assertThat(api.post("events/delete", Map.of("id", eventId)).statusCode()).isEqualTo(200);
    }

    private List<JsonNode> categoriesOf(long eventId) {
        ApiResponse listed = core.listCategories("filter:fullNameStartsWith", eventId + "EP");
        List<JsonNode> objects = new ArrayList<>();
        listed.json().path("objects").forEach(objects::add);
        return objects;
    }
}
