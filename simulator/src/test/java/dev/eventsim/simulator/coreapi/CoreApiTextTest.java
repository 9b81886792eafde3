package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 2 on the core API: a parameter holding a lone UTF-16 surrogate (a JSON
 * {@code "\u005cud800"}), or whose query, form or path bytes are not UTF-8, is an
 * INVALID_PARAMETER_VALUE naming it, never stored (the HTTP layer would read such bytes as U+FFFD);
 * text beyond the basic plane is kept and read back unchanged.
 */
class CoreApiTextTest extends ApiTest {
    private static final String ADD = "/api_v3/service/appToken/action/add";
    /** Latin, an emoji, CJK, an astral ideograph. */
    private static final String ASTRAL = "Zo\u00eb \ud83d\ude00 \u6f22\u5b57 \ud840\udc00";

    private String ks;
    private CoreApi core;

    @BeforeEach
    void adminKs() {
        ks = simulator.adminKs(simulator.partners().defaultPartner().id(), "admin", Duration.ofDays(1));
        core = new CoreApi(api, ks);
    }

    @Test
    void a_json_body_holding_a_lone_surrogate_is_refused_naming_the_parameter() {
        ApiResponse added = postJson(ADD, "{\"ks\":\"" + ks + "\",\"format\":1,"
                + "\"appToken\":{\"objectType\":\"KalturaAppToken\",\"description\":\"a\\ud800b\"}}");

        assertInvalid(added, "appToken:description");
        assertNoTokens();
    }

    @Test
    void session_start_refuses_a_lone_surrogate_in_the_user_id_and_the_privileges() {
        for (String field : new String[] {"userId", "privileges"}) {
            ApiResponse started = postJson("/api_v3/service/session/action/start", "{\"format\":1,"
                    + "\"secret\":\"local-admin-secret\",\"partnerId\":" + simulator.partners().defaultPartner().id()
                    + ",\"type\":2,\"" + field + "\":\"\\udc00\"}");

            assertInvalid(started, field);
        }
    }

    @Test
    void a_multirequest_answers_the_refusal_in_the_place_of_its_request() {
        ApiResponse answered = postJson("/api_v3/service/multirequest", "{\"ks\":\"" + ks + "\",\"format\":1,"
                + "\"1\":{\"service\":\"appToken\",\"action\":\"add\",\"appToken\":{\"description\":\"ok\"}},"
                + "\"2\":{\"service\":\"appToken\",\"action\":\"add\",\"appToken\":{\"description\":\"\\ud83d!\"}}}");

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.json().get(0).path("description").asText()).isEqualTo("ok");
        assertThat(answered.json().get(1).path("code").asText()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(answered.json().get(1).path("args").path("PARAM_NAME").asText())
                .isEqualTo("appToken:description");
    }

    @Test
    void form_bytes_that_are_not_utf8_are_refused_not_stored_as_replacement_characters() {
        for (String bad : new String[] {"a%ED%A0%80b", "%FF", "caf%E9", "%C3"}) {
            ApiResponse added = postForm(ADD, "ks=" + ks + "&format=1&appToken%5Bdescription%5D=" + bad);

            assertInvalid(added, "appToken:description");
        }
        assertInvalid(postForm(ADD, "ks=" + ks + "&format=1&app%FFToken=1"), "app\uFFFDToken");
        assertNoTokens();
    }

