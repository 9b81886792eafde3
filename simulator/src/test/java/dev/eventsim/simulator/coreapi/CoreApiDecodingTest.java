package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.auth.KalturaSession;
import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the core API (api_v3) reads a request over HTTP: where parameters come from and how they
 * merge, the answer format, how services and actions are found, and the error envelope.
 */
class CoreApiDecodingTest extends ApiTest {
    private static final long PARTNER = SimulatorOptions.DEFAULT_PARTNER_ID;
    private static final String SECRET = SimulatorOptions.DEFAULT_ADMIN_SECRET;
    private static final String CATEGORY_LIST = "/api_v3/service/category/action/list";
    private static final String SESSION_START = "/api_v3/service/session/action/start";
    private static final String SESSION_GET = "/api_v3/service/session/action/get";

    private String ks;

    @BeforeEach
    void adminKs() {
        ks = simulator.adminKs();
    }

    // ---- where parameters come from

    @Test
    void parameters_in_the_query_string_of_a_get_are_read() {
        long eventId = createEvent();
        createEvent();

        ApiResponse listed = api.send(api.request(CATEGORY_LIST + "?" + query("ks", ks, "format", "1",
                "filter:fullNameStartsWith", eventId + "EP")).GET().build());

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.json().path("objectType").asText()).as(listed.rawBody()).isEqualTo("KalturaCategoryListResponse");
        assertThat(listed.json().path("totalCount").asInt()).as("the event's three categories, not the other's")
                .isEqualTo(3);
    }

    @Test
    void parameters_in_the_query_string_of_a_post_are_read() {
        String userKs = startSession("query-user", 2, null);

        ApiResponse info = api.send(api.request(SESSION_GET + "?" + query("ks", ks, "format", "1", "session", userKs))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(info.json().path("objectType").asText()).as(info.rawBody()).isEqualTo("KalturaSessionInfo");
        assertThat(info.json().path("userId").asText()).isEqualTo("query-user");
    }

    @Test
    void a_url_encoded_form_is_read() {
        long eventId = createEvent();
        createEvent();

        ApiResponse listed = api.postForm(CATEGORY_LIST, form("ks", ks, "format", "1",
                "filter:fullNameStartsWith", eventId + "EP"));

        assertThat(listed.json().path("totalCount").asInt()).as(listed.rawBody()).isEqualTo(3);
    }

    @Test
    void a_multipart_form_is_read() {
        long eventId = createEvent();
        createEvent();

        ApiResponse listed = postMultipart(CATEGORY_LIST, form("ks", ks, "format", "1",
                "filter:fullNameStartsWith", eventId + "EP"));

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.json()).as("a JSON answer: %s", listed.rawBody()).isNotNull();
        assertThat(listed.json().path("totalCount").asInt()).as(listed.rawBody()).isEqualTo(3);
    }

    @Test
    void a_multipart_form_may_carry_its_parameters_as_json_in_a_json_field() {
        long eventId = createEvent();
        createEvent();
        String json = write(Map.of("ks", ks, "format", 1,
                "filter", Map.of("objectType", "KalturaCategoryFilter", "fullNameStartsWith", eventId + "EP")));

        ApiResponse listed = postMultipart(CATEGORY_LIST, form("json", json));

        assertThat(listed.json()).as("a JSON answer: %s", listed.rawBody()).isNotNull();
        assertThat(listed.json().path("totalCount").asInt()).as(listed.rawBody()).isEqualTo(3);
    }

    @Test
    void a_json_body_with_nested_objects_is_read() {
        long eventId = createEvent();
        createEvent();

        ApiResponse listed = postJson(CATEGORY_LIST, Map.of("ks", ks, "format", 1,
                "filter", Map.of("objectType", "KalturaCategoryFilter", "fullNameStartsWith", eventId + "EP"),
                "pager", Map.of("objectType", "KalturaFilterPager", "pageSize", 2)));

        assertThat(listed.json().path("totalCount").asInt()).as(listed.rawBody()).isEqualTo(3);
        assertThat(listed.json().path("objects")).as("the pager of the JSON body applies too").hasSize(2);
    }

    @Test
    void the_query_string_and_a_json_body_are_merged_down_to_nested_fields() {
        long first = createEvent();
        long second = createEvent();
        long firstRoot = rootCategoryId(first);
        long secondRoot = rootCategoryId(second);

        ApiResponse both = api.send(api.request(CATEGORY_LIST + "?" + query("ks", ks, "format", "1",
                        "filter[fullNameStartsWith]", first + "EP"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("filter", Map.of("idEqual", firstRoot)))))
                .build());
        ApiResponse contradicting = api.send(api.request(CATEGORY_LIST + "?" + query("ks", ks, "format", "1",
                        "filter[fullNameStartsWith]", first + "EP"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("filter", Map.of("idEqual", secondRoot)))))
                .build());

        assertThat(both.json().path("totalCount").asInt()).as(both.rawBody()).isEqualTo(1);
        assertThat(both.json().path("objects").path(0).path("id").asLong()).isEqualTo(firstRoot);
        assertThat(contradicting.json().path("totalCount").asInt())
                .as("the filter holds the query's field and the body's field together: %s", contradicting.rawBody())
                .isZero();
    }

    @Test
    void a_url_encoded_form_and_the_query_string_are_merged() {
        String userKs = startSession("merged-user", 2, null);

        ApiResponse info = api.postForm(SESSION_GET + "?" + query("ks", ks), form("format", "1", "session", userKs));

        assertThat(info.json()).as("format=1 from the form: %s", info.rawBody()).isNotNull();
        assertThat(info.json().path("userId").asText()).as("session from the form, ks from the query")
                .isEqualTo("merged-user");
    }

    @Test
    void a_query_string_value_wins_over_the_same_parameter_in_the_body() throws Exception {
        // The core API merges array_replace_recursive(body, files, query, path pairs): the URL wins.
        ApiResponse started = api.postForm(SESSION_START + "?" + query("userId", "from-query"),
                form("partnerId", String.valueOf(PARTNER), "secret", SECRET, "type", "2", "format", "1",
                        "userId", "from-body"));

        assertThat(started.json().isTextual()).as(started.rawBody()).isTrue();
        KalturaSession session = KsCodec.open(KsCodec.parse(started.json().textValue()), SECRET);
        assertThat(session.userId()).as("the query's userId wins over the form's").isEqualTo("from-query");
    }

    @Test
    void a_query_string_value_wins_over_the_same_field_in_a_json_body() {
        long first = createEvent();
        long second = createEvent();

        ApiResponse listed = api.send(api.request(CATEGORY_LIST + "?" + query("ks", ks, "format", "1",
                        "filter:fullNameStartsWith", first + "EP"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("filter",
                        Map.of("fullNameStartsWith", second + "EP"))))).build());

        assertThat(listed.json().path("objects").path(0).path("fullName").asText())
                .as("the URL's filter field wins over the body's: %s", listed.rawBody())
                .startsWith(first + "EP");
    }

    @Test
    void key_value_pairs_in_the_path_after_the_action_are_parameters() throws Exception {
        // The core API reads /key/value pairs of the path as parameters: /api_v3/service/session/action/get/ks/XXX
        String userKs = startSession("path-user", 2, null);

        ApiResponse info = unchecked(api.request(SESSION_GET + "/format/1/ks/" + ks + "/session/" + userKs)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(info.json()).as("format 1 from the path: %s", info.rawBody()).isNotNull();
        assertThat(info.json().path("userId").asText()).as(info.rawBody()).isEqualTo("path-user");
    }

    @Test
    void a_nested_field_may_be_written_with_a_colon_or_with_brackets() {
        long eventId = createEvent();
        createEvent();
        long rootId = rootCategoryId(eventId);

        ApiResponse colon = api.postForm(CATEGORY_LIST, form("ks", ks, "format", "1", "filter:idEqual",
                String.valueOf(rootId)));
        ApiResponse brackets = api.postForm(CATEGORY_LIST, form("ks", ks, "format", "1", "filter[idEqual]",
                String.valueOf(rootId)));
        ApiResponse deeper = api.postForm(CATEGORY_LIST, form("ks", ks, "format", "1",
                "filter[objectType]", "KalturaCategoryFilter", "filter:idEqual", String.valueOf(rootId),
                "pager[pageSize]", "1"));

        for (ApiResponse listed : List.of(colon, brackets, deeper)) {
            assertThat(listed.json().path("totalCount").asInt()).as(listed.rawBody()).isEqualTo(1);
            assertThat(listed.json().path("objects").path(0).path("id").asLong()).isEqualTo(rootId);
        }
    }

    // ---- the answer's format

    @Test
    void format_1_answers_json() {
        ApiResponse started = api.postForm(SESSION_START, startForm("format", "1"));

        assertThat(started.header("Content-Type")).startsWith("application/json");
        assertThat(started.json().isTextual()).as("the KS as a bare JSON string: %s", started.rawBody()).isTrue();
    }

    @Test
    void format_2_answers_xml_in_the_core_api_envelope() {
        ApiResponse started = api.postForm(SESSION_START, startForm("format", "2"));

        assertXmlResult(started);
    }

    @Test
    void without_a_format_the_answer_is_xml() {
        ApiResponse started = api.postForm(SESSION_START, startForm());

        assertXmlResult(started);
    }

    @Test
    void an_object_result_in_xml_has_an_element_per_field() {
        ApiResponse info = api.postForm(SESSION_GET, form("ks", ks));

        assertThat(info.header("Content-Type")).contains("xml");
        assertThat(info.rawBody()).startsWith("<?xml").contains("<xml><result><objectType>KalturaSessionInfo</objectType>",
                "<partnerId>" + PARTNER + "</partnerId>", "<sessionType>2</sessionType>", "</result>");
    }

    @Test
    void an_error_in_xml_has_its_code_message_and_args_as_items() {
        ApiResponse refused = api.postForm("/api_v3/service/nope/action/list", form("ks", ks));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.header("Content-Type")).contains("xml");
        assertThat(refused.rawBody()).startsWith("<?xml").contains("<xml><result><error>",
                "<code>SERVICE_DOES_NOT_EXISTS</code>", "<message>Service &quot;nope&quot; does not exists</message>",
                "<objectType>KalturaAPIException</objectType>",
                "<item><objectType>KalturaApiExceptionArg</objectType><name>SRV_NAME</name><value>nope</value></item>");
    }

    @Test
    void format_3_is_an_unknown_response_format() {
        ApiResponse refused = api.postForm(SESSION_START, startForm("format", "3"));

        assertError(refused, "UNKNOWN_RESPONSE_FORMAT", "Response format provided [3] is not recognized by server");
        assertThat(refused.json().path("args").path("FORMAT").asText()).isEqualTo("3");
    }

    // ---- finding the service and the action

    @Test
    void service_and_action_names_are_matched_in_any_case() {
        createEvent();

        ApiResponse lower = api.postForm("/api_v3/service/baseentry/action/list", form("ks", ks, "format", "1"));
        ApiResponse camel = api.postForm("/api_v3/service/appToken/action/list", form("ks", ks, "format", "1"));
        ApiResponse lowerToken = api.postForm("/api_v3/service/apptoken/action/list", form("ks", ks, "format", "1"));
        ApiResponse upper = api.postForm("/api_v3/service/SESSION/action/GET", form("ks", ks, "format", "1"));

        assertThat(lower.json().path("objectType").asText()).as(lower.rawBody()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(lower.json().path("totalCount").asInt()).as("the event's entries").isPositive();
        assertThat(camel.json().path("objectType").asText()).as(camel.rawBody()).isEqualTo("KalturaAppTokenListResponse");
        assertThat(lowerToken.json().path("objectType").asText()).as(lowerToken.rawBody())
                .isEqualTo("KalturaAppTokenListResponse");
        assertThat(upper.json().path("objectType").asText()).as(upper.rawBody()).isEqualTo("KalturaSessionInfo");
    }

    @Test
    void a_double_slash_before_api_v3_is_served_like_a_single_one() {
        // A service URL ending in '/' makes the client libraries call //api_v3/...
        ApiResponse started = api.postForm("/" + SESSION_START, startForm("format", "1"));

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.json().isTextual()).as(started.rawBody()).isTrue();
        assertThat(api.withKs(started.json().textValue()).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void service_and_action_may_be_given_as_parameters() throws Exception {
        ApiResponse started = unchecked(api.request("/api_v3/index.php?service=session&action=start")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(startForm("format", "1")))).build());
        ApiResponse fromForm = unchecked(api.request("/api_v3/index.php")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form("service", "session", "action", "get",
                        "ks", ks, "format", "1")))).build());

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.json().isTextual()).as(started.rawBody()).isTrue();
        assertThat(fromForm.json().path("objectType").asText()).as(fromForm.rawBody()).isEqualTo("KalturaSessionInfo");
    }

    @Test
    void an_unknown_service_is_service_does_not_exists_naming_it() {
        ApiResponse refused = api.postForm("/api_v3/service/nope/action/list", form("ks", ks, "format", "1"));

        assertError(refused, "SERVICE_DOES_NOT_EXISTS", "Service \"nope\" does not exists");
        assertThat(refused.json().path("args")).isEqualTo(Api.JSON.createObjectNode().put("SRV_NAME", "nope"));
    }

    @Test
    void an_unknown_service_is_named_lower_cased_as_the_core_api_names_services() {
        ApiResponse refused = api.postForm("/api_v3/service/NoPe/action/list", form("format", "1"));

        assertError(refused, "SERVICE_DOES_NOT_EXISTS", "Service \"nope\" does not exists");
    }

    @Test
    void an_unknown_action_is_action_does_not_exists_naming_it_and_the_service() {
        ApiResponse refused = api.postForm("/api_v3/service/session/action/nope", form("ks", ks, "format", "1"));

        assertError(refused, "ACTION_DOES_NOT_EXISTS", "Action \"nope\" does not exists for service \"session\"");
        assertThat(refused.json().path("args").path("ACTION_NAME").asText()).isEqualTo("nope");
        assertThat(refused.json().path("args").path("SERVICE_NAME").asText()).isEqualTo("session");
    }

    @Test
    void an_unknown_service_is_found_before_the_ks_is_read() {
        ApiResponse refused = api.postForm("/api_v3/service/nope/action/list", form("ks", "not-a-ks", "format", "1"));

        assertThat(refused.json().path("code").asText()).as("dispatch checks the service first").isEqualTo(
                "SERVICE_DOES_NOT_EXISTS");
    }

    @Test
    void without_a_service_the_answer_is_service_not_specified() throws Exception {
        ApiResponse refused = unchecked(api.request("/api_v3/index.php?format=1")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertError(refused, "SERVICE_NOT_SPECIFIED", "Service name was not specified, please specify one");
        assertThat(refused.json().path("args").isArray()).as("no args: PHP's empty array").isTrue();
        assertThat(refused.json().path("args")).isEmpty();
    }

    @Test
    void without_an_action_the_answer_is_action_not_specified() throws Exception {
        ApiResponse refused = unchecked(api.request("/api_v3/index.php?service=session&format=1")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertError(refused, "ACTION_NOT_SPECIFIED", "Action name was not specified, please specify one");
    }

    // ---- bodies that are not what they claim

    @Test
    void a_body_that_is_not_json_is_a_kaltura_api_exception_never_a_server_error() {
        for (String garbage : List.of("{not json", "{\"secret\": }", "nope", "{\"a\":1}}")) {
            ApiResponse refused = api.send(api.request(SESSION_START + "?format=1")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(garbage)).build());

            assertThat(refused.statusCode()).as("body %s: %s", garbage, refused.rawBody()).isEqualTo(200);
            assertThat(refused.json().path("objectType").asText()).as(refused.rawBody()).isEqualTo("KalturaAPIException");
            assertThat(refused.json().path("code").asText()).isNotBlank().isNotEqualTo("INTERNAL_SERVERL_ERROR");
            assertNoInternals(refused);
        }
    }

    @Test
    void a_json_array_body_is_a_kaltura_api_exception() {
        ApiResponse refused = api.send(api.request(SESSION_START + "?format=1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(List.of(startForm())))).build());

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.json().path("objectType").asText()).as(refused.rawBody()).isEqualTo("KalturaAPIException");
        assertNoInternals(refused);
    }

    // ---- parameters an action refuses

    @Test
    void a_missing_mandatory_parameter_is_named() {
        ApiResponse noSecret = api.postForm(SESSION_START, form("partnerId", String.valueOf(PARTNER), "format", "1"));
        ApiResponse noId = api.postForm("/api_v3/service/category/action/delete", form("ks", ks, "format", "1"));
        ApiResponse noToken = api.postForm("/api_v3/service/appToken/action/add", form("ks", ks, "format", "1"));

        assertError(noSecret, "MISSING_MANDATORY_PARAMETER", "Missing parameter \"secret\"");
        assertThat(noSecret.json().path("args").path("PARAM_NAME").asText()).isEqualTo("secret");
        assertError(noId, "MISSING_MANDATORY_PARAMETER", "Missing parameter \"id\"");
        assertError(noToken, "MISSING_MANDATORY_PARAMETER", "Missing parameter \"appToken\"");
    }

    @Test
    void a_value_that_is_no_number_where_a_number_is_expected_is_invalid_parameter_value() {
        ApiResponse byId = api.postForm("/api_v3/service/category/action/delete", form("ks", ks, "format", "1",
                "id", "abc"));
        ApiResponse nested = api.postForm(CATEGORY_LIST, form("ks", ks, "format", "1", "pager:pageSize", "ten"));

        assertError(byId, "INVALID_PARAMETER_VALUE", "invalid value for parameter \"id\"");
        assertThat(byId.json().path("args").path("PARAM_NAME").asText()).isEqualTo("id");
        assertThat(nested.json().path("code").asText()).as(nested.rawBody()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(nested.json().path("args").path("PARAM_NAME").asText()).contains("pageSize");
    }

    @Test
    void an_errors_args_hold_only_the_arguments_its_template_names() {
        // INVALID_PARAMETER_VALUE;PARAM_NAME;... : getErrorData zips the declared names with the values, no more.
        ApiResponse refused = api.postForm("/api_v3/service/category/action/delete", form("ks", ks, "format", "1",
                "id", "abc"));

        assertThat(refused.json().path("args")).as(refused.rawBody())
                .isEqualTo(Api.JSON.createObjectNode().put("PARAM_NAME", "id"));
    }

    // ---- the error envelope

    @Test
    void every_error_is_http_200_with_code_message_object_type_and_args_in_that_order() throws Exception {
        List<ApiResponse> errors = new ArrayList<>();
        errors.add(api.postForm("/api_v3/service/nope/action/list", form("format", "1")));
        errors.add(api.postForm("/api_v3/service/session/action/nope", form("format", "1")));
        errors.add(api.postForm(SESSION_START, form("format", "1")));
        errors.add(api.postForm(SESSION_START, startForm("format", "1", "secret", "wrong")));
        errors.add(api.postForm(CATEGORY_LIST, form("format", "1")));
        errors.add(api.postForm(CATEGORY_LIST, form("format", "1", "ks", "not-a-ks")));
        errors.add(unchecked(api.request("/api_v3/index.php?format=1").POST(HttpRequest.BodyPublishers.noBody()).build()));

        for (ApiResponse error : errors) {
            assertThat(error.statusCode()).as(error.rawBody()).isEqualTo(200);
            List<String> fields = new ArrayList<>();
            error.json().fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(error.rawBody()).containsExactly("code", "message", "objectType", "args");
            assertThat(error.json().path("objectType").asText()).isEqualTo("KalturaAPIException");
            JsonNode args = error.json().path("args");
            assertThat(args.isObject() || args.isArray() && args.isEmpty()).as("args an object, or [] when empty: %s",
                    error.rawBody()).isTrue();
        }
    }

    @Test
    void the_ks_may_come_in_an_authorization_ks_header() {
        ApiResponse info = api.send(api.request(SESSION_GET + "?format=1")
                .header("Authorization", "KS " + ks)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(info.json().path("objectType").asText()).as(info.rawBody()).isEqualTo("KalturaSessionInfo");
        assertThat(info.json().path("partnerId").asLong()).isEqualTo(PARTNER);
    }

    @Test
    void the_ks_parameter_wins_over_an_authorization_header() {
        String other = startSession("from-parameter", 2, null);

        ApiResponse info = api.postForm(SESSION_GET, form("ks", other, "format", "1"));
        ApiResponse withHeader = api.send(api.request(SESSION_GET)
                .header("Authorization", "KS " + ks)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query("ks", other, "format", "1"))).build());

        assertThat(info.json().path("userId").asText()).isEqualTo("from-parameter");
        assertThat(withHeader.json().path("userId").asText()).as(withHeader.rawBody()).isEqualTo("from-parameter");
    }

    // ---- helpers

    private long createEvent() {
        return api.post("events/create", Events.anEvent().withTemplate("tm4000").body()).json().path("event").path("id")
                .asLong();
    }

    private long rootCategoryId(long eventId) {
        ApiResponse listed = api.postForm(CATEGORY_LIST, form("ks", ks, "format", "1",
                "filter:fullNameStartsWith", eventId + "EP"));
        for (JsonNode category : listed.json().path("objects")) {
            if (category.path("depth").asInt() == 0) {
                return category.path("id").asLong();
            }
        }
        throw new AssertionError("no root category for event " + eventId + ": " + listed.rawBody());
    }

    private String startSession(String userId, int type, String privileges) {
        Map<String, String> fields = form("partnerId", String.valueOf(PARTNER), "secret", SECRET, "userId", userId,
                "type", String.valueOf(type), "format", "1");
        if (privileges != null) {
            fields.put("privileges", privileges);
        }
        ApiResponse started = api.postForm(SESSION_START, fields);
        assertThat(started.json().isTextual()).as(started.rawBody()).isTrue();
        return started.json().textValue();
    }

    /** session.start's fields for an ADMIN KS of the default partner, with more pairs added or replaced. */
    private static Map<String, String> startForm(String... more) {
        Map<String, String> fields = form("partnerId", String.valueOf(PARTNER), "secret", SECRET, "userId", "ada",
                "type", "2");
        fields.putAll(form(more));
        return fields;
    }

    private static void assertXmlResult(ApiResponse answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).contains("xml");
        assertThat(answer.rawBody()).matches("(?s)<\\?xml[^>]*\\?><xml><result>djJ8[^<]+</result>.*</xml>");
    }

    private static void assertError(ApiResponse answer, String code, String message) {
        assertThat(answer.statusCode()).as(answer.rawBody()).isEqualTo(200);
        assertThat(answer.json()).as("a JSON answer: %s", answer.rawBody()).isNotNull();
        assertThat(answer.json().path("objectType").asText()).as(answer.rawBody()).isEqualTo("KalturaAPIException");
        assertThat(answer.json().path("code").asText()).as(answer.rawBody()).isEqualTo(code);
        assertThat(answer.json().path("message").asText()).isEqualTo(message);
    }

    /** Nothing of the simulator's insides: no stack trace, no Java or Jackson class name. */
    private static void assertNoInternals(ApiResponse answer) {
        String body = answer.rawBody().replace("KalturaAPIException", "");
        assertThat(body).as("no internals in %s", answer.rawBody())
                .doesNotContain("Exception", "\tat ", "java.", "com.fasterxml", "jackson", "[Source:");
    }

    private ApiResponse postJson(String path, Object body) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    private ApiResponse postMultipart(String path, Map<String, String> fields) {
        String boundary = "----eventsim" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return api.send(api.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /**
     * Sends a request past the OpenAPI check of the test client, for core API paths the document
     * does not list (/api_v3/index.php, path pairs after the action); the trace id is still checked.
     */
    private static ApiResponse unchecked(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("x-traceid")).as("x-traceid of %s", request.uri()).isPresent();
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") && !response.body().isEmpty()
                ? Api.JSON.readTree(response.body()) : null;
        return new ApiResponse(response.statusCode(), response.headers(), response.body(), json);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String query(String... pairs) {
        return query(form(pairs));
    }

    private static String query(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String write(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
