package dev.eventsim.simulator.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCategoriesTest extends CategoriesApiTest {

    @Test
    void creating_an_event_records_exactly_its_three_categories() {
        long eventId = createEvent();

        ApiResponse listed = core.listCategories("filter:fullNameStartsWith", eventId + "EP");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.json().path("objectType").asText()).isEqualTo("KalturaCategoryListResponse");
        assertThat(listed.json().path("totalCount").asInt()).isEqualTo(3);
        List<String> names = names(listed);
        assertThat(names).hasSize(3);
        assertThat(names.get(0)).matches(eventId + "EP[0-9a-f]{8}");
        assertThat(names.subList(1, 3)).containsExactly("ep_agenda_" + eventId, "ep_private_" + eventId);
    }

    @Test
    void the_ep_category_is_a_root_with_the_agenda_and_private_categories_under_it() {
        simulator.clock().freeze();
        long now = simulator.clock().instant().getEpochSecond();
        long eventId = createEvent();

        List<JsonNode> categories = categoriesOf(eventId);

        JsonNode root = categories.get(0);
        long rootId = root.path("id").asLong();
        assertThat(root.path("parentId").asLong()).isZero();
        assertThat(root.path("depth").asInt()).isZero();
        assertThat(root.path("fullName").asText()).isEqualTo(root.path("name").asText());
        assertThat(root.path("fullIds").asText()).isEqualTo(Long.toString(rootId));
        assertThat(root.path("directSubCategoriesCount").asInt()).isEqualTo(2);
        for (JsonNode child : categories.subList(1, 3)) {
            assertThat(child.path("parentId").asLong()).isEqualTo(rootId);
            assertThat(child.path("depth").asInt()).isEqualTo(1);
            assertThat(child.path("fullName").asText())
                    .isEqualTo(root.path("name").asText() + ">" + child.path("name").asText());
            assertThat(child.path("fullIds").asText()).isEqualTo(rootId + ">" + child.path("id").asLong());
            assertThat(child.path("directSubCategoriesCount").asInt()).isZero();
        }
        for (JsonNode category : categories) {
            assertThat(category.path("id").isIntegralNumber()).as("ids are integers").isTrue();
            assertThat(category.path("partnerId").asLong()).isEqualTo(simulator.partners().defaultPartner().id());
            assertThat(category.path("createdAt").asLong()).as("unix seconds").isEqualTo(now);
            assertThat(category.path("updatedAt").asLong()).isEqualTo(now);
            assertThat(category.path("objectType").asText()).isEqualTo("KalturaCategory");
        }
    }

    @Test
    void deleting_the_event_leaves_its_categories_in_place() {
        long eventId = createEvent();
        List<JsonNode> before = categoriesOf(eventId);

        deleteEvent(eventId);

        assertThat(api.post("events/list", java.util.Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(categoriesOf(eventId)).isEqualTo(before);
    }

    @Test
    void each_event_gets_categories_of_its_own() {
        long first = createEvent();
        long second = createEvent();

        assertThat(categoriesOf(first)).hasSize(3)
                .allSatisfy(c -> assertThat(c.path("fullName").asText()).startsWith(first + "EP"));
        assertThat(categoriesOf(second)).hasSize(3)
                .allSatisfy(c -> assertThat(c.path("fullName").asText()).startsWith(second + "EP"));
    }

    @Test
    void a_refused_events_create_records_no_categories() {
        ApiResponse refused = api.post("events/create", Events.anEvent().with("timezone", "Mars/Olympus").body());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(core.listCategories().json().path("totalCount").asInt()).isZero();
    }

    @Test
    void another_partner_sees_none_of_the_categories_and_cannot_delete_them() {
        long eventId = createEvent();
        long rootId = categoriesOf(eventId).get(0).path("id").asLong();
        simulator.partners().register(new Partner(2002, "s2"));
        CoreApi other = core.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse listed = other.listCategories();
        ApiResponse deleted = other.deleteCategory(rootId);

        assertThat(listed.json().path("totalCount").asInt()).isZero();
        assertThat(listed.json().path("objects")).isEmpty();
        assertThat(deleted.json().path("code").asText()).isEqualTo("CATEGORY_NOT_FOUND");
        assertThat(categoriesOf(eventId)).as("still there for their owner").hasSize(3);
    }
}
