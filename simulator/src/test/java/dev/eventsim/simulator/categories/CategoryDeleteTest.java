package dev.eventsim.simulator.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryDeleteTest extends CategoriesApiTest {

    @Test
    void delete_answers_null_and_the_category_is_gone() {
        long eventId = createEvent();
        long privateId = categoriesOf(eventId).get(2).path("id").asLong();

        ApiResponse deleted = core.deleteCategory(privateId);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.rawBody()).isEqualTo("null");
        assertThat(names(core.listCategories("filter:fullNameStartsWith", eventId + "EP")))
                .doesNotContain("ep_private_" + eventId).hasSize(2);
    }

    @Test
    void deleting_a_category_deletes_its_sub_categories() {
        long eventId = createEvent();
        long rootId = categoriesOf(eventId).get(0).path("id").asLong();

        core.deleteCategory(rootId);

        assertThat(categoriesOf(eventId)).isEmpty();
        assertThat(core.listCategories("filter:nameOrReferenceIdStartsWith", "ep_").json().path("totalCount").asInt())
                .as("the sub-categories are found by name too").isZero();
    }

    @Test
    void a_category_restored_from_a_snapshot_is_deleted_with_its_sub_categories() {
        long eventId = createEvent();
        long rootId = categoriesOf(eventId).get(0).path("id").asLong();
        api.control().saveSnapshot("categories-restored");
        api.control().restoreSnapshot("categories-restored");

        core.deleteCategory(rootId);

        assertThat(categoriesOf(eventId)).as("the restored tree knows the root's sub-categories").isEmpty();
        api.control().deleteSnapshot("categories-restored");
    }

    @Test
    void deleting_a_sub_category_updates_its_parents_count_and_time() {
        simulator.clock().freeze();
        long eventId = createEvent();
        List<JsonNode> categories = categoriesOf(eventId);
        simulator.clock().advance(Duration.ofMinutes(5));

        core.deleteCategory(categories.get(1).path("id").asLong());

        JsonNode root = categoriesOf(eventId).get(0);
        assertThat(root.path("directSubCategoriesCount").asInt()).isEqualTo(1);
        assertThat(root.path("updatedAt").asLong()).isEqualTo(categories.get(0).path("updatedAt").asLong() + 300);
        assertThat(root.path("createdAt").asLong()).isEqualTo(categories.get(0).path("createdAt").asLong());
    }

    @Test
    void an_unknown_id_is_category_not_found() {
        ApiResponse deleted = core.deleteCategory(424242);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.json().path("objectType").asText()).isEqualTo("KalturaAPIException");
        assertThat(deleted.json().path("code").asText()).isEqualTo("CATEGORY_NOT_FOUND");
        assertThat(deleted.json().path("message").asText()).isEqualTo("Category id \"424242\" not found");
        assertThat(deleted.json().path("args").path("ID").asText()).isEqualTo("424242");
    }

    @Test
    void a_category_deleted_twice_is_not_found_the_second_time() {
        long rootId = categoriesOf(createEvent()).get(0).path("id").asLong();

        core.deleteCategory(rootId);
        ApiResponse again = core.deleteCategory(rootId);

        assertThat(again.json().path("code").asText()).isEqualTo("CATEGORY_NOT_FOUND");
    }

    @Test
    void a_missing_id_is_a_missing_mandatory_parameter() {
        createEvent();

        ApiResponse deleted = core.call("category", "delete", Map.of());

        assertThat(deleted.json().path("code").asText()).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(deleted.json().path("message").asText()).isEqualTo("Missing parameter \"id\"");
        assertThat(core.listCategories().json().path("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void an_id_that_is_not_a_number_is_an_invalid_parameter() {
        ApiResponse deleted = core.call("category", "delete", Map.of("id", "abc"));

        assertThat(deleted.json().path("code").asText()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void without_format_1_the_void_answer_is_an_empty_xml_result() {
        long rootId = categoriesOf(createEvent()).get(0).path("id").asLong();

        ApiResponse deleted = api.postForm("/api_v3/service/category/action/delete",
                Map.of("ks", simulator.adminKs(), "id", Long.toString(rootId)));

        assertThat(deleted.header("Content-Type")).startsWith("text/xml");
        assertThat(deleted.rawBody()).contains("<xml><result></result>");
        assertThat(core.listCategories().json().path("totalCount").asInt()).isZero();
    }

    @Test
    void a_clean_up_script_removes_the_categories_of_deleted_events_and_keeps_the_rest() {
        long first = createEvent();
        long second = createEvent();
        long kept = createEvent();
        List<JsonNode> keptBefore = categoriesOf(kept);

        deleteEvent(first);
        deleteEvent(second);
        for (long deletedEvent : List.of(first, second)) {
            // Deepest first, so that no category is already gone with its parent when its turn comes.
            List<JsonNode> leftBehind = categoriesOf(deletedEvent).stream()
                    .sorted(Comparator.comparingInt((JsonNode c) -> c.path("depth").asInt()).reversed())
                    .toList();
            assertThat(leftBehind).hasSize(3);
            for (JsonNode category : leftBehind) {
                ApiResponse deleted = core.deleteCategory(category.path("id").asLong());
                assertThat(deleted.rawBody()).as("delete of %s", category.path("fullName")).isEqualTo("null");
            }
        }

        assertThat(categoriesOf(first)).isEmpty();
        assertThat(categoriesOf(second)).isEmpty();
        assertThat(categoriesOf(kept)).isEqualTo(keptBefore);
        assertThat(core.listCategories().json().path("totalCount").asInt()).isEqualTo(3);
    }
}
