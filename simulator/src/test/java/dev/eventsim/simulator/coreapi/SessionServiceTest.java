package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.control.Durations;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The core API's session service over HTTP (start, get, end, startWidgetSession) and what the
 * privileges of a KS do, in the core API and in the Events API (/api/v1) alike.
 */
class SessionServiceTest extends ApiTest {
    private static final long PARTNER = SimulatorOptions.DEFAULT_PARTNER_ID;
    private static final String SECRET = SimulatorOptions.DEFAULT_ADMIN_SECRET;
    private static final long OTHER_PARTNER = 3003;
    private static final String OTHER_SECRET = "secret-3003";
    private static final int USER = 0;
    private static final int ADMIN = 2;

    // ---- session.start and session.get

    @Test
    void session_start_answers_a_ks_that_session_get_reads_back() {
        String ks = start(PARTNER, SECRET, ADMIN, "ada@example.test", null);

        JsonNode info = sessionGet(ks, null).json();

        assertThat(info.path("objectType").asText()).isEqualTo("KalturaSessionInfo");
        assertThat(info.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(info.path("userId").asText()).isEqualTo("ada@example.test");
        assertThat(info.path("sessionType").asInt()).isEqualTo(ADMIN);
    }

    @Test
    void session_start_takes_its_parameters_as_a_json_body() {
        ApiResponse started = postJson("/api_v3/service/session/action/start", Map.of("partnerId", PARTNER,
                "secret", SECRET, "userId", "json-user", "type", ADMIN, "expiry", 600, "format", 1));

        assertThat(started.json().isTextual()).as(started.rawBody()).isTrue();
        JsonNode info = sessionGet(started.json().textValue(), null).json();
        assertThat(info.path("userId").asText()).isEqualTo("json-user");
        assertThat(info.path("sessionType").asInt()).isEqualTo(ADMIN);
    }

    @Test
    void session_get_reports_partner_user_type_expiry_and_privileges_but_not_the_ks() {
        api.control().freezeClockAt(Instant.parse("2031-06-01T12:00:00Z"));
        String ks = start(PARTNER, SECRET, ADMIN, "ada", "privacycontext:x,disableentitlement", "3600");

        JsonNode info = sessionGet(ks, null).json();

        assertThat(info.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(info.path("userId").asText()).isEqualTo("ada");
        assertThat(info.path("sessionType").asInt()).isEqualTo(ADMIN);
        assertThat(info.path("expiry").asLong()).as("an absolute time in unix seconds")
                .isEqualTo(Instant.parse("2031-06-01T13:00:00Z").getEpochSecond());
        assertThat(info.path("privileges").asText()).isEqualTo("privacycontext:x,disableentitlement");
        assertThat(info.has("ks")).as("session.get leaves the KS out: %s", info).isFalse();
    }

    @Test
    void session_get_with_a_user_ks_is_service_forbidden() {
        String userKs = start(PARTNER, SECRET, USER, "someone", null);

        ApiResponse refused = sessionGet(userKs, null);

        assertError(refused, "SERVICE_FORBIDDEN", "The access to service [session->get] is forbidden");
        assertThat(refused.json().path("args").path("SERVICE").asText()).isEqualTo("session->get");
    }

    @Test
    void session_get_reads_the_ks_given_in_its_session_parameter() {
        String admin = start(PARTNER, SECRET, ADMIN, "admin", null);
        String userKs = start(PARTNER, SECRET, USER, "viewer", "sview:*");

        JsonNode info = sessionGet(admin, userKs).json();

        assertThat(info.path("userId").asText()).isEqualTo("viewer");
        assertThat(info.path("sessionType").asInt()).isEqualTo(USER);
        assertThat(info.path("privileges").asText()).isEqualTo("sview:*");
    }

    @Test
    void session_get_does_not_check_the_expiry_of_the_ks_in_its_session_parameter() {
        String admin = start(PARTNER, SECRET, ADMIN, "admin", null, "864000");
        String shortLived = start(PARTNER, SECRET, ADMIN, "brief", null, "60");
        advanceClock("2m");

        JsonNode info = sessionGet(admin, shortLived).json();

        assertThat(info.path("objectType").asText()).as(info.toString()).isEqualTo("KalturaSessionInfo");
        assertThat(info.path("userId").asText()).isEqualTo("brief");
    }

    @Test
    void session_start_with_session_type_1_is_an_invalid_enum_value() {
        ApiResponse refused = api.postForm("/api_v3/service/session/action/start", form("partnerId",
                String.valueOf(PARTNER), "secret", SECRET, "type", "1", "format", "1"));

        assertThat(refused.json().path("code").asText()).as(refused.rawBody()).isEqualTo("INVALID_ENUM_VALUE");
        assertThat(refused.json().path("args").path("PARAM_NAME").asText()).isEqualTo("type");
        assertThat(refused.json().path("args").path("ENUM_TYPE").asText()).isEqualTo("KalturaSessionType");
    }

    @Test
    void session_start_caps_the_expiry_at_the_partners_maximum_of_a_day() {
        // ks_max_expiry_in_seconds defaults to 86400; a longer expiry asked for is cut to it
        api.control().freezeClockAt(Instant.parse("2031-06-01T12:00:00Z"));
        String ks = start(PARTNER, SECRET, ADMIN, "ada", null, String.valueOf(Duration.ofDays(30).toSeconds()));

        JsonNode info = sessionGet(ks, null).json();

        assertThat(info.path("expiry").asLong()).as("now + 86400, not now + 30 days")
                .isEqualTo(Instant.parse("2031-06-02T12:00:00Z").getEpochSecond());
    }

    // ---- session.end

    @Test
    void after_session_end_the_ks_is_refused_by_the_core_api_and_the_events_api() {
        String ended = start(PARTNER, SECRET, ADMIN, "leaving", null);
        String other = start(PARTNER, SECRET, ADMIN, "staying", null);

        ApiResponse end = core("session", "end", form("ks", ended));

        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.json().isNull()).as("a void action answers null: %s", end.rawBody()).isTrue();
        ApiResponse refused = baseEntryList(ended);
        assertError(refused, "INVALID_KS", "Invalid KS \"LOGOUT\", Error \"-1,INVALID_STR\"");
        assertThat(refused.json().path("args")).isEqualTo(ksArgs("LOGOUT"));
        ApiResponse v1 = api.withKs(ended).post("events/list", Map.of());
        assertThat(v1.statusCode()).isEqualTo(401);
        assertThat(v1.status()).isEqualTo("NEW_LOGIN_REQUIRED");
        assertThat(baseEntryList(other).json().path("objectType").asText()).as("another KS of the same partner")
                .isEqualTo("KalturaBaseEntryListResponse");
        assertThat(api.withKs(other).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void ending_an_ended_ks_again_is_invalid_ks_logout() {
        String ks = start(PARTNER, SECRET, ADMIN, "twice", null);
        core("session", "end", form("ks", ks));

        ApiResponse again = core("session", "end", form("ks", ks));

        assertError(again, "INVALID_KS", "Invalid KS \"LOGOUT\", Error \"-1,INVALID_STR\"");
    }

    @Test
    void session_end_without_a_ks_does_nothing_and_answers_null() {
        // session.end is @ksOptional: without a KS there is nothing to end
        ApiResponse end = core("session", "end", form());

        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.json()).as("a JSON answer: %s", end.rawBody()).isNotNull();
        assertThat(end.json().isNull()).as(end.rawBody()).isTrue();
    }

    @Test
    void ending_a_ks_with_a_sessionid_ends_every_ks_with_that_sessionid_and_no_other() {
        String ended = start(PARTNER, SECRET, ADMIN, "a", "sessionid:abc");
        String sameGroup = start(PARTNER, SECRET, ADMIN, "b", "sessionid:abc,privacycontext:y");
        String otherGroup = start(PARTNER, SECRET, ADMIN, "c", "sessionid:abd");
        String noGroup = start(PARTNER, SECRET, ADMIN, "d", null);

        core("session", "end", form("ks", ended));

        assertError(baseEntryList(sameGroup), "INVALID_KS", "Invalid KS \"LOGOUT\", Error \"-1,INVALID_STR\"");
        assertThat(api.withKs(sameGroup).post("events/list", Map.of()).statusCode()).isEqualTo(401);
        assertThat(baseEntryList(otherGroup).json().path("objectType").asText()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(baseEntryList(noGroup).json().path("objectType").asText()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(api.withKs(otherGroup).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_ks_started_after_its_sessionid_was_ended_is_refused_too() {
        String ended = start(PARTNER, SECRET, ADMIN, "a", "sessionid:late");
        core("session", "end", form("ks", ended));

        String later = start(PARTNER, SECRET, ADMIN, "b", "sessionid:late");

        assertThat(baseEntryList(later).json().path("code").asText())
                .as("the session id stays ended, whichever KS carries it").isEqualTo("INVALID_KS");
    }

    // ---- session.startWidgetSession

    @Test
    void a_widget_session_of_the_partners_default_widget_is_an_anonymous_user_ks() {
        ApiResponse widget = core("session", "startWidgetSession", form("widgetId", "_" + PARTNER));

        JsonNode answer = widget.json();
        assertThat(answer.path("objectType").asText()).as(widget.rawBody()).isEqualTo("KalturaStartWidgetSessionResponse");
        assertThat(answer.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(answer.path("userId").asText()).isEqualTo("0");
        JsonNode info = sessionGet(start(PARTNER, SECRET, ADMIN, "admin", null), answer.path("ks").asText()).json();
        assertThat(info.path("sessionType").asInt()).isEqualTo(USER);
        assertThat(info.path("userId").asText()).isEqualTo("0");
        assertThat(info.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(info.path("privileges").asText()).isEqualTo("view:*,widget:1");
    }

    @Test
    void a_widget_ks_reads_entries_but_the_events_api_refuses_it() {
        String widgetKs = widgetKs();

        ApiResponse listed = baseEntryList(widgetKs);
        ApiResponse v1 = api.withKs(widgetKs).post("events/list", Map.of());

        assertThat(listed.json().path("objectType").asText()).as(listed.rawBody()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(v1.statusCode()).as("a USER KS: %s", v1.rawBody()).isEqualTo(403);
    }

    @Test
    void an_unknown_widget_is_invalid_widget_id() {
        ApiResponse refused = core("session", "startWidgetSession", form("widgetId", "_99999999"));

        assertError(refused, "INVALID_WIDGET_ID", "Unknown widget [_99999999]");
        assertThat(refused.json().path("args").path("WIDGET_ID").asText()).isEqualTo("_99999999");
    }

    @Test
    void ending_a_widget_session_has_no_effect() {
        String widgetKs = widgetKs();

        ApiResponse end = core("session", "end", form("ks", widgetKs));

        assertThat(end.json().isNull()).as(end.rawBody()).isTrue();
        assertThat(baseEntryList(widgetKs).json().path("objectType").asText())
                .as("the core API never checks a widget KS against its ended sessions")
                .isEqualTo("KalturaBaseEntryListResponse");
        assertThat(core("session", "end", form("ks", widgetKs)).json().isNull()).as("and may end it again").isTrue();
    }

    // ---- privileges

    @Test
    void an_actionslimit_of_3_serves_exactly_3_calls_across_both_apis() {
        String ks = start(PARTNER, SECRET, ADMIN, "limited", "actionslimit:3");

        ApiResponse first = baseEntryList(ks);
        ApiResponse second = api.withKs(ks).post("events/list", Map.of());
        ApiResponse third = core("category", "list", form("ks", ks));
        ApiResponse fourth = baseEntryList(ks);
        ApiResponse fifth = api.withKs(ks).post("events/list", Map.of());

        assertThat(first.json().path("objectType").asText()).as(first.rawBody()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(second.statusCode()).as(second.rawBody()).isEqualTo(200);
        assertThat(third.json().path("objectType").asText()).as(third.rawBody()).isEqualTo("KalturaCategoryListResponse");
        assertError(fourth, "INVALID_KS", "Invalid KS \"EXCEEDED_ACTIONS_LIMIT\", Error \"-1,INVALID_STR\"");
        assertThat(fourth.json().path("args")).isEqualTo(ksArgs("EXCEEDED_ACTIONS_LIMIT"));
        assertThat(fifth.statusCode()).isEqualTo(401);
        assertThat(fifth.status()).isEqualTo("NEW_LOGIN_REQUIRED");
    }

    @Test
    void a_call_refused_for_a_missing_parameter_still_uses_one_of_the_actionslimit() {
        // The core API reads the arguments before it counts a use; the simulator checks the whole KS
        // first, so the refused call has spent the one use (docs/core-api.md, "How a call is read").
        String ks = start(PARTNER, SECRET, ADMIN, "limited", "actionslimit:1");

        ApiResponse missing = core("category", "delete", form("ks", ks));
        ApiResponse listed = baseEntryList(ks);

        assertThat(missing.json().path("code").asText()).as(missing.rawBody()).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(listed.json().path("args").path("KSID").asText()).as(listed.rawBody())
                .isEqualTo("EXCEEDED_ACTIONS_LIMIT");
    }

    @Test
    void an_actionslimit_of_0_is_invalid_actions_limit() {
        String ks = start(PARTNER, SECRET, ADMIN, "limited", "actionslimit:0");

        ApiResponse refused = baseEntryList(ks);

        assertError(refused, "INVALID_ACTIONS_LIMIT", "Invalid actions limit");
        assertThat(refused.json().path("args").isArray()).as("no args: []").isTrue();
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void setrole_playback_base_role_reads_entries_but_manages_nothing() {
        createEvent(api);
        String ks = start(PARTNER, SECRET, ADMIN, "player", "setrole:PLAYBACK_BASE_ROLE");

        ApiResponse categories = core("category", "list", form("ks", ks));
        ApiResponse v1 = api.withKs(ks).post("events/list", Map.of());
        ApiResponse entries = baseEntryList(ks);

        assertError(categories, "SERVICE_FORBIDDEN", "The access to service [category->list] is forbidden");
        assertThat(v1.statusCode()).as(v1.rawBody()).isEqualTo(403);
        assertThat(entries.json().path("objectType").asText()).as(entries.rawBody())
                .isEqualTo("KalturaBaseEntryListResponse");
        assertThat(entries.json().path("totalCount").asInt()).as("still an ADMIN KS for reading").isPositive();
    }

    @Test
    void privacycontext_is_carried_in_the_ks_and_reported_by_session_get() {
        String ks = start(PARTNER, SECRET, ADMIN, "ctx", "privacycontext:x");

        JsonNode info = sessionGet(ks, null).json();

        assertThat(info.path("privileges").asText()).isEqualTo("privacycontext:x");
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void an_expired_ks_is_invalid_ks_expired() {
        String ks = start(PARTNER, SECRET, ADMIN, "brief", null, "60");
        assertThat(baseEntryList(ks).json().path("objectType").asText()).isEqualTo("KalturaBaseEntryListResponse");

        advanceClock("61s");

        ApiResponse refused = baseEntryList(ks);
        assertError(refused, "INVALID_KS", "Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\"");
        assertThat(refused.json().path("args")).isEqualTo(ksArgs("EXPIRED"));
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void a_ks_of_another_partner_sees_only_that_partners_data() {
        api.control().registerPartner(OTHER_PARTNER, OTHER_SECRET);
        String mine = start(PARTNER, SECRET, ADMIN, "admin", null);
        String theirs = start(OTHER_PARTNER, OTHER_SECRET, ADMIN, "admin", null);
        createEvent(api.withKs(mine));
        createEvent(api.withKs(theirs));
        createEvent(api.withKs(theirs));

        JsonNode myCategories = core("category", "list", form("ks", mine)).json();
        JsonNode theirCategories = core("category", "list", form("ks", theirs)).json();
        JsonNode myEntries = baseEntryList(mine).json();
        JsonNode theirEntries = baseEntryList(theirs).json();

        assertThat(myCategories.path("totalCount").asInt()).isEqualTo(3);
        assertThat(theirCategories.path("totalCount").asInt()).isEqualTo(6);
        assertThat(partnerIds(theirCategories)).containsOnly(OTHER_PARTNER);
        assertThat(partnerIds(myEntries)).isNotEmpty().containsOnly(PARTNER);
        assertThat(partnerIds(theirEntries)).isNotEmpty().containsOnly(OTHER_PARTNER);
        assertThat(theirEntries.path("totalCount").asInt()).isEqualTo(2 * myEntries.path("totalCount").asInt());
        long myCategory = myCategories.path("objects").path(0).path("id").asLong();
        ApiResponse reached = core("category", "get", form("ks", theirs, "id", String.valueOf(myCategory)));
        assertThat(reached.json().path("code").asText()).as("another partner's category does not exist for it")
                .isEqualTo("CATEGORY_NOT_FOUND");
        assertThat(sessionGet(theirs, null).json().path("partnerId").asLong()).isEqualTo(OTHER_PARTNER);
    }

    // ---- helpers

    private String start(long partnerId, String secret, int type, String userId, String privileges) {
        return start(partnerId, secret, type, userId, privileges, null);
    }

    private String start(long partnerId, String secret, int type, String userId, String privileges, String expiry) {
        Map<String, String> fields = form("partnerId", String.valueOf(partnerId), "secret", secret,
                "type", String.valueOf(type), "userId", userId);
        if (privileges != null) {
            fields.put("privileges", privileges);
        }
        if (expiry != null) {
            fields.put("expiry", expiry);
        }
        ApiResponse started = core("session", "start", fields);
        assertThat(started.json().isTextual()).as("session.start answers a KS: %s", started.rawBody()).isTrue();
        return started.json().textValue();
    }

    private String widgetKs() {
        ApiResponse widget = core("session", "startWidgetSession", form("widgetId", "_" + PARTNER));
        assertThat(widget.json().path("ks").isTextual()).as(widget.rawBody()).isTrue();
        return widget.json().path("ks").asText();
    }

    private ApiResponse sessionGet(String ks, String session) {
        Map<String, String> fields = form("ks", ks);
        if (session != null) {
            fields.put("session", session);
        }
        return core("session", "get", fields);
    }

    private ApiResponse baseEntryList(String ks) {
        return core("baseEntry", "list", form("ks", ks));
    }

    /** A core API action with form fields and format=1. */
    private ApiResponse core(String service, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("format", "1");
        return api.postForm("/api_v3/service/" + service + "/action/" + action, form);
    }

    private static void createEvent(Api as) {
        ApiResponse created = as.post("events/create", Events.anEvent().withTemplate("tm4000").body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
    }

    private void advanceClock(String duration) {
        api.control().advanceClock(Durations.parse("duration", duration));
    }

    private static List<Long> partnerIds(JsonNode list) {
        List<Long> ids = new java.util.ArrayList<>();
        list.path("objects").forEach(o -> ids.add(o.path("partnerId").asLong()));
        return ids;
    }

    private static JsonNode ksArgs(String reason) {
        return Api.JSON.createObjectNode().put("KSID", reason).put("ERR_CODE", "-1").put("ERR_DESC", "INVALID_STR");
    }

    private static void assertError(ApiResponse answer, String code, String message) {
        assertThat(answer.statusCode()).as(answer.rawBody()).isEqualTo(200);
        assertThat(answer.json()).as("a JSON answer: %s", answer.rawBody()).isNotNull();
        assertThat(answer.json().path("objectType").asText()).as(answer.rawBody()).isEqualTo("KalturaAPIException");
        assertThat(answer.json().path("code").asText()).as(answer.rawBody()).isEqualTo(code);
        assertThat(answer.json().path("message").asText()).isEqualTo(message);
    }

    private ApiResponse postJson(String path, Object body) {
        try {
            return api.send(api.request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
