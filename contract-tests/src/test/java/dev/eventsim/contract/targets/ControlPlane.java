package dev.eventsim.contract.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The simulator's control plane ({@code /__sim}) over HTTP, for the few things the public API
 * cannot do: force a duplication job's state, use up a rate limit, read the request journal.
 */
public final class ControlPlane {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI root;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param serviceRoot {@code http://host:port}, where {@code /__sim} lives */
    public ControlPlane(URI serviceRoot) {
        this.root = serviceRoot;
    }

    /** Forces a job: {@code complete}, {@code stuck}, {@code fail}, ... ({@code POST /__sim/jobs/{id}/force}). */
    public JsonNode forceJob(String jobId, String outcome) {
        return send("POST", "/__sim/jobs/" + jobId + "/force", Map.of("outcome", outcome));
    }

    /** Allows every partner {@code limit} calls per {@code window}; the counts start afresh. */
    public JsonNode setRateLimit(int limit, String window) {
        return send("POST", "/__sim/rate-limit", Map.of("limit", limit, "window", window));
    }

    public JsonNode clearRateLimits() {
        return send("DELETE", "/__sim/rate-limit", null);
    }

    /** {@code GET /__sim/journal?...}: the newest calls first. */
    public JsonNode journal(String query) {
        return send("GET", "/__sim/journal" + (query.isEmpty() ? "" : "?" + query), null);
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .method(method, publisher)
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }
}
