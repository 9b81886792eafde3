package dev.eventsim.client.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The simulator's control plane ({@code /__sim}) over HTTP, as a test outside the JVM would use it. */
public final class SimControl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public SimControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public JsonNode post(String path, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/__sim" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/__sim" + path)).GET());
    }

    public JsonNode delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/__sim" + path)).DELETE());
    }

    /** {@code POST /__sim/jobs/{id}/force}: fail, pause, repeat, unknown, stuck, complete or resume. */
    public JsonNode forceJob(String jobId, String outcome) {
        return post("/jobs/" + jobId + "/force", Map.of("outcome", outcome));
    }

    /** {@code POST /__sim/faults}: a fault rule, e.g. {@code {"operations": [...], "times": 1, "action": {...}}}. */
    public JsonNode addFault(Map<String, ?> rule) {
        return post("/faults", rule);
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("control plane answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
