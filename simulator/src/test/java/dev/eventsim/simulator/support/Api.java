package dev.eventsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.admin.RemoteControlPlane;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests: real HTTP on loopback. Every answer is checked for the
 * {@code x-traceid} header and, where the document describes the path, against the project's
 * OpenAPI document.
 */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String ks;
    private RemoteControlPlane control;

    public Api(String baseUrl, String ks) {
        this(baseUrl, ks, null);
    }

    private Api(String baseUrl, String ks, RemoteControlPlane control) {
        this.baseUrl = baseUrl;
        this.ks = ks;
        this.control = control;
    }

    /** The same API with another KS (null: no Authorization header). */
    public Api withKs(String otherKs) {
        return new Api(baseUrl, otherKs, control);
    }

    /**
     * The simulator's control plane through the shipped typed client, over HTTP: how a test sets
     * up or reads state (the clock, partners, KSes, jobs, faults, the journal) for a test of
     * something else, as a user's test would.
     */
    public synchronized RemoteControlPlane control() {
        if (control == null) {
            control = RemoteControlPlane.at(baseUrl);
        }
        return control;
    }

    /** POSTs a JSON body to {@code /api/v1/<operation>} with {@code Authorization: Bearer <KS>}. */
    public ApiResponse post(String operation, Object body) {
        String json = body instanceof String text ? text : write(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/" + operation))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ks != null) {
            request.header("Authorization", "Bearer " + ks);
        }
        return send(request.build());
    }

    /**
     * A raw HTTP call to a {@code /__sim} route, for tests whose subject is the route itself: its
     * codes, validation messages, headers and JSON, such as
     * {@code rawControl("POST", "/__sim/clock/advance", Map.of("duration", "soon"))}. Setting up or
     * reading state for any other test goes through the typed client, {@link #control()}.
     */
    public ApiResponse rawControl(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : write(body));
        return send(request(path).header("Content-Type", "application/json").method(method, publisher).build());
    }

    /** Sends any request, with nothing added, and checks the answer the same way. */
    public ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            ApiResponse answer = new ApiResponse(response.statusCode(), response.headers(), response.body(),
                    readJson(response));
            assertThat(answer.header("x-traceid")).as("x-traceid header of %s", request.uri()).matches("[0-9a-f]{32}");
            if (isDocumented(request.uri().getPath())) {
                OpenApiCheck.assertValid(request.method(), request.uri().getPath(), answer);
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Events API, the core API actions and the control plane are all in the project's document. */
    private static boolean isDocumented(String path) {
        return path.startsWith("/api/") || path.startsWith("/api_v3/") || path.startsWith("/__sim/");
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path));
    }

    /** POSTs form fields to a core API path, as the Kaltura client libraries do. */
    public ApiResponse postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static JsonNode readJson(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json") || response.body().isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Content-Type is JSON but the body is not: " + response.body(), e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
