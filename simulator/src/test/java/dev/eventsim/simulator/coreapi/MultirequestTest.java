package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core API's multirequest over HTTP: several actions in one call, as flat {@code N:field}
 * fields or one JSON object per number, with references from one request to an earlier result.
 */
class MultirequestTest extends ApiTest {
    private static final String PATH = "/api_v3/service/multirequest";
    private static final long PARTNER = SimulatorOptions.DEFAULT_PARTNER_ID;
    private static final String SECRET = SimulatorOptions.DEFAULT_ADMIN_SECRET;

    private String ks;

    @BeforeEach
    void adminKs() {
        ks = start("admin", "");
    }

    // ---- requests and results

    @Test
    void flat_fields_run_each_request_and_answer_the_results_in_order() {
        createEvent();

        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "category", "2:action", "list",
                "3:service", "baseEntry", "3:action", "list", "3:pager:pageSize", "1"));

        assertThat(multi.statusCode()).isEqualTo(200);
        assertThat(multi.json().isArray()).as(multi.rawBody()).isTrue();
        assertThat(objectTypes(multi.json())).containsExactly("KalturaSessionInfo", "KalturaCategoryListResponse",
                "KalturaBaseEntryListResponse");
        assertThat(multi.json().path(1).path("totalCount").asInt()).isEqualTo(3);
        assertThat(multi.json().path(2).path("objects")).as("request 3's own pager").hasSize(1);
    }

    @Test
    void json_requests_under_zero_based_keys_run_in_order() {
        createEvent();

        ApiResponse multi = postJson(Map.of("ks", ks, "format", 1,
                "0", Map.of("service", "category", "action", "list",
                        "filter", Map.of("objectType", "KalturaCategoryFilter", "parentIdEqual", 0)),
                "1", Map.of("service", "session", "action", "get"),
                "2", Map.of("service", "baseEntry", "action", "list")));

        assertThat(objectTypes(multi.json())).as(multi.rawBody()).containsExactly("KalturaCategoryListResponse",
                "KalturaSessionInfo", "KalturaBaseEntryListResponse");
    }

    @Test
    void a_failed_request_leaves_an_error_in_its_place_and_the_others_run() {
        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "category", "2:action", "get", "2:id", "424242",
                "3:service", "nope", "3:action", "list",
                "4:service", "session", "4:action", "get"));

        JsonNode results = multi.json();
        assertThat(multi.statusCode()).isEqualTo(200);
        assertThat(results).as(multi.rawBody()).hasSize(4);
        assertThat(results.path(0).path("objectType").asText()).isEqualTo("KalturaSessionInfo");
        assertThat(results.path(1).path("objectType").asText()).isEqualTo("KalturaAPIException");
        assertThat(results.path(1).path("code").asText()).isEqualTo("CATEGORY_NOT_FOUND");
        assertThat(results.path(1).path("message").asText()).isEqualTo("Category id \"424242\" not found");
        assertThat(results.path(2).path("code").asText()).isEqualTo("SERVICE_DOES_NOT_EXISTS");
        assertThat(results.path(3).path("objectType").asText()).as("the requests after a failure still run")
                .isEqualTo("KalturaSessionInfo");
    }

    @Test
    void the_top_level_ks_serves_every_request_and_a_requests_own_ks_wins() {
        String other = start("other", "");

        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "session", "2:action", "get", "2:ks", other,
                "3:service", "session", "3:action", "get"));

        assertThat(userIds(multi.json())).as(multi.rawBody()).containsExactly("admin", "other", "admin");
    }

    @Test
    void a_request_without_any_ks_is_refused_like_a_single_call() {
        ApiResponse multi = api.postForm(PATH, form("format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "session", "2:action", "get", "2:ks", ks));

        assertThat(multi.json().path(0).path("code").asText()).as(multi.rawBody()).isEqualTo("SERVICE_FORBIDDEN");
        assertThat(multi.json().path(1).path("userId").asText()).isEqualTo("admin");
    }

    @Test
    void a_sub_requests_own_format_is_ignored_and_the_top_level_format_applies() {
        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get", "1:format", "2"));

        assertThat(multi.header("Content-Type")).startsWith("application/json");
        assertThat(multi.json().path(0).path("objectType").asText()).as(multi.rawBody()).isEqualTo("KalturaSessionInfo");
    }

    @Test
    void a_gap_in_the_numbering_ends_the_requests() {
        // The core API runs from the first index up and stops at the first index without service or action.
        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "session", "2:action", "get",
                "4:service", "session", "4:action", "get"));

        assertThat(multi.json()).as("request 4 does not run: %s", multi.rawBody()).hasSize(2);
    }

    // ---- references

    @Test
    void a_reference_to_a_whole_result_passes_it_on() {
        ApiResponse multi = api.postForm(PATH, form("format", "1",
                "1:service", "session", "1:action", "start", "1:partnerId", String.valueOf(PARTNER),
                "1:secret", SECRET, "1:type", "2", "1:userId", "minted",
                "2:service", "session", "2:action", "get", "2:ks", "{1:result}"));

        assertThat(multi.json().path(0).isTextual()).as(multi.rawBody()).isTrue();
        assertThat(multi.json().path(1).path("userId").asText()).as("request 2 ran with the KS request 1 made")
                .isEqualTo("minted");
    }

    @Test
    void a_reference_to_a_field_of_a_result_passes_that_field() {
        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "startWidgetSession", "1:widgetId", "_" + PARTNER,
                "2:service", "session", "2:action", "get", "2:session", "{1:result:ks}",
                "3:service", "appToken", "3:action", "add", "3:appToken:objectType", "KalturaAppToken",
                "3:appToken:description", "made in a multirequest",
                "4:service", "appToken", "4:action", "get", "4:id", "{3:result:id}"));

        JsonNode results = multi.json();
        assertThat(results.path(1).path("privileges").asText()).as(multi.rawBody()).isEqualTo("view:*,widget:1");
        assertThat(results.path(2).path("objectType").asText()).isEqualTo("KalturaAppToken");
        assertThat(results.path(3).path("id").asText()).isNotEmpty().isEqualTo(results.path(2).path("id").asText());
        assertThat(results.path(3).path("description").asText()).isEqualTo("made in a multirequest");
    }

    @Test
    void a_reference_into_a_list_takes_an_item_by_its_index() {
        long eventId = createEvent();

        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "category", "2:action", "list", "2:filter:fullNameStartsWith", eventId + "EP",
                "3:service", "category", "3:action", "get", "3:id", "{2:result:objects:0:id}"));

        JsonNode results = multi.json();
        assertThat(results.path(2).path("objectType").asText()).as(multi.rawBody()).isEqualTo("KalturaCategory");
        assertThat(results.path(2).path("id").asLong()).isEqualTo(results.path(1).path("objects").path(0).path("id").asLong());
    }

    @Test
    void references_count_requests_from_1_in_the_order_they_run_whatever_their_keys() {
        ApiResponse multi = postJson(Map.of("format", 1,
                "0", Map.of("service", "session", "action", "start", "partnerId", PARTNER, "secret", SECRET,
                        "type", 2, "userId", "first"),
                "1", Map.of("service", "session", "action", "get", "ks", "{1:result}")));

        assertThat(multi.json().path(1).path("userId").asText()).as("{1:result} is the request under key 0: %s",
                multi.rawBody()).isEqualTo("first");
    }

    @Test
    void a_reference_embedded_in_a_longer_value_is_replaced_inside_it() {
        long eventId = createEvent();

        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "category", "1:action", "list", "1:filter:fullNameStartsWith", eventId + "EP",
                "1:filter:parentIdEqual", "0",
                "2:service", "category", "2:action", "list",
                "2:filter:fullNameEqual", "{1:result:objects:0:fullName}>ep_agenda_" + eventId));

        JsonNode second = multi.json().path(1);
        assertThat(second.path("totalCount").asInt()).as(multi.rawBody()).isEqualTo(1);
        assertThat(second.path("objects").path(0).path("name").asText()).isEqualTo("ep_agenda_" + eventId);
    }

    @Test
    void a_reference_to_a_failed_request_becomes_an_empty_value() {
        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "startWidgetSession", "1:widgetId", "_99999999",
                "2:service", "session", "2:action", "get", "2:session", "{1:result:ks}"));

        JsonNode results = multi.json();
        assertThat(results.path(0).path("code").asText()).as(multi.rawBody()).isEqualTo("INVALID_WIDGET_ID");
        assertThat(results.path(1).path("objectType").asText()).as("an empty session: the caller's KS is read")
                .isEqualTo("KalturaSessionInfo");
        assertThat(results.path(1).path("userId").asText()).isEqualTo("admin");
    }

    @Test
    void a_reference_to_a_missing_field_becomes_an_empty_value() {
        ApiResponse multi = api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "session", "2:action", "get", "2:session", "{1:result:noSuchField}"));

        assertThat(multi.json().path(1).path("userId").asText()).as(multi.rawBody()).isEqualTo("admin");
    }

    // ---- format, KS uses and the journal

    @Test
    void in_xml_each_answer_is_an_item_of_the_result() {
        ApiResponse multi = api.postForm(PATH, form("ks", ks,
                "1:service", "session", "1:action", "get",
                "2:service", "category", "2:action", "get", "2:id", "424242"));

        assertThat(multi.header("Content-Type")).contains("xml");
        assertThat(multi.rawBody()).startsWith("<?xml")
                .contains("<xml><result><item><objectType>KalturaSessionInfo</objectType>")
                .contains("</item><item><error><code>CATEGORY_NOT_FOUND</code>")
                .contains("</error></item></result>");
    }

    @Test
    void an_actionslimit_ks_uses_one_action_for_the_whole_multirequest() {
        String limited = start("limited", "actionslimit:2");

        ApiResponse multi = api.postForm(PATH, form("ks", limited, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "baseEntry", "2:action", "list",
                "3:service", "category", "3:action", "list"));
        ApiResponse second = core("session", "get", limited);
        ApiResponse third = core("session", "get", limited);

        assertThat(objectTypes(multi.json())).as(multi.rawBody()).containsExactly("KalturaSessionInfo",
                "KalturaBaseEntryListResponse", "KalturaCategoryListResponse");
        assertThat(second.json().path("objectType").asText()).as("the second use: %s", second.rawBody())
                .isEqualTo("KalturaSessionInfo");
        assertThat(third.json().path("message").asText())
                .isEqualTo("Invalid KS \"EXCEEDED_ACTIONS_LIMIT\", Error \"-1,INVALID_STR\"");
    }

    @Test
    void a_session_end_inside_a_multirequest_does_not_refuse_its_later_requests() {
        String ending = start("ending", "");

        ApiResponse multi = api.postForm(PATH, form("ks", ending, "format", "1",
                "1:service", "session", "1:action", "end",
                "2:service", "session", "2:action", "get"));
        ApiResponse after = core("session", "get", ending);

        assertThat(multi.json().path(0).isNull()).as(multi.rawBody()).isTrue();
        assertThat(multi.json().path(1).path("userId").asText()).as("the KS was checked once, before the end")
                .isEqualTo("ending");
        assertThat(after.json().path("message").asText()).isEqualTo("Invalid KS \"LOGOUT\", Error \"-1,INVALID_STR\"");
    }

    @Test
    void the_journal_records_a_multirequest_as_one_call_named_multirequest() {
        api.postForm(PATH, form("ks", ks, "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "baseEntry", "2:action", "list"));

        List<JournalEntry> entries = api.control().journal(JournalQuery.newest()).entries();
        List<String> operations = entries.stream().map(JournalEntry::operation).toList();
        assertThat(operations).as("the session.start of the set-up, then the multirequest, newest first")
                .containsExactly("multirequest", "session.start");
        assertThat(entries.get(0).path()).isEqualTo(PATH);
        assertThat(entries.get(0).partnerId()).isEqualTo(PARTNER);
        assertThat(entries.get(0).httpStatus()).isEqualTo(200);
    }

    // ---- helpers

    private String start(String userId, String privileges) {
        ApiResponse started = api.postForm("/api_v3/service/session/action/start", form("partnerId",
                String.valueOf(PARTNER), "secret", SECRET, "type", "2", "userId", userId, "privileges", privileges,
                "format", "1"));
        assertThat(started.json().isTextual()).as(started.rawBody()).isTrue();
        return started.json().textValue();
    }

    private ApiResponse core(String service, String action, String withKs) {
        return api.postForm("/api_v3/service/" + service + "/action/" + action, form("ks", withKs, "format", "1"));
    }

    private long createEvent() {
        ApiResponse created = api.post("events/create", Events.anEvent().withTemplate("tm4000").body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        return created.json().path("event").path("id").asLong();
    }

    private ApiResponse postJson(Object body) {
        try {
            return api.send(api.request(PATH).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> objectTypes(JsonNode results) {
        List<String> types = new ArrayList<>();
        results.forEach(r -> types.add(r.path("objectType").asText()));
        return types;
    }

    private static List<String> userIds(JsonNode results) {
        List<String> users = new ArrayList<>();
        results.forEach(r -> users.add(r.path("userId").asText()));
        return users;
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
