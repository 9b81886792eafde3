package dev.eventsim.simulator.categories;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Base of the category tests: an Events API client and a core API client with the same ADMIN KS. */
abstract class CategoriesApiTest extends ApiTest {
    protected CoreApi core;

    @BeforeEach
    void coreApi() {
        core = new CoreApi(api, simulator.adminKs());
    }

    protected long createEvent() {
        return api.post("events/create", Events.anEvent().body()).json().path("event").path("id").asLong();
    }

    protected void deleteEvent(long eventId) {
        api.post("events/delete", java.util.Map.of("id", eventId));
    }

    /** The categories an event left, found as a clean-up script finds them: by the prefix of their full name. */
    protected List<JsonNode> categoriesOf(long eventId) {
        return objects(core.listCategories("filter:fullNameStartsWith", eventId + "EP"));
    }

    protected static List<JsonNode> objects(ApiResponse listed) {
        List<JsonNode> objects = new ArrayList<>();
        listed.json().path("objects").forEach(objects::add);
        return objects;
    }

    protected static List<String> names(ApiResponse listed) {
        return objects(listed).stream().map(c -> c.path("name").asText()).toList();
    }
}
