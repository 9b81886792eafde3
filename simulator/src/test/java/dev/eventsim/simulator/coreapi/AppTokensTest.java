package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.admin.SnapshotView;
import dev.eventsim.simulator.control.Durations;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core API's appToken service over HTTP: add, get, list, update, delete with an ADMIN KS, and
 * startSession from a widget session's KS, with the KSes it issues used on both APIs.
 */
class AppTokensTest extends ApiTest {
    private static final long PARTNER = 1000001;
    private static final String ADMIN_SECRET = "local-admin-secret";
    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
    private static final String APP_TOKEN_ID = "0_[a-z0-9]{8}";

    private CoreApi core;

    @BeforeEach
    void adminCoreApiOnAFrozenClock() {
        api.control().freezeClockAt(NOW);
        core = new CoreApi(api, simulator.adminKs(PARTNER, "admin", Duration.ofDays(3650)));
    }

    // ---------------------------------------------------------------- add

    @Test
    void an_added_token_is_active_hashes_with_sha1_and_lasts_a_day_unless_told_otherwise() {
        ApiResponse added = core.call("appToken", "add", Map.of("appToken:description", "CI robot"));

        JsonNode token = result(added, "KalturaAppToken");
        assertThat(token.path("id").asText()).matches(APP_TOKEN_ID);
        assertThat(token.path("token").asText()).as("bin2hex of 16 random bytes").matches("[0-9a-f]{32}");
        assertThat(token.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(token.path("status").isInt()).isTrue();
        assertThat(token.path("status").asInt()).as("KalturaAppTokenStatus ACTIVE").isEqualTo(2);
        assertThat(token.path("hashType").asText()).isEqualTo("SHA1");
        assertThat(token.path("sessionDuration").asInt()).as("the partner's KS max expiry").isEqualTo(86_400);
        assertThat(token.path("description").asText()).isEqualTo("CI robot");
        assertThat(token.path("createdAt").asLong()).as("unix seconds").isEqualTo(NOW.getEpochSecond());
        assertThat(token.path("updatedAt").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(token.has("sessionType")).as("left out when not given: %s", token).isFalse();
        assertThat(token.has("expiry")).as("left out when not given: %s", token).isFalse();
        assertThat(token.has("sessionUserId")).isFalse();
        assertThat(token.has("sessionPrivileges")).isFalse();
    }

    @Test
    void two_tokens_get_different_ids_and_secrets() {
        JsonNode first = addToken(Map.of());
        JsonNode second = addToken(Map.of());

        assertThat(second.path("id").asText()).isNotEqualTo(first.path("id").asText());
        assertThat(second.path("token").asText()).isNotEqualTo(first.path("token").asText());
    }

    @Test
    void colon_and_bracket_form_fields_both_set_the_token_s_fields() {
        long expiry = NOW.plus(Duration.ofDays(30)).getEpochSecond();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("appToken[hashType]", "SHA256");
        form.put("appToken:sessionType", "2");
        form.put("appToken[sessionUserId]", "robot@example.test");
        form.put("appToken:sessionDuration", "3600");
        form.put("appToken:sessionPrivileges", "disableentitlement");
        form.put("appToken[expiry]", Long.toString(expiry));

        JsonNode token = result(core.call("appToken", "add", form), "KalturaAppToken");

        assertThat(token.path("hashType").asText()).isEqualTo("SHA256");
        assertThat(token.path("sessionType").asInt()).isEqualTo(2);
        assertThat(token.path("sessionUserId").asText()).isEqualTo("robot@example.test");
        assertThat(token.path("sessionDuration").asInt()).isEqualTo(3600);
        assertThat(token.path("sessionPrivileges").asText()).isEqualTo("disableentitlement");
        assertThat(token.path("expiry").asLong()).isEqualTo(expiry);
    }

    @Test
    void a_json_body_adds_a_token_as_the_client_libraries_send_it() {
        Map<String, Object> appToken = new LinkedHashMap<>();
        appToken.put("objectType", "KalturaAppToken");
        appToken.put("hashType", "SHA512");
        appToken.put("sessionType", 0);
        appToken.put("sessionUserId", "viewer");
        appToken.put("description", "from JSON");

        ApiResponse added = postJson("/api_v3/service/appToken/action/add",
                Map.of("ks", adminKs(), "format", 1, "appToken", appToken));

        JsonNode token = result(added, "KalturaAppToken");
        assertThat(token.path("id").asText()).matches(APP_TOKEN_ID);
        assertThat(token.path("hashType").asText()).isEqualTo("SHA512");
        assertThat(token.path("sessionType").asInt()).isZero();
        assertThat(token.path("sessionUserId").asText()).isEqualTo("viewer");
        assertThat(token.path("description").asText()).isEqualTo("from JSON");
        assertThat(get(token.path("id").asText()).path("description").asText()).as("stored").isEqualTo("from JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"token", "status", "id", "partnerId", "createdAt"})
    void a_read_only_field_sent_to_add_is_refused_and_nothing_is_added(String field) {
        ApiResponse added = core.call("appToken", "add", Map.of("appToken:" + field, "2",
                "appToken:description", "sneaky"));

        assertError(added, "PROPERTY_VALIDATION_NOT_UPDATABLE",
                "The property \"KalturaAppToken::" + field + "\" cannot be updated");
        assertThat(added.json().path("args").path("PROP_NAME").asText()).isEqualTo("KalturaAppToken::" + field);
        assertThat(list().path("totalCount").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sha1", "CRC", "Sha256"})
    void a_hash_type_that_is_not_one_of_the_enumeration_is_refused(String hashType) {
        ApiResponse added = core.call("appToken", "add", Map.of("appToken:hashType", hashType));

        assertThat(added.json().path("code").asText()).as(added.rawBody()).isEqualTo("INVALID_ENUM_VALUE");
        assertThat(added.json().path("args").path("ENUM_VAL").asText()).isEqualTo(hashType);
        assertThat(added.json().path("args").path("ENUM_TYPE").asText()).isEqualTo("KalturaAppTokenHashType");
        assertThat(list().path("totalCount").asInt()).isZero();
    }

    @Test
    void a_bad_hash_type_is_named_by_its_property_name_as_the_core_api_names_it() {
        ApiResponse added = core.call("appToken", "add", Map.of("appToken:hashType", "sha1"));

        assertError(added, "INVALID_ENUM_VALUE", "Invalid enumeration value \"sha1\" for parameter \"hashType\", "
                + "expecting enumeration type \"KalturaAppTokenHashType\"");
        assertThat(added.json().path("args").path("PARAM_NAME").asText())
                .as("KalturaObject::fromArray names an object's property, not its path").isEqualTo("hashType");
    }

    @Test
    void a_session_type_other_than_user_or_admin_is_refused() {
        ApiResponse added = core.call("appToken", "add", Map.of("appToken:sessionType", "1"));

        assertThat(added.json().path("code").asText()).as(added.rawBody()).isEqualTo("INVALID_ENUM_VALUE");
        assertThat(added.json().path("args").path("ENUM_TYPE").asText()).isEqualTo("KalturaSessionType");
    }

    @Test
    void add_without_a_token_object_is_a_missing_parameter() {
        ApiResponse added = core.call("appToken", "add", Map.of());

        assertError(added, "MISSING_MANDATORY_PARAMETER", "Missing parameter \"appToken\"");
    }

    // ---------------------------------------------------------------- get and list

    @Test
    void get_answers_the_token_as_add_did() {
        JsonNode added = addToken(Map.of("sessionUserId", "robot", "description", "nightly"));

        JsonNode got = get(added.path("id").asText());

        assertThat(got).isEqualTo(added);
    }

    @Test
    void get_of_an_unknown_id_is_app_token_id_not_found() {
        ApiResponse got = core.call("appToken", "get", Map.of("id", "0_nosuchid"));

        assertError(got, "APP_TOKEN_ID_NOT_FOUND", "Application token id \"0_nosuchid\" not found");
        assertThat(got.json().path("args").path("ID").asText()).isEqualTo("0_nosuchid");
    }

    @Test
    void list_answers_every_active_token_in_a_list_response() {
        List<String> ids = List.of(addToken(Map.of()).path("id").asText(), addToken(Map.of()).path("id").asText(),
                addToken(Map.of()).path("id").asText());

        JsonNode listed = list();

        assertThat(listed.path("objectType").asText()).isEqualTo("KalturaAppTokenListResponse");
        assertThat(listed.path("totalCount").asInt()).isEqualTo(3);
        assertThat(ids(listed)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(listed.path("objects")).allSatisfy(t ->
                assertThat(t.path("objectType").asText()).isEqualTo("KalturaAppToken"));
    }

    @Test
    void list_filters_by_id_and_by_a_list_of_ids() {
        String first = addToken(Map.of()).path("id").asText();
        String second = addToken(Map.of()).path("id").asText();
        String third = addToken(Map.of()).path("id").asText();

        assertThat(ids(list("filter:idEqual", second))).containsExactly(second);
        assertThat(ids(list("filter:idIn", first + "," + third))).containsExactlyInAnyOrder(first, third);
        assertThat(list("filter:idIn", first + "," + third).path("totalCount").asInt()).isEqualTo(2);
        assertThat(list("filter:idEqual", "0_nosuchid").path("totalCount").asInt()).isZero();
    }

    @Test
    void list_filters_by_status_and_only_a_deleted_status_shows_deleted_tokens() {
        String kept = addToken(Map.of()).path("id").asText();
        String deleted = addToken(Map.of()).path("id").asText();
        assertThat(core.call("appToken", "delete", Map.of("id", deleted)).json().isNull()).isTrue();

        assertThat(ids(list("filter:statusEqual", "2"))).containsExactly(kept);
        assertThat(ids(list("filter:statusEqual", "3"))).containsExactly(deleted);
        assertThat(list("filter:statusEqual", "3").path("objects").get(0).path("status").asInt()).isEqualTo(3);
        assertThat(ids(list("filter:statusIn", "2,3"))).containsExactlyInAnyOrder(kept, deleted);
        assertThat(ids(list("filter:statusIn", "1,2"))).containsExactly(kept);
        assertThat(list("filter:statusEqual", "1").path("totalCount").asInt()).as("no API disables a token").isZero();
    }

    @Test
    void list_filters_by_the_session_user() {
        String robot = addToken(Map.of("sessionUserId", "robot")).path("id").asText();
        addToken(Map.of("sessionUserId", "other"));
        addToken(Map.of());

        assertThat(ids(list("filter:sessionUserIdEqual", "robot"))).containsExactly(robot);
    }

    @Test
    void list_for_a_session_user_nobody_has_answers_a_count_of_zero_without_objects() {
        addToken(Map.of("sessionUserId", "robot"));

        JsonNode listed = list("filter:sessionUserIdEqual", "nobody");

        assertThat(listed.path("totalCount").asInt()).isZero();
        assertThat(listed.has("objects")).as("the core API returns before it sets objects when the user is unknown: %s",
                listed).isFalse();
    }

    @Test
    void list_filters_by_creation_and_update_time_ranges_inclusively() {
        String early = addToken(Map.of()).path("id").asText();
        advance("1h");
        String middle = addToken(Map.of()).path("id").asText();
        advance("1h");
        String late = addToken(Map.of()).path("id").asText();
        long middleAt = NOW.plus(Duration.ofHours(1)).getEpochSecond();

        assertThat(ids(list("filter:createdAtGreaterThanOrEqual", Long.toString(middleAt))))
                .containsExactlyInAnyOrder(middle, late);
        assertThat(ids(list("filter:createdAtLessThanOrEqual", Long.toString(middleAt))))
                .containsExactlyInAnyOrder(early, middle);
        assertThat(ids(list("filter:createdAtGreaterThanOrEqual", Long.toString(middleAt),
                "filter:createdAtLessThanOrEqual", Long.toString(middleAt)))).containsExactly(middle);
        assertThat(ids(list("filter:updatedAtLessThanOrEqual", Long.toString(NOW.getEpochSecond()))))
                .containsExactly(early);
    }

    @Test
    void list_pages_with_page_size_and_page_index_and_counts_every_match() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(addToken(Map.of()).path("id").asText());
        }

        JsonNode first = list("pager:pageSize", "2", "pager:pageIndex", "1");
        JsonNode second = list("pager:pageSize", "2", "pager:pageIndex", "2");
        JsonNode third = list("pager:pageSize", "2", "pager:pageIndex", "3");
        JsonNode beyond = list("pager:pageSize", "2", "pager:pageIndex", "4");

        assertThat(first.path("totalCount").asInt()).isEqualTo(5);
        assertThat(third.path("totalCount").asInt()).isEqualTo(5);
        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(2);
        assertThat(ids(third)).hasSize(1);
        assertThat(ids(beyond)).isEmpty();
        List<String> paged = new ArrayList<>(ids(first));
        paged.addAll(ids(second));
        paged.addAll(ids(third));
        assertThat(paged).as("the pages split the tokens without overlap").containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void list_orders_by_creation_time_either_way() {
        String early = addToken(Map.of()).path("id").asText();
        advance("1m");
        String middle = addToken(Map.of()).path("id").asText();
        advance("1m");
        String late = addToken(Map.of()).path("id").asText();

        assertThat(ids(list("filter:orderBy", "-createdAt"))).containsExactly(late, middle, early);
        assertThat(ids(list("filter:orderBy", "+createdAt"))).containsExactly(early, middle, late);
    }

    // ---------------------------------------------------------------- update

    @Test
    void update_changes_what_it_is_given_moves_updated_at_and_keeps_the_rest() {
        JsonNode added = addToken(Map.of("description", "before", "sessionUserId", "robot", "hashType", "MD5"));
        String id = added.path("id").asText();
        advance("5m");

        ApiResponse updated = core.call("appToken", "update", Map.of("id", id,
                "appToken:description", "after", "appToken:sessionDuration", "600",
                "appToken:sessionPrivileges", "list:*"));

        JsonNode token = result(updated, "KalturaAppToken");
        assertThat(token.path("description").asText()).isEqualTo("after");
        assertThat(token.path("sessionDuration").asInt()).isEqualTo(600);
        assertThat(token.path("sessionPrivileges").asText()).isEqualTo("list:*");
        assertThat(token.path("updatedAt").asLong()).isEqualTo(NOW.plus(Duration.ofMinutes(5)).getEpochSecond());
        assertThat(token.path("createdAt").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(token.path("token").asText()).as("the secret stays").isEqualTo(added.path("token").asText());
        assertThat(token.path("sessionUserId").asText()).isEqualTo("robot");
        assertThat(token.path("hashType").asText()).isEqualTo("MD5");
        assertThat(token.path("status").asInt()).isEqualTo(2);
        assertThat(get(id)).as("stored").isEqualTo(token);
    }

    @Test
    void update_refuses_the_status_as_no_api_sets_it() {
        String id = addToken(Map.of()).path("id").asText();

        ApiResponse updated = core.call("appToken", "update", Map.of("id", id, "appToken:status", "1"));

        assertError(updated, "PROPERTY_VALIDATION_NOT_UPDATABLE", "The property \"KalturaAppToken::status\" cannot be updated");
        assertThat(get(id).path("status").asInt()).isEqualTo(2);
    }

    @Test
    void update_of_an_unknown_id_is_app_token_id_not_found() {
        ApiResponse updated = core.call("appToken", "update", Map.of("id", "0_nosuchid", "appToken:description", "x"));

        assertError(updated, "APP_TOKEN_ID_NOT_FOUND", "Application token id \"0_nosuchid\" not found");
    }

    // ---------------------------------------------------------------- delete

    @Test
    void a_deleted_token_is_not_found_by_get_update_delete_or_start_session() {
        JsonNode token = addToken(Map.of());
        String id = token.path("id").asText();
        String widget = widgetKs();

        ApiResponse deleted = core.call("appToken", "delete", Map.of("id", id));

        assertThat(deleted.json()).as("a void action answers null: %s", deleted.rawBody()).isNotNull();
        assertThat(deleted.json().isNull()).as(deleted.rawBody()).isTrue();
        String notFound = "Application token id \"" + id + "\" not found";
        assertError(core.call("appToken", "get", Map.of("id", id)), "APP_TOKEN_ID_NOT_FOUND", notFound);
        assertError(core.call("appToken", "update", Map.of("id", id, "appToken:description", "x")),
                "APP_TOKEN_ID_NOT_FOUND", notFound);
        assertError(core.call("appToken", "delete", Map.of("id", id)), "APP_TOKEN_ID_NOT_FOUND", notFound);
        assertError(startSession(widget, id, tokenHash(token, widget)), "APP_TOKEN_ID_NOT_FOUND", notFound);
        assertThat(list().path("totalCount").asInt()).isZero();
    }

    // ---------------------------------------------------------------- startSession

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MD5, MD5, 32", "SHA1, SHA-1, 40", "SHA256, SHA-256, 64", "SHA512, SHA-512, 128"})
    void start_session_takes_the_hash_of_the_caller_s_ks_and_the_token(String hashType, String algorithm,
                                                                       int hexLength) {
        JsonNode token = addToken(Map.of("hashType", hashType));
        String id = token.path("id").asText();
        String widget = widgetKs();
        String tokenHash = hex(algorithm, widget + token.path("token").asText());
        assertThat(tokenHash).hasSize(hexLength);

        ApiResponse started = startSession(widget, id, tokenHash);

        JsonNode info = result(started, "KalturaSessionInfo");
        assertThat(info.path("ks").asText()).isNotBlank().isNotEqualTo(widget);
        assertThat(info.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(info.path("sessionType").asInt()).as("USER when neither token nor call says").isZero();
        assertThat(info.path("userId").asText()).isEmpty();
        assertThat(info.path("expiry").asLong()).as("absolute: now + the token's sessionDuration")
                .isEqualTo(NOW.getEpochSecond() + 86_400);
        assertThat(info.path("privileges").asText()).isEqualTo("sessionid:" + id + ",apptoken:" + id);
    }

    @Test
    void the_issued_ks_says_what_the_session_info_says() {
        JsonNode token = addToken(Map.of("sessionType", "2", "sessionUserId", "robot",
                "sessionPrivileges", "disableentitlement"));
        JsonNode info = result(startSession(token), "KalturaSessionInfo");

        JsonNode read = result(core.call("session", "get", Map.of("session", info.path("ks").asText())),
                "KalturaSessionInfo");

        assertThat(read.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(read.path("userId").asText()).isEqualTo("robot");
        assertThat(read.path("sessionType").asInt()).isEqualTo(2);
        assertThat(read.path("expiry").asLong()).isEqualTo(info.path("expiry").asLong());
        assertThat(read.path("privileges").asText()).isEqualTo(info.path("privileges").asText());
    }

    @Test
    void the_token_s_session_type_and_user_win_over_the_call_s() {
        JsonNode token = addToken(Map.of("sessionType", "2", "sessionUserId", "robot@example.test"));

        JsonNode info = result(startSession(token, "type", "0", "userId", "intruder"), "KalturaSessionInfo");

        assertThat(info.path("sessionType").asInt()).isEqualTo(2);
        assertThat(info.path("userId").asText()).isEqualTo("robot@example.test");
    }

    @Test
    void without_a_session_type_or_user_on_the_token_the_call_s_are_used() {
        JsonNode token = addToken(Map.of());

        JsonNode info = result(startSession(token, "type", "2", "userId", "caller"), "KalturaSessionInfo");

        assertThat(info.path("sessionType").asInt()).isEqualTo(2);
        assertThat(info.path("userId").asText()).isEqualTo("caller");
    }

    @Test
    void the_token_s_privileges_follow_the_session_id_and_app_token_privileges() {
        JsonNode token = addToken(Map.of("sessionPrivileges", "list:*,disableentitlement"));
        String id = token.path("id").asText();

        JsonNode info = result(startSession(token), "KalturaSessionInfo");

        assertThat(info.path("privileges").asText())
                .isEqualTo("sessionid:" + id + ",apptoken:" + id + ",list:*,disableentitlement");
    }

    @Test
    void the_call_s_session_privileges_are_added_unless_the_server_reserves_the_name() {
        JsonNode token = addToken(Map.of());
        String id = token.path("id").asText();

        JsonNode info = result(startSession(token, "sessionPrivileges", "myapp:42,sview:*"), "KalturaSessionInfo");

        assertThat(info.path("privileges").asText())
                .as("sview is a server privilege a caller cannot add; myapp is not")
                .startsWith("sessionid:" + id + ",apptoken:" + id)
                .contains("myapp:42")
                .doesNotContain("sview");
    }

    @Test
    void the_expiry_is_the_least_of_the_request_the_session_duration_and_the_token_s_own_expiry() {
        JsonNode hourLong = addToken(Map.of("sessionDuration", "3600"));
        JsonNode endingSoon = addToken(Map.of("sessionDuration", "3600",
                "expiry", Long.toString(NOW.getEpochSecond() + 600)));
        long now = NOW.getEpochSecond();

        assertThat(result(startSession(hourLong), "KalturaSessionInfo").path("expiry").asLong())
                .as("none requested: the session duration").isEqualTo(now + 3600);
        assertThat(result(startSession(hourLong, "expiry", "60"), "KalturaSessionInfo").path("expiry").asLong())
                .as("a shorter request").isEqualTo(now + 60);
        assertThat(result(startSession(hourLong, "expiry", "7200"), "KalturaSessionInfo").path("expiry").asLong())
                .as("a longer request is capped by the session duration").isEqualTo(now + 3600);
        assertThat(result(startSession(endingSoon), "KalturaSessionInfo").path("expiry").asLong())
                .as("no later than the token itself expires").isEqualTo(now + 600);
        assertThat(result(startSession(endingSoon, "expiry", "7200"), "KalturaSessionInfo").path("expiry").asLong())
                .isEqualTo(now + 600);
    }

    @Test
    void a_token_whose_expiry_has_passed_starts_no_session() {
        JsonNode token = addToken(Map.of("expiry", Long.toString(NOW.getEpochSecond() - 1)));
        String id = token.path("id").asText();

        assertError(startSession(token), "APP_TOKEN_EXPIRED", "Application token id \"" + id + "\" expired");
    }

    @Test
    void a_token_expires_when_the_clock_passes_its_expiry() {
        JsonNode token = addToken(Map.of("expiry", Long.toString(NOW.getEpochSecond() + 600)));
        String id = token.path("id").asText();
        result(startSession(token), "KalturaSessionInfo");

        advance("11m");

        ApiResponse late = startSession(token);
        assertError(late, "APP_TOKEN_EXPIRED", "Application token id \"" + id + "\" expired");
        assertThat(late.json().path("args").path("ID").asText()).isEqualTo(id);
    }

    @Test
    void a_wrong_hash_is_refused() {
        JsonNode token = addToken(Map.of("hashType", "SHA256"));
        String id = token.path("id").asText();
        String widget = widgetKs();
        String secret = token.path("token").asText();

        assertError(startSession(widget, id, hex("SHA-256", secret)), "INVALID_APP_TOKEN_HASH",
                "Invalid application token hash");
        assertError(startSession(widget, id, hex("SHA-1", widget + secret)), "INVALID_APP_TOKEN_HASH",
                "Invalid application token hash");
        assertError(startSession(widget, id, hex("SHA-256", widgetKsOf(PARTNER, 3600) + secret)),
                "INVALID_APP_TOKEN_HASH", "Invalid application token hash");
        ApiResponse wrong = startSession(widget, id, "00");
        assertError(wrong, "INVALID_APP_TOKEN_HASH", "Invalid application token hash");
        assertThat(wrong.json().path("args").isArray()).as("no arguments: PHP's empty array").isTrue();
        assertThat(wrong.json().path("args")).isEmpty();
    }

    @Test
    void the_hash_is_compared_exactly_so_upper_case_hex_is_refused() {
        JsonNode token = addToken(Map.of());
        String widget = widgetKs();
        String upper = tokenHash(token, widget).toUpperCase(Locale.ROOT);

        assertError(startSession(widget, token.path("id").asText(), upper), "INVALID_APP_TOKEN_HASH",
                "Invalid application token hash");
    }

    @Test
    void a_wrong_hash_is_reported_before_the_token_s_expiry() {
        JsonNode token = addToken(Map.of("expiry", Long.toString(NOW.getEpochSecond() - 1)));
        String widget = widgetKs();

        ApiResponse started = startSession(widget, token.path("id").asText(), hex("SHA-1", "not the token"));

        assertError(started, "INVALID_APP_TOKEN_HASH", "Invalid application token hash");
    }

    @Test
    void start_session_of_an_unknown_token_is_app_token_id_not_found() {
        ApiResponse started = startSession(widgetKs(), "0_nosuchid", hex("SHA-1", "x"));

        assertError(started, "APP_TOKEN_ID_NOT_FOUND", "Application token id \"0_nosuchid\" not found");
    }

    // ---------------------------------------------------------------- the issued KSes on both APIs

    @Test
    void an_admin_token_s_ks_works_on_the_events_api_as_a_session_start_ks_of_that_user_would() {
        JsonNode token = addToken(Map.of("sessionType", "2", "sessionUserId", "robot@example.test"));
        Api viaToken = api.withKs(result(startSession(token), "KalturaSessionInfo").path("ks").asText());
        Api viaSecret = api.withKs(sessionStart("robot@example.test", 2, null));

        ApiResponse created = viaToken.post("events/create", Events.anEvent().withName("Made by a robot").body());
        ApiResponse listedViaToken = viaToken.post("events/list", Map.of());
        ApiResponse listedViaSecret = viaSecret.post("events/list", Map.of());

        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        assertThat(listedViaToken.statusCode()).as(listedViaToken.rawBody()).isEqualTo(200);
        assertThat(listedViaToken.json().path("totalCount").asInt()).isEqualTo(1);
        assertThat(listedViaToken.json().path("events")).isEqualTo(listedViaSecret.json().path("events"));
    }

    @Test
    void a_user_token_s_ks_is_forbidden_on_the_events_api() {
        JsonNode token = addToken(Map.of("sessionType", "0", "sessionUserId", "viewer@example.test"));
        String ks = result(startSession(token), "KalturaSessionInfo").path("ks").asText();

        ApiResponse listed = api.withKs(ks).post("events/list", Map.of());

        assertThat(listed.statusCode()).as("a USER KS, as session.start's with type 0: %s", listed.rawBody())
                .isEqualTo(403);
        assertThat(api.withKs(sessionStart("viewer@example.test", 0, null)).post("events/list", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void deleting_the_token_ends_every_ks_it_issued_on_both_apis() {
        JsonNode token = addToken(Map.of("sessionType", "2", "sessionUserId", "robot"));
        JsonNode other = addToken(Map.of("sessionType", "2", "sessionUserId", "robot"));
        String first = result(startSession(token), "KalturaSessionInfo").path("ks").asText();
        String second = result(startSession(token, "expiry", "600"), "KalturaSessionInfo").path("ks").asText();
        String ofOther = result(startSession(other), "KalturaSessionInfo").path("ks").asText();
        assertThat(api.withKs(first).post("events/list", Map.of()).statusCode()).isEqualTo(200);
        assertThat(core.withKs(second).call("baseEntry", "list", Map.of()).json().path("objectType").asText())
                .isEqualTo("KalturaBaseEntryListResponse");

        core.call("appToken", "delete", Map.of("id", token.path("id").asText()));

        for (String ended : List.of(first, second)) {
            ApiResponse refused = core.withKs(ended).call("baseEntry", "list", Map.of());
            assertError(refused, "INVALID_KS", "Invalid KS \"LOGOUT\", Error \"-1,INVALID_STR\"");
            assertThat(refused.json().path("args").path("KSID").asText()).isEqualTo("LOGOUT");
            assertThat(api.withKs(ended).post("events/list", Map.of()).statusCode()).isEqualTo(401);
        }
        assertThat(api.withKs(ofOther).post("events/list", Map.of()).statusCode())
                .as("another token's KS is not of the deleted token's session id").isEqualTo(200);
    }

    @Test
    void ending_one_ks_a_token_issued_ends_every_ks_of_that_token() {
        JsonNode token = addToken(Map.of("sessionType", "2", "sessionUserId", "robot"));
        String first = result(startSession(token), "KalturaSessionInfo").path("ks").asText();
        String second = result(startSession(token, "expiry", "600"), "KalturaSessionInfo").path("ks").asText();

        assertThat(core.withKs(first).call("session", "end", Map.of()).json().isNull()).isTrue();

        assertThat(core.withKs(second).call("baseEntry", "list", Map.of()).json().path("args").path("KSID").asText())
                .as("they share sessionid:<token id>").isEqualTo("LOGOUT");
        assertThat(api.withKs(second).post("events/list", Map.of()).statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- who may

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"add", "get", "list", "update", "delete"})
    void managing_tokens_with_a_user_ks_is_forbidden(String action) {
        String id = addToken(Map.of()).path("id").asText();
        CoreApi asUser = core.withKs(sessionStart("viewer", 0, null));

        ApiResponse refused = asUser.call("appToken", action, Map.of("id", id, "appToken:description", "x"));

        assertError(refused, "SERVICE_FORBIDDEN", "The access to service [apptoken->" + action + "] is forbidden");
        assertThat(refused.json().path("args").path("SERVICE").asText()).isEqualTo("apptoken->" + action);
        assertThat(get(id).has("description")).as("nothing changed").isFalse();
    }

    @Test
    void a_forbidden_service_is_also_signalled_in_the_x_kaltura_header() {
        ApiResponse refused = core.withKs(sessionStart("viewer", 0, null)).call("appToken", "add",
                Map.of("appToken:description", "x"));

        assertThat(refused.json().path("code").asText()).isEqualTo("SERVICE_FORBIDDEN");
        assertThat(refused.header("X-Kaltura")).isEqualTo("error-SERVICE_FORBIDDEN");
    }

    @Test
    void a_user_ks_is_refused_before_its_arguments_are_read() {
        ApiResponse refused = core.withKs(sessionStart("viewer", 0, null)).call("appToken", "add",
                Map.of("appToken:hashType", "CRC"));

        // The core API reads the arguments first and would answer INVALID_ENUM_VALUE; the simulator
        // checks the whole KS before any argument (docs/core-api.md, "How a call is read").
        assertThat(refused.json().path("code").asText()).as(refused.rawBody()).isEqualTo("SERVICE_FORBIDDEN");
    }

    @Test
    void start_session_without_a_ks_issues_no_session() {
        JsonNode token = addToken(Map.of());

        ApiResponse started = core.withKs(null).call("appToken", "startSession", Map.of(
                "id", token.path("id").asText(), "tokenHash", hex("SHA-1", token.path("token").asText())));

        assertThat(started.json().path("objectType").asText())
                .as("a KS is what names the partner and what the hash is made of: %s", started.rawBody())
                .isEqualTo("KalturaAPIException");
    }

    // ---------------------------------------------------------------- partners and state

    @Test
    void another_partner_never_sees_this_partner_s_tokens_nor_starts_sessions_with_them() {
        JsonNode token = addToken(Map.of("sessionType", "2", "sessionUserId", "robot"));
        String id = token.path("id").asText();
        api.control().registerPartner(3003, "secret-3003");
        CoreApi other = core.withKs(simulator.adminKs(3003, "admin", Duration.ofDays(1)));
        String othersWidget = widgetKsOf(3003, 86_400);

        assertError(other.call("appToken", "get", Map.of("id", id)), "APP_TOKEN_ID_NOT_FOUND",
                "Application token id \"" + id + "\" not found");
        assertThat(other.call("appToken", "list", Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(other.call("appToken", "list", Map.of("filter:idEqual", id)).json().path("totalCount").asInt())
                .isZero();
        assertError(other.call("appToken", "update", Map.of("id", id, "appToken:description", "x")),
                "APP_TOKEN_ID_NOT_FOUND", "Application token id \"" + id + "\" not found");
        assertError(other.call("appToken", "delete", Map.of("id", id)), "APP_TOKEN_ID_NOT_FOUND",
                "Application token id \"" + id + "\" not found");
        assertError(startSession(othersWidget, id, tokenHash(token, othersWidget)), "APP_TOKEN_ID_NOT_FOUND",
                "Application token id \"" + id + "\" not found");
        assertThat(get(id).path("status").asInt()).as("untouched for its own partner").isEqualTo(2);
    }

    @Test
    void tokens_survive_a_snapshot_save_and_restore() {
        JsonNode token = addToken(Map.of("sessionType", "2", "sessionUserId", "robot", "description", "saved"));
        String id = token.path("id").asText();
        String name = "apptokens-" + System.nanoTime();
        api.control().saveSnapshot(name);
        try {
            core.call("appToken", "delete", Map.of("id", id));
            addToken(Map.of("description", "after the snapshot"));

            SnapshotView restored = api.control().restoreSnapshot(name);

            assertThat(restored.name()).isEqualTo(name);
            assertThat(get(id)).isEqualTo(token);
            assertThat(ids(list())).containsExactly(id);
            JsonNode info = result(startSession(token), "KalturaSessionInfo");
            assertThat(api.withKs(info.path("ks").asText()).post("events/list", Map.of()).statusCode()).isEqualTo(200);
        } finally {
            api.control().deleteSnapshot(name);
        }
    }

    @Test
    void tokens_are_gone_after_a_reset() {
        String id = addToken(Map.of()).path("id").asText();

        api.control().reset();

        assertError(core.call("appToken", "get", Map.of("id", id)), "APP_TOKEN_ID_NOT_FOUND",
                "Application token id \"" + id + "\" not found");
        assertThat(list().path("totalCount").asInt()).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private String adminKs() {
        return simulator.adminKs(PARTNER, "admin", Duration.ofDays(3650));
    }

    /** appToken.add with {@code appToken:<name>} form fields, as a client library sends them; the token it answered. */
    private JsonNode addToken(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("appToken:objectType", "KalturaAppToken");
        fields.forEach((name, value) -> form.put("appToken:" + name, value));
        return result(core.call("appToken", "add", form), "KalturaAppToken");
    }

    private JsonNode get(String id) {
        return result(core.call("appToken", "get", Map.of("id", id)), "KalturaAppToken");
    }

    private JsonNode list(String... fieldPairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldPairs.length; i += 2) {
            form.put(fieldPairs[i], fieldPairs[i + 1]);
        }
        return result(core.call("appToken", "list", form), "KalturaAppTokenListResponse");
    }

    private static List<String> ids(JsonNode listed) {
        List<String> ids = new ArrayList<>();
        listed.path("objects").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    /** A widget session's KS of the default partner, as a client without secrets starts one. */
    private String widgetKs() {
        return widgetKsOf(PARTNER, 86_400);
    }

    private String widgetKsOf(long partnerId, long expiry) {
        ApiResponse started = core.withKs(null).call("session", "startWidgetSession",
                Map.of("widgetId", "_" + partnerId, "expiry", Long.toString(expiry)));
        return result(started, "KalturaStartWidgetSessionResponse").path("ks").asText();
    }

    /** appToken.startSession from a new widget KS with the right hash, and extra fields as name, value pairs. */
    private ApiResponse startSession(JsonNode token, String... extra) {
        String widget = widgetKs();
        return startSession(widget, token.path("id").asText(), tokenHash(token, widget), extra);
    }

    private ApiResponse startSession(String callerKs, String id, String tokenHash, String... extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", id);
        form.put("tokenHash", tokenHash);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            form.put(extra[i], extra[i + 1]);
        }
        return core.withKs(callerKs).call("appToken", "startSession", form);
    }

    /** What a client sends as tokenHash: the token's hash type over the caller's KS followed by the token. */
    private static String tokenHash(JsonNode token, String callerKs) {
        String algorithm = switch (token.path("hashType").asText()) {
            case "MD5" -> "MD5";
            case "SHA1" -> "SHA-1";
            case "SHA256" -> "SHA-256";
            case "SHA512" -> "SHA-512";
            default -> throw new IllegalArgumentException("hash type " + token.path("hashType"));
        };
        return hex(algorithm, callerKs + token.path("token").asText());
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** session.start with the admin secret: a KS of the default partner for {@code userId}. */
    private String sessionStart(String userId, int type, String privileges) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("partnerId", Long.toString(PARTNER));
        form.put("secret", ADMIN_SECRET);
        form.put("type", Integer.toString(type));
        form.put("userId", userId);
        if (privileges != null) {
            form.put("privileges", privileges);
        }
        form.put("format", "1");
        ApiResponse started = api.postForm("/api_v3/service/session/action/start", form);
        assertThat(started.json().isTextual()).as("session.start: %s", started.rawBody()).isTrue();
        return started.json().textValue();
    }

    private ApiResponse postJson(String path, Object body) {
        try {
            return api.send(api.request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void advance(String duration) {
        api.control().advanceClock(Durations.parse("duration", duration));
    }

    /** The answer is the expected Kaltura object, not an exception: HTTP 200 and its objectType. */
    private static JsonNode result(ApiResponse response, String objectType) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
        assertThat(response.json()).as("a JSON answer: %s", response.rawBody()).isNotNull();
        assertThat(response.json().path("objectType").asText()).as(response.rawBody()).isEqualTo(objectType);
        return response.json();
    }

    /** A core API failure: HTTP 200 carrying a KalturaAPIException with this code and message. */
    private static void assertError(ApiResponse response, String code, String message) {
        assertThat(response.statusCode()).as("core API errors are HTTP 200: %s", response.rawBody()).isEqualTo(200);
        assertThat(response.json().path("objectType").asText()).as(response.rawBody()).isEqualTo("KalturaAPIException");
        assertThat(response.json().path("code").asText()).as(response.rawBody()).isEqualTo(code);
        assertThat(response.json().path("message").asText()).isEqualTo(message);
    }
}
