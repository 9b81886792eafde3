package dev.eventsim.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal's routes themselves (their filters, codes and JSON): read over raw HTTP; set-up goes through the typed client. */
class JournalTest extends ApiTest {

    private ApiResponse journal(String query) {
        ApiResponse answer = api.rawControl("GET", "/__sim/journal" + query, null);
        assertThat(answer.statusCode()).as("GET /__sim/journal%s: %s", query, answer.rawBody()).isEqualTo(200);
        OpenApiCheck.assertValid("GET", "/__sim/journal", answer);
        return answer;
    }

    private JsonNode entries(String query) {
        return journal(query).json().path("entries");
    }

    /** The newest entry: the call just made. */
    private JsonNode last() {
        return entries("?limit=1").path(0);
    }

    private static List<Long> ids(JsonNode entries) {
        List<Long> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.path("id").asLong()));
        return ids;
    }

    private ApiResponse createEvent(String name) {
        return api.post("events/create", Events.anEvent().withName(name).body());
    }

    /** Sends a request past the test client's OpenAPI check, for paths and methods the document does not list. */
    private static HttpResponse<String> raw(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_successful_call_is_recorded_with_its_fields() {
        api.control().freezeClockAt(Instant.parse("2031-03-01T10:00:00Z"));

        ApiResponse created = createEvent("Journaled launch");

        JsonNode entry = last();
        assertThat(entry.path("id").asLong()).isEqualTo(1);
        assertThat(entry.path("time").asText()).as("simulated time").isEqualTo("2031-03-01T10:00:00.000Z");
        assertThat(entry.path("method").asText()).isEqualTo("POST");
        assertThat(entry.path("path").asText()).isEqualTo("/api/v1/events/create");
        assertThat(entry.path("operation").asText()).isEqualTo("events/create");
        assertThat(entry.path("partnerId").asLong()).isEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(entry.path("userId").asText()).isEqualTo("admin");
        assertThat(entry.path("httpStatus").asInt()).isEqualTo(200);
        assertThat(entry.path("status").asText()).isEqualTo("ok");
        assertThat(entry.path("latencyMillis").asDouble()).isNotNegative();
        assertThat(entry.path("traceId").asText()).isEqualTo(created.header("x-traceid"));
        assertThat(entry.path("fault").isNull()).as("no fault was injected").isTrue();
        assertThat(entry.path("requestBody").asText()).contains("\"name\":\"Journaled launch\"");
        assertThat(entry.path("requestTruncated").asBoolean()).isFalse();
        assertThat(entry.path("responseBody").asText()).isEqualTo(created.rawBody());
        assertThat(entry.path("responseBytes").asInt()).isEqualTo(created.rawBody().length());
    }

    @Test
    void errors_are_recorded_with_their_codes_status_values_and_callers() throws Exception {
        api.post("events/create", "{not json");
        JsonNode malformed = last();
        assertThat(malformed.path("httpStatus").asInt()).isEqualTo(400);
        assertThat(malformed.path("status").asText()).isEqualTo("InvalidArgument");
        assertThat(malformed.path("partnerId").isNull()).as("the body is parsed before the KS is read").isTrue();
        assertThat(malformed.path("requestBody").asText()).isEqualTo("{not json");

        api.post("events/create", Events.anEvent().without("name").body());
        assertThat(last().path("partnerId").asLong()).as("a valid KS, a bad field")
                .isEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID);

        api.withKs(null).post("events/list", Map.of());
        JsonNode unauthorized = last();
        assertThat(unauthorized.path("httpStatus").asInt()).isEqualTo(401);
        assertThat(unauthorized.path("status").asText()).isEqualTo("NEW_LOGIN_REQUIRED");
        assertThat(unauthorized.path("userId").isNull()).isTrue();

        api.post("events/delete", Map.of("id", 424242));
        assertThat(last().path("httpStatus").asInt()).isEqualTo(404);
        assertThat(last().path("status").asText()).isEqualTo("ResourceDoesNotExist");

        raw(api.request("/api/v1/events/list").GET().build());
        JsonNode wrongMethod = last();
        assertThat(wrongMethod.path("httpStatus").asInt()).isEqualTo(405);
        assertThat(wrongMethod.path("operation").asText()).as("a known path names its operation")
                .isEqualTo("events/list");
        assertThat(wrongMethod.path("method").asText()).isEqualTo("GET");

        raw(api.request("/api/v1/events/archive").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        JsonNode unknown = last();
        assertThat(unknown.path("httpStatus").asInt()).isEqualTo(404);
        assertThat(unknown.path("operation").asText()).isEqualTo("unknown");
        assertThat(unknown.path("path").asText()).isEqualTo("/api/v1/events/archive");

        raw(api.request("/api/v1/events/create").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")).build());
        JsonNode tooLarge = last();
        assertThat(tooLarge.path("httpStatus").asInt()).isEqualTo(413);
        assertThat(tooLarge.path("status").asText()).isEqualTo("InvalidArgument");
        assertThat(tooLarge.path("requestBody").isNull()).as("refused unread").isTrue();
    }

    @Test
    void core_api_actions_are_recorded_under_their_service_and_action() {
        CoreApi core = new CoreApi(api, simulator.adminKs());

        api.postForm("/api_v3/service/session/action/start", Map.of("partnerId",
                String.valueOf(SimulatorOptions.DEFAULT_PARTNER_ID), "secret", "wrong", "userId", "u", "type", "2",
                "format", "1"));
        JsonNode refused = last();
        assertThat(refused.path("operation").asText()).isEqualTo("session.start");
        assertThat(refused.path("httpStatus").asInt()).as("the core API answers errors with 200").isEqualTo(200);
        assertThat(refused.path("status").asText()).as("the exception's code").isNotBlank().isNotEqualTo("ok");

        core.listCategories();
        JsonNode listed = last();
        assertThat(listed.path("operation").asText()).isEqualTo("category.list");
        assertThat(listed.path("partnerId").asLong()).isEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(listed.path("requestBody").asText()).contains("format=1");
    }

    @Test
    void the_control_plane_and_metrics_are_not_recorded() {
        api.rawControl("GET", "/__sim/health", null);
        api.rawControl("GET", "/__sim/journal/counts", null);
        api.send(api.request("/metrics").GET().build());

        JsonNode page = journal("").json();

        assertThat(page.path("entries")).isEmpty();
        assertThat(page.path("recorded").asLong()).isZero();
        assertThat(page.path("capacity").asInt()).isEqualTo(1000);
    }

    @Test
    void the_journal_filters_by_operation_partner_status_and_trace_id() {
        createEvent("a");
        ApiResponse second = createEvent("b");
        api.post("events/create", Events.anEvent().without("name").body());
        api.post("events/list", Map.of());
        api.withKs(null).post("events/list", Map.of());
        api.control().registerPartner(3003, "s3003");
        String otherKs = api.control().mintKs(new KsRequest(3003L, null, null, null, null, null)).ks();
        api.withKs(otherKs).post("events/list", Map.of());

        assertThat(ids(entries("?operation=events/create"))).as("newest first").containsExactly(3L, 2L, 1L);
        assertThat(ids(entries("?operation=events/create,events/delete"))).hasSize(3);
        assertThat(ids(entries("?operation=events/list"))).containsExactly(6L, 5L, 4L);
        assertThat(ids(entries("?partnerId=3003"))).containsExactly(6L);
        assertThat(ids(entries("?partnerId=" + SimulatorOptions.DEFAULT_PARTNER_ID))).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(entries("?status=400"))).containsExactly(3L);
        assertThat(ids(entries("?status=4xx"))).containsExactly(5L, 3L);
        assertThat(ids(entries("?status=2xx&operation=events/list"))).containsExactly(6L, 4L);
        assertThat(ids(entries("?status=NEW_LOGIN_REQUIRED"))).containsExactly(5L);
        assertThat(ids(entries("?traceId=" + second.header("x-traceid")))).containsExactly(2L);
        assertThat(ids(entries("?operation=sessions/create"))).isEmpty();
    }

    @Test
    void the_journal_filters_by_simulated_time() {
        api.control().freezeClockAt(Instant.parse("2031-01-01T10:00:00Z"));
        createEvent("at ten");
        api.control().advanceClock(Duration.ofHours(1));
        createEvent("at eleven");
        api.control().advanceClock(Duration.ofHours(1));
        createEvent("at noon");

        assertThat(ids(entries("?since=2031-01-01T11:00:00Z"))).as("since is inclusive").containsExactly(3L, 2L);
        assertThat(ids(entries("?until=2031-01-01T11:00:00Z"))).as("until is exclusive").containsExactly(1L);
        assertThat(ids(entries("?since=2031-01-01T10:30:00Z&until=2031-01-01T11:30:00Z"))).containsExactly(2L);
        assertThat(ids(entries("?since=2031-01-01T12:00:00%2B01:00"))).as("any offset").containsExactly(3L, 2L);
    }

    @Test
    void limit_keeps_the_newest_entries() {
        for (int i = 0; i < 5; i++) {
            createEvent("event " + i);
        }

        JsonNode page = journal("?limit=2").json();

        assertThat(ids(page.path("entries"))).containsExactly(5L, 4L);
        assertThat(page.path("returned").asInt()).isEqualTo(2);
        assertThat(page.path("retained").asInt()).isEqualTo(5);
        assertThat(page.path("recorded").asLong()).isEqualTo(5);
    }

    @Test
    void bodies_are_truncated_at_4_kib_on_a_character_boundary_and_can_be_left_out() {
        String description = "é".repeat(5_000); // two bytes each in UTF-8
        api.post("events/create", Events.anEvent().with("description", description).body());

        JsonNode entry = last();
        String kept = entry.path("requestBody").asText();
        assertThat(entry.path("requestTruncated").asBoolean()).isTrue();
        assertThat(entry.path("requestBytes").asInt()).as("the full size").isGreaterThan(10_000);
        assertThat(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(4_095, 4_096);
        assertThat(kept).as("no half character").doesNotContain("\uFFFD").endsWith("é");
        assertThat(entry.path("responseTruncated").asBoolean()).isTrue();

        JsonNode bare = entries("?bodies=false").path(0);
        assertThat(bare.path("requestBody").isNull()).isTrue();
        assertThat(bare.path("responseBody").isNull()).isTrue();
        assertThat(bare.path("httpStatus").asInt()).isEqualTo(200);
    }

    @Test
    void one_entry_is_read_by_its_id() {
        createEvent("first");
        ApiResponse second = createEvent("second");

        ApiResponse entry = api.rawControl("GET", "/__sim/journal/2", null);

        assertThat(entry.statusCode()).isEqualTo(200);
        OpenApiCheck.assertValid("GET", "/__sim/journal/2", entry);
        assertThat(entry.json().path("traceId").asText()).isEqualTo(second.header("x-traceid"));
        assertThat(api.rawControl("GET", "/__sim/journal/3", null).statusCode()).isEqualTo(404);
        assertThat(api.rawControl("GET", "/__sim/journal/3", null).status()).isEqualTo("ResourceDoesNotExist");
        assertThat(api.rawControl("GET", "/__sim/journal/abc", null).statusCode()).isEqualTo(400);
    }

    @Test
    void bad_filters_are_400s_naming_the_field() {
        Map<String, String> bad = Map.of(
                "?status=4x5", "status", "?since=yesterday", "since", "?until=2031-01-01", "until",
                "?limit=0", "limit", "?limit=many", "limit", "?partnerId=x", "partnerId", "?bodies=maybe", "bodies",
                "?colour=red", "colour");
        bad.forEach((query, field) -> {
            ApiResponse answer = api.rawControl("GET", "/__sim/journal" + query, null);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.status()).as(query).isEqualTo("InvalidArgument");
            assertThat(answer.message()).as(query).contains(field);
        });
    }

    @Test
    void the_ring_buffer_evicts_the_oldest_calls_while_the_counts_stay_exact() {
        try (EventsSimulator small = EventsSimulator.start(SimulatorOptions.defaults().withJournalSize(3))) {
            Api smallApi = new Api(small.baseUrl(), small.adminKs());
            for (int i = 0; i < 5; i++) {
                smallApi.post("events/create", Events.anEvent().body());
            }
            smallApi.post("events/create", Events.anEvent().without("name").body());
            smallApi.post("events/create", Events.anEvent().without("name").body());

            JsonNode page = smallApi.rawControl("GET", "/__sim/journal", null).json();
            JsonNode counts = smallApi.rawControl("GET", "/__sim/journal/counts", null).json();

            assertThat(ids(page.path("entries"))).containsExactly(7L, 6L, 5L);
            assertThat(page.path("retained").asInt()).isEqualTo(3);
            assertThat(page.path("recorded").asLong()).isEqualTo(7);
            assertThat(smallApi.rawControl("GET", "/__sim/journal/4", null).statusCode()).as("evicted").isEqualTo(404);
            assertThat(counts.path("total").asLong()).isEqualTo(7);
            JsonNode create = counts.path("operations").path(0);
            assertThat(create.path("operation").asText()).isEqualTo("events/create");
            assertThat(create.path("total").asLong()).isEqualTo(7);
            assertThat(create.path("byStatus").path("200").asLong()).isEqualTo(5);
            assertThat(create.path("byStatus").path("400").asLong()).isEqualTo(2);
        }
    }

    @Test
    void a_journal_of_size_0_keeps_only_counts() {
        try (EventsSimulator counting = EventsSimulator.start(SimulatorOptions.defaults().withJournalSize(0))) {
            Api countingApi = new Api(counting.baseUrl(), counting.adminKs());
            countingApi.post("events/list", Map.of());

            assertThat(countingApi.rawControl("GET", "/__sim/journal", null).json().path("entries")).isEmpty();
            assertThat(countingApi.rawControl("GET", "/__sim/journal/1", null).statusCode()).isEqualTo(404);
            assertThat(countingApi.rawControl("GET", "/__sim/journal/counts", null).json().path("total").asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void counts_are_per_operation_and_http_status() {
        createEvent("a");
        api.post("events/list", Map.of());
        api.post("events/list", Map.of());
        api.post("events/delete", Map.of("id", 1));

        ApiResponse answer = api.rawControl("GET", "/__sim/journal/counts", null);

        OpenApiCheck.assertValid("GET", "/__sim/journal/counts", answer);
        JsonNode operations = answer.json().path("operations");
        assertThat(operations).extracting(o -> o.path("operation").asText())
                .as("sorted by name").containsExactly("events/create", "events/delete", "events/list");
        assertThat(operations.path(1).path("byStatus").path("404").asLong()).isEqualTo(1);
        assertThat(operations.path(2).path("byStatus").path("200").asLong()).isEqualTo(2);
        assertThat(answer.json().path("total").asLong()).isEqualTo(4);
    }

    @Test
    void clearing_empties_entries_and_counts_and_ids_go_on() {
        createEvent("a");
        createEvent("b");

        ApiResponse cleared = api.rawControl("DELETE", "/__sim/journal", null);

        assertThat(cleared.json().path("cleared").asInt()).isEqualTo(2);
        OpenApiCheck.assertValid("DELETE", "/__sim/journal", cleared);
        assertThat(entries("")).isEmpty();
        assertThat(api.rawControl("GET", "/__sim/journal/counts", null).json().path("total").asLong()).isZero();
        createEvent("c");
        assertThat(last().path("id").asLong()).as("an id is never reused before a reset").isEqualTo(3);
    }

    @Test
    void a_full_reset_clears_entries_and_counts_and_ids_start_over() {
        createEvent("a");
        createEvent("b");

        api.control().reset();

        assertThat(entries("")).isEmpty();
        assertThat(api.rawControl("GET", "/__sim/journal/counts", null).json().path("operations")).isEmpty();
        createEvent("c");
        assertThat(last().path("id").asLong()).isEqualTo(1);
    }
}
