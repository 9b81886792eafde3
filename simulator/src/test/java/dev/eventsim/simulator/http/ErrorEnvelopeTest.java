package dev.eventsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.StandardError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Errors outside any operation (unknown path, wrong method, oversized headers) still answer the
 * API's JSON envelope with a trace id, never a framework page.
 */
class ErrorEnvelopeTest extends ApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void an_unknown_operation_is_404_in_the_envelope() throws Exception {
        ApiResponse response = unchecked(api.request("/api/v1/events/nope")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + simulator.adminKs())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertEnvelope(response, "ResourceDoesNotExist");
        assertThat(response.message()).contains("/api/v1/events/nope");
    }

    @Test
    void a_path_outside_the_api_is_404_in_the_envelope_too() {
        ApiResponse response = api.send(api.request("/favicon.ico").GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertEnvelope(response, "ResourceDoesNotExist");
    }

    @Test
    void get_on_an_operation_is_405_allowing_post() throws Exception {
        ApiResponse response = unchecked(api.request("/api/v1/events/list").GET().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("POST");
        assertEnvelope(response, "OperationNotAllowed");
        assertThat(response.message()).contains("GET");
    }

    @Test
    void put_on_an_operation_is_405_allowing_post() throws Exception {
        ApiResponse response = unchecked(api.request("/api/v1/sessions/create")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("POST");
        assertEnvelope(response, "OperationNotAllowed");
    }

    @Test
    void the_core_api_and_the_control_plane_name_their_own_methods_in_allow() throws Exception {
        ApiResponse core = unchecked(api.request("/api_v3/service/session/action/start")
                .PUT(HttpRequest.BodyPublishers.ofString("")).build());
        ApiResponse control = unchecked(api.request("/__sim/clock").DELETE().build());

        assertThat(core.statusCode()).isEqualTo(405);
        assertThat(core.header("Allow")).isEqualTo("GET, POST");
        assertThat(control.statusCode()).isEqualTo(405);
        assertThat(control.header("Allow")).isEqualTo("GET");
        assertThat(control.message()).contains("DELETE", "GET");
    }

    @Test
    void an_unknown_method_is_named_as_it_was_sent() throws Exception {
        ApiResponse response = unchecked(api.request("/api/v1/events/list")
                .method("FOO", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertEnvelope(response, "OperationNotAllowed");
        assertThat(response.message()).startsWith("FOO is not allowed on /api/v1/events/list").doesNotContain("INVALID");
    }

    @Test
    void a_path_with_a_typo_names_the_operation_it_resembles() throws Exception {
        ApiResponse singular = unchecked(api.request("/api/v1/event/create")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        ApiResponse cased = unchecked(api.request("/api/v1/teamMembers/list")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        ApiResponse far = unchecked(api.request("/api/v1/zebras/feed")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(singular.statusCode()).isEqualTo(404);
        assertThat(singular.message()).contains("/api/v1/event/create", "did you mean /api/v1/events/create?");
        assertThat(cased.message()).contains("did you mean /api/v1/team-members/list?");
        assertThat(far.message()).as("nothing close: no guess").doesNotContain("did you mean");
    }

    @Test
    void a_64_kib_header_is_a_4xx_json_envelope_not_an_html_page() throws Exception {
        String request = "POST /api/v1/events/list HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + simulator.port() + "\r\n"
                + "Authorization: Bearer " + simulator.adminKs() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "X-Padding: " + "a".repeat(64 * 1024) + "\r\n"
                + "Content-Length: 2\r\n"
                + "Connection: close\r\n"
                + "\r\n"
                + "{}";

        StandardError.Captured<RawResponse> exchange = StandardError.capture(() -> rawExchange(request));
        RawResponse response = exchange.result();

        assertThat(exchange.logged()).as("Jetty's warning about the header, kept out of the build's output")
                .contains("Header is too large");
        assertThat(response.status()).as(response.head()).isBetween(400, 499);
        assertThat(response.header("content-type")).as(response.head()).startsWith("application/json");
        assertThat(response.header("x-traceid")).matches("[0-9a-f]{32}");
        assertThat(response.body()).doesNotContain("<html", "<HTML");
        JsonNode json = Api.JSON.readTree(response.body());
        assertThat(json.path("status").asText()).isEqualTo("InvalidArgument");
        assertThat(json.path("message").asText()).isNotBlank();
    }

    @Test
    void every_answer_has_its_own_trace_id() throws Exception {
        List<String> traceIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            traceIds.add(api.post("events/list", Map.of()).header("x-traceid"));
            traceIds.add(api.withKs(null).post("events/list", Map.of()).header("x-traceid"));
            traceIds.add(api.post("events/list", "{").header("x-traceid"));
            traceIds.add(api.post("sessions/list", Map.of("eventId", 1)).header("x-traceid"));
            traceIds.add(unchecked(api.request("/api/v1/nope").POST(HttpRequest.BodyPublishers.noBody()).build())
                    .header("x-traceid"));
        }

        assertThat(traceIds).hasSize(20).doesNotContainNull().doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f]{32}"));
    }

    /**
     * Sends a request whose path or method the OpenAPI document does not describe, which the
     * harness's {@code Api.send} would flag; the trace id and JSON are checked here instead.
     */
    private static ApiResponse unchecked(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? Api.JSON.readTree(response.body()) : null;
        ApiResponse answer = new ApiResponse(response.statusCode(), response.headers(), response.body(), json);
        assertThat(answer.header("x-traceid")).as("x-traceid of %s", request.uri()).matches("[0-9a-f]{32}");
        return answer;
    }

    private static void assertEnvelope(ApiResponse response, String status) {
        assertThat(response.header("Content-Type")).as(response.rawBody()).startsWith("application/json");
        assertThat(response.json()).as("a JSON body: %s", response.rawBody()).isNotNull();
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.message()).isNotBlank();
    }

    private record RawResponse(String head, String body) {
        int status() {
            return Integer.parseInt(head.split(" ", 3)[1]);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** One request over a plain socket, so no client refuses the oversized header first. */
    private static RawResponse rawExchange(String request) throws IOException {
        URI base = URI.create(simulator.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it has read the whole header; read that answer
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // a reset after the answer was sent is fine: what arrived is checked below
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete HTTP answer: %s", text).isPositive();
            return new RawResponse(text.substring(0, end), dechunk(text.substring(end + 4), text.substring(0, end)));
        }
    }

    private static String dechunk(String body, String head) {
        if (!head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
