package dev.eventsim.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The core API's session.start, as the Kaltura client libraries call it. */
class SessionStartTest extends ApiTest {
    private static final String PATH = "/api_v3/service/session/action/start";
    private static final Pattern XML_RESULT = Pattern.compile("<result>([^<]+)</result>");
    private static final String QUERY = encode(form("partnerId", "1000001", "secret", "local-admin-secret",
            "userId", "ada", "type", "2", "format", "1"));

    @Test
    void an_admin_ks_from_session_start_works_on_the_events_api() throws Exception {
        ApiResponse response = api.postForm(PATH, form("partnerId", "1000001", "secret", "local-admin-secret",
                "userId", "ada@example.test", "type", "2", "format", "1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().isTextual()).as("format=1 answers the KS as a bare JSON string: %s",
                response.rawBody()).isTrue();
        String ks = response.json().textValue();
        KalturaSession session = KsCodec.open(KsCodec.parse(ks), "local-admin-secret");
        assertThat(session.version()).isEqualTo(2);
        assertThat(session.userId()).isEqualTo("ada@example.test");
        assertThat(session.type()).isEqualTo(2);
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void expiry_defaults_to_a_day_and_privileges_are_carried() throws Exception {
        simulator.clock().freeze();
        String ks = startJson(form("partnerId", "1000001", "secret", "local-admin-secret", "userId", "ada",
                "type", "2", "privileges", "disableentitlement", "format", "1"));

        KalturaSession session = KsCodec.open(KsCodec.parse(ks), "local-admin-secret");

        assertThat(session.expiry().getEpochSecond())
                .isEqualTo(simulator.clock().instant().plus(Duration.ofDays(1)).getEpochSecond());
        assertThat(session.privileges()).isEqualTo("disableentitlement");
    }

    @Test
    void a_ks_with_an_expiry_of_60_seconds_expires_after_60_seconds() {
        simulator.clock().freeze();
        String ks = startJson(form("partnerId", "1000001", "secret", "local-admin-secret", "userId", "ada",
                "type", "2", "expiry", "60", "format", "1"));
        simulator.clock().advance(Duration.ofSeconds(59));
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);

        simulator.clock().advance(Duration.ofSeconds(2));

        KsAuthTest.assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "expired");
    }

    @Test
    void an_expiry_above_a_day_is_cut_to_a_day_as_the_core_api_caps_it() {
        simulator.clock().freeze();
        String ks = startJson(form("partnerId", "1000001", "secret", "local-admin-secret", "userId", "ada",
                "type", "2", "expiry", "9000000000000000000", "format", "1"));

        simulator.clock().advance(Duration.ofHours(23));
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);
        simulator.clock().advance(Duration.ofHours(2));

        KsAuthTest.assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "expired");
    }

    @Test
    void type_defaults_to_user_which_the_events_api_refuses() throws Exception {
        String ks = startJson(form("partnerId", "1000001", "secret", "local-admin-secret", "userId", "ada",
                "format", "1"));

        assertThat(KsCodec.open(KsCodec.parse(ks), "local-admin-secret").type()).isEqualTo(0);
        ApiResponse response = api.withKs(ks).post("events/list", Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.status()).isEqualTo("Forbidden");
    }

    @Test
    void a_wrong_secret_is_a_start_session_error_inside_http_200() {
        ApiResponse response = api.postForm(PATH, form("partnerId", "1000001", "secret", "wrong", "userId", "ada",
                "type", "2", "format", "1"));

        assertThat(response.statusCode()).as("the core API reports errors in the body").isEqualTo(200);
        assertThat(response.json().path("objectType").asText()).isEqualTo("KalturaAPIException");
        assertThat(response.json().path("code").asText()).isEqualTo("START_SESSION_ERROR");
        assertThat(response.json().path("message").asText()).contains("1000001");
    }

    @Test
    void an_unknown_partner_is_a_start_session_error() {
        ApiResponse response = api.postForm(PATH, form("partnerId", "4242", "secret", "local-admin-secret",
                "type", "2", "format", "1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("code").asText()).isEqualTo("START_SESSION_ERROR");
    }

    @Test
    void a_missing_partner_id_is_a_start_session_error_naming_no_partner() {
        ApiResponse response = api.postForm(PATH, form("secret", "local-admin-secret", "type", "2", "format", "1"));

        // partnerId is optional in session.start's signature: without it no partner's secret can match
        assertThat(response.json().path("code").asText()).isEqualTo("START_SESSION_ERROR");
        assertThat(response.json().path("message").asText()).isEqualTo("Error while starting session for partner []");
    }

    @Test
    void a_missing_secret_is_a_missing_mandatory_parameter() {
        ApiResponse response = api.postForm(PATH, form("partnerId", "1000001", "type", "2", "format", "1"));

        assertMissingParameter(response, "secret");
    }

    @Test
    void without_format_1_the_answer_is_xml_holding_the_ks() {
        ApiResponse response = api.postForm(PATH, form("partnerId", "1000001", "secret", "local-admin-secret",
                "userId", "ada", "type", "2"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("xml");
        assertThat(response.rawBody()).startsWith("<?xml");
        Matcher result = XML_RESULT.matcher(response.rawBody());
        assertThat(result.find()).as("a <result> element in %s", response.rawBody()).isTrue();
        assertThat(api.withKs(result.group(1)).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void without_format_1_an_error_is_xml_too() {
        ApiResponse response = api.postForm(PATH, form("partnerId", "1000001", "secret", "wrong", "type", "2"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("xml");
        assertThat(response.rawBody())
                .contains("<error>", "<objectType>KalturaAPIException</objectType>", "<code>START_SESSION_ERROR</code>",
                        "<message>")
                .doesNotContain("<result>ey", "<result>djJ8");
    }

    @Test
    void parameters_in_the_query_string_work_too() {
        ApiResponse response = api.send(api.request(PATH + "?" + QUERY).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.json()).as("a JSON answer: %s", response.rawBody()).isNotNull();
        assertThat(response.json().isTextual()).as(response.rawBody()).isTrue();
        assertThat(api.withKs(response.json().textValue()).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_get_with_the_parameters_in_the_query_string_works_too() throws Exception {
        // Sent around the harness: the OpenAPI document lists session.start as POST only.
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                api.request(PATH + "?" + QUERY).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-traceid")).isPresent();
        JsonNode ks = Api.JSON.readTree(response.body());
        assertThat(ks.isTextual()).as(response.body()).isTrue();
        assertThat(api.withKs(ks.textValue()).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    private String startJson(Map<String, String> fields) {
        ApiResponse response = api.postForm(PATH, fields);
        assertThat(response.json()).as("a JSON answer: %s", response.rawBody()).isNotNull();
        assertThat(response.json().isTextual()).as(response.rawBody()).isTrue();
        return response.json().textValue();
    }

    private static void assertMissingParameter(ApiResponse response, String name) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("objectType").asText()).isEqualTo("KalturaAPIException");
        assertThat(response.json().path("code").asText()).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(response.json().path("message").asText()).contains(name);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