    @Test
    void query_bytes_that_are_not_utf8_are_refused() {
        ApiResponse added = api.send(api.request(ADD + "?ks=" + ks + "&format=1&appToken:description=a%ED%A0%80b")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertInvalid(added, "appToken:description");
        assertNoTokens();
    }

    @Test
    void path_pair_bytes_that_are_not_utf8_are_refused() throws Exception {
        ApiResponse added = unchecked(api.request(ADD + "/ks/" + ks + "/format/1/appToken:description/a%ED%A0%80b")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertInvalid(added, "appToken:description");
        assertNoTokens();
    }

    @Test
    void multipart_fields_that_are_not_utf8_are_refused() {
        ApiResponse added = postMultipart(ADD, Map.of("ks", ks.getBytes(StandardCharsets.UTF_8),
                "format", "1".getBytes(StandardCharsets.UTF_8),
                "appToken:description", new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}));

        assertInvalid(added, "appToken:description");
        assertNoTokens();
    }

    @Test
    void a_form_in_another_charset_is_read_in_it() {
        ApiResponse added = api.send(api.request(ADD)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofString("ks=" + ks + "&format=1&appToken%5Bdescription%5D=caf%E9"))
                .build());

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.json().path("description").asText()).as(added.rawBody()).isEqualTo("caf\u00e9");
    }

    @Test
    void astral_text_is_kept_and_read_back_unchanged_whichever_way_it_came() {
        String viaForm = result(core.call("appToken", "add", Map.of("appToken:description", ASTRAL)))
                .path("id").asText();
        String viaJson = result(postJson(ADD, "{\"ks\":\"" + ks + "\",\"format\":1,\"appToken\":{\"description\":"
                + "\"Zo\u00eb \\ud83d\\ude00 \u6f22\u5b57 \\ud840\\udc00\"}}")).path("id").asText();
        String viaQuery = result(api.send(api.request(ADD + "?ks=" + ks + "&format=1&appToken:description="
                + URLEncoder.encode(ASTRAL, StandardCharsets.UTF_8))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build())).path("id").asText();

        for (String id : new String[] {viaForm, viaJson, viaQuery}) {
            JsonNode got = result(core.call("appToken", "get", Map.of("id", id)));
            assertThat(got.path("description").asText()).as("appToken.get %s", id).isEqualTo(ASTRAL);
        }
        ApiResponse listed = core.call("appToken", "list", Map.of());
        assertThat(listed.rawBody()).doesNotContain("\uFFFD");
        for (JsonNode token : result(listed).path("objects")) {
            assertThat(token.path("description").asText()).isEqualTo(ASTRAL);
        }
        ApiResponse xml = core.call("appToken", "list", Map.of("format", "2"));
        assertThat(xml.rawBody()).as("the XML answer too").contains("<description>" + ASTRAL + "</description>");
    }

    // ---- helpers

    private void assertNoTokens() {
        ApiResponse listed = core.call("appToken", "list", Map.of());
        assertThat(result(listed).path("totalCount").asInt()).as(listed.rawBody()).isZero();
    }

    private static void assertInvalid(ApiResponse answer, String parameter) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.json()).as("a JSON answer: %s", answer.rawBody()).isNotNull();
        assertThat(answer.json().path("objectType").asText()).as(answer.rawBody()).isEqualTo("KalturaAPIException");
        assertThat(answer.json().path("code").asText()).as(answer.rawBody()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(answer.json().path("message").asText())
                .isEqualTo("invalid value for parameter \"" + parameter + "\"");
        assertThat(answer.json().path("args").path("PARAM_NAME").asText()).isEqualTo(parameter);
    }

    private static JsonNode result(ApiResponse answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.json()).as("a JSON answer: %s", answer.rawBody()).isNotNull();
        assertThat(answer.json().path("objectType").asText()).as(answer.rawBody()).isNotEqualTo("KalturaAPIException");
        return answer.json();
    }

    private ApiResponse postJson(String path, String json) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private ApiResponse postForm(String path, String form) {
        return api.send(api.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private ApiResponse postMultipart(String path, Map<String, byte[]> fields) {
        String boundary = "----eventsim" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(value);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Path pairs after the action are not in the OpenAPI document: sent past its check. */
    private static ApiResponse unchecked(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") && !response.body().isEmpty()
                ? Api.JSON.readTree(response.body()) : null;
        return new ApiResponse(response.statusCode(), response.headers(), response.body(), json);
    }
}
