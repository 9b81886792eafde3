package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * category.get over HTTP, and category.get, list and delete with a JSON body as the official
 * client libraries send one ({@code Content-Type: application/json}, the KS and format in the body).
 */
class CategoryGetTest extends ApiTest {
    private static final long PARTNER = 1000001;
    private static final String ADMIN_SECRET = "local-admin-secret";
    private static final Instant NOW = Instant.parse("2030-03-15T09:30:00Z");
    private static final String GET = "/api_v3/service/category/action/get";

    private String adminKs;
    private CoreApi core;

    @BeforeEach
    void adminCoreApiOnAFrozenClock() {
        api.control().freezeClockAt(NOW);
        adminKs = simulator.adminKs(PARTNER, "admin", Duration.ofDays(3650));
        core = new CoreApi(api, adminKs);
    }

    @Test
    void get_answers_an_event_s_root_category() {
        long eventId = createEvent(api);
        JsonNode root = categoryNamed(eventId, null);

        JsonNode category = result(core.call("category", "get", Map.of("id", root.path("id").asText())), "KalturaCategory");

        assertThat(category.path("id").isIntegralNumber()).as("id is a number: %s", category.path("id")).isTrue();
        assertThat(category.path("id").asLong()).isEqualTo(root.path("id").asLong());
        assertThat(category.path("name").asText()).matches(eventId + "EP[0-9a-f]{8}");
        assertThat(category.path("fullName").asText()).isEqualTo(category.path("name").asText());
        assertThat(category.path("fullIds").asText()).isEqualTo(root.path("id").asText());
        assertThat(category.path("parentId").asLong()).isZero();
        assertThat(category.path("depth").asInt()).isZero();
        assertThat(category.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(category.path("status").asInt()).as("ACTIVE").isEqualTo(2);
        assertThat(category.path("createdAt").asLong()).as("unix seconds").isEqualTo(NOW.getEpochSecond());
        assertThat(category.path("updatedAt").asLong()).isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void get_answers_a_sub_category_with_its_path_from_the_root() {
        long eventId = createEvent(api);
        JsonNode root = categoryNamed(eventId, null);
        JsonNode agenda = categoryNamed(eventId, "ep_agenda_" + eventId);

        JsonNode category = result(core.call("category", "get", Map.of("id", agenda.path("id").asText())),
                "KalturaCategory");

        assertThat(category.path("name").asText()).isEqualTo("ep_agenda_" + eventId);
        assertThat(category.path("parentId").asLong()).isEqualTo(root.path("id").asLong());
        assertThat(category.path("depth").asInt()).isEqualTo(1);
        assertThat(category.path("fullName").asText()).isEqualTo(root.path("name").asText() + ">ep_agenda_" + eventId);
        assertThat(category.path("fullIds").asText()).isEqualTo(root.path("id").asText() + ">" + agenda.path("id").asText());
    }

    @Test
    void get_answers_each_category_as_list_shows_it() {
        long eventId = createEvent(api);

        for (JsonNode listed : categoriesOf(eventId)) {
            assertThat(result(core.call("category", "get", Map.of("id", listed.path("id").asText())), "KalturaCategory"))
                    .isEqualTo(listed);
        }
    }

    @Test
    void a_category_counts_the_session_entries_published_in_it() {
        ApiResponse created = api.post("events/create", Events.anEvent().withTemplate("tm4000").body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        long eventId = created.json().path("event").path("id").asLong();
        String agendaId = categoryNamed(eventId, "ep_agenda_" + eventId).path("id").asText();
        String rootId = categoryNamed(eventId, null).path("id").asText();
        JsonNode entries = result(core.call("baseEntry", "list", Map.of("filter:categoriesIdsMatchOr", agendaId)),
                "KalturaBaseEntryListResponse");
        assertThat(entries.path("totalCount").asInt()).as("baseEntry.list puts both sessions in the agenda").isEqualTo(2);

        JsonNode agenda = result(core.call("category", "get", Map.of("id", agendaId)), "KalturaCategory");
        JsonNode root = result(core.call("category", "get", Map.of("id", rootId)), "KalturaCategory");

        assertThat(agenda.path("directEntriesCount").asInt()).as("entries directly in the agenda").isEqualTo(2);
        assertThat(agenda.path("entriesCount").asInt()).isEqualTo(2);
        assertThat(root.path("entriesCount").asInt()).as("entriesCount includes the sub-categories' entries")
                .isEqualTo(2);
        assertThat(root.path("directEntriesCount").asInt()).isZero();
    }

    @Test
    void get_of_an_unknown_id_is_category_not_found() {
        createEvent(api);

        ApiResponse got = core.call("category", "get", Map.of("id", "999999"));

        assertError(got, "CATEGORY_NOT_FOUND", "Category id \"999999\" not found");
        assertThat(got.json().path("args").path("ID").asText()).isEqualTo("999999");
    }

    @Test
    void get_without_an_id_is_a_missing_parameter() {
        ApiResponse got = core.call("category", "get", Map.of());

        assertError(got, "MISSING_MANDATORY_PARAMETER", "Missing parameter \"id\"");
    }

    @Test
    void another_partner_s_category_is_not_found_either_way() {
        long ours = createEvent(api);
        api.control().registerPartner(3003, "secret-3003");
        String othersKs = simulator.adminKs(3003, "admin", Duration.ofDays(1));
        long theirs = createEvent(api.withKs(othersKs));
        CoreApi other = core.withKs(othersKs);
        String ourId = categoryNamed(ours, null).path("id").asText();
        String theirId = rootOf(other, theirs).path("id").asText();

        assertError(other.call("category", "get", Map.of("id", ourId)), "CATEGORY_NOT_FOUND",
                "Category id \"" + ourId + "\" not found");
        assertError(core.call("category", "get", Map.of("id", theirId)), "CATEGORY_NOT_FOUND",
                "Category id \"" + theirId + "\" not found");
        assertThat(result(other.call("category", "get", Map.of("id", theirId)), "KalturaCategory")
                .path("partnerId").asLong()).isEqualTo(3003);
    }

    @Test
    void get_with_a_user_ks_or_without_a_ks_is_a_forbidden_service() {
        long eventId = createEvent(api);
        String id = categoryNamed(eventId, null).path("id").asText();

        ApiResponse asUser = core.withKs(userKs()).call("category", "get", Map.of("id", id));
        ApiResponse anonymous = core.withKs(null).call("category", "get", Map.of("id", id));

        assertError(asUser, "SERVICE_FORBIDDEN", "The access to service [category->get] is forbidden");
        assertError(anonymous, "SERVICE_FORBIDDEN", "The access to service [category->get] is forbidden");
    }

    // ---------------------------------------------------------------- JSON bodies

    @Test
    void get_reads_a_json_body_as_the_client_libraries_send_it() {
        long eventId = createEvent(api);
        JsonNode agenda = categoryNamed(eventId, "ep_agenda_" + eventId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ks", adminKs);
        body.put("format", 1);
        body.put("clientTag", "java:24-01-01");
        body.put("apiVersion", "20.1.0");
        body.put("id", agenda.path("id").asLong());

        ApiResponse got = postJson(GET, body);

        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(result(got, "KalturaCategory")).isEqualTo(agenda);
    }

    @Test
    void an_unknown_id_in_a_json_body_is_category_not_found() {
        ApiResponse got = postJson(GET, Map.of("ks", adminKs, "format", 1, "id", 100_999));

        assertError(got, "CATEGORY_NOT_FOUND", "Category id \"100999\" not found");
    }

    @Test
    void a_json_body_labelled_with_a_charset_is_not_read_as_json_as_there() {
        long eventId = createEvent(api);
        long id = categoryNamed(eventId, null).path("id").asLong();
        String json = write(Map.of("ks", adminKs, "format", 1, "id", id));

        ApiResponse got = api.send(api.request(GET).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());

        assertThat(got.header("Content-Type"))
                .as("the core API reads a JSON body only for exactly application/json; without format it answers XML: %s",
                        got.rawBody())
                .startsWith("text/xml");
        assertThat(got.rawBody()).contains("<error>").doesNotContain("KalturaCategory");
    }

    @Test
    void list_reads_a_nested_filter_and_pager_from_a_json_body() {
        long eventId = createEvent(api);
        createEvent(api);
        JsonNode root = categoryNamed(eventId, null);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("objectType", "KalturaCategoryFilter");
        filter.put("fullNameStartsWith", eventId + "EP");
        Map<String, Object> pager = new LinkedHashMap<>();
        pager.put("objectType", "KalturaFilterPager");
        pager.put("pageSize", 2);
        pager.put("pageIndex", 1);

        ApiResponse listed = postJson("/api_v3/service/category/action/list",
                Map.of("ks", adminKs, "format", 1, "filter", filter, "pager", pager));
        ApiResponse children = postJson("/api_v3/service/category/action/list", Map.of("ks", adminKs, "format", 1,
                "filter", Map.of("objectType", "KalturaCategoryFilter", "parentIdEqual", root.path("id").asLong())));

        JsonNode page = result(listed, "KalturaCategoryListResponse");
        assertThat(page.path("totalCount").asInt()).as("the event's three categories").isEqualTo(3);
        assertThat(page.path("objects")).hasSize(2);
        assertThat(names(result(children, "KalturaCategoryListResponse")))
                .containsExactlyInAnyOrder("ep_agenda_" + eventId, "ep_private_" + eventId);
    }

    @Test
    void delete_reads_a_json_body_and_takes_the_sub_categories_with_the_root() {
        long eventId = createEvent(api);
        long kept = createEvent(api);
        JsonNode root = categoryNamed(eventId, null);
        List<JsonNode> all = categoriesOf(eventId);

        ApiResponse deleted = postJson("/api_v3/service/category/action/delete",
                Map.of("ks", adminKs, "format", 1, "id", root.path("id").asLong()));

        assertThat(deleted.json()).as(deleted.rawBody()).isNotNull();
        assertThat(deleted.json().isNull()).as("a void action answers null: %s", deleted.rawBody()).isTrue();
        for (JsonNode category : all) {
            String id = category.path("id").asText();
            assertError(core.call("category", "get", Map.of("id", id)), "CATEGORY_NOT_FOUND",
                    "Category id \"" + id + "\" not found");
        }
        assertThat(categoriesOf(kept)).as("the other event's categories stay").hasSize(3);
        assertError(postJson("/api_v3/service/category/action/delete",
                        Map.of("ks", adminKs, "format", 1, "id", root.path("id").asLong())),
                "CATEGORY_NOT_FOUND", "Category id \"" + root.path("id").asText() + "\" not found");
    }

    // ---------------------------------------------------------------- helpers

    private static long createEvent(Api as) {
        ApiResponse created = as.post("events/create", Events.anEvent().body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        return created.json().path("event").path("id").asLong();
    }

    /** The event's categories, as a clean-up script finds them: by the prefix of their full name. */
    private List<JsonNode> categoriesOf(long eventId) {
        JsonNode listed = result(core.listCategories("filter:fullNameStartsWith", eventId + "EP"),
                "KalturaCategoryListResponse");
        List<JsonNode> categories = new ArrayList<>();
        listed.path("objects").forEach(categories::add);
        return categories;
    }

    /** The event's category of that name; null: its root. */
    private JsonNode categoryNamed(long eventId, String name) {
        return categoriesOf(eventId).stream()
                .filter(c -> name == null ? c.path("depth").asInt() == 0 : c.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no category " + name + " of event " + eventId));
    }

    private static JsonNode rootOf(CoreApi as, long eventId) {
        JsonNode listed = result(as.listCategories("filter:fullNameStartsWith", eventId + "EP", "filter:parentIdEqual", "0"),
                "KalturaCategoryListResponse");
        assertThat(listed.path("objects")).hasSize(1);
        return listed.path("objects").get(0);
    }

    private static List<String> names(JsonNode listed) {
        List<String> names = new ArrayList<>();
        listed.path("objects").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    private String userKs() {
        ApiResponse started = api.postForm("/api_v3/service/session/action/start", Map.of("partnerId",
                Long.toString(PARTNER), "secret", ADMIN_SECRET, "type", "0", "userId", "viewer", "format", "1"));
        assertThat(started.json().isTextual()).as("session.start: %s", started.rawBody()).isTrue();
        return started.json().textValue();
    }

    private ApiResponse postJson(String path, Object body) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    private static String write(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode result(ApiResponse response, String objectType) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
        assertThat(response.json()).as("a JSON answer: %s", response.rawBody()).isNotNull();
        assertThat(response.json().path("objectType").asText()).as(response.rawBody()).isEqualTo(objectType);
        return response.json();
    }

    private static void assertError(ApiResponse response, String code, String message) {
        assertThat(response.statusCode()).as("core API errors are HTTP 200: %s", response.rawBody()).isEqualTo(200);
        assertThat(response.json().path("objectType").asText()).as(response.rawBody()).isEqualTo("KalturaAPIException");
        assertThat(response.json().path("code").asText()).as(response.rawBody()).isEqualTo(code);
        assertThat(response.json().path("message").asText()).isEqualTo(message);
    }
}
