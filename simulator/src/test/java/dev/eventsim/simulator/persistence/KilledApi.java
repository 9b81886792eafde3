package dev.eventsim.simulator.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bare client for a simulator that is about to be killed: a call cut off by the kill answers
 * null rather than fail the test, and nothing checks answers against the OpenAPI document (the
 * crash test makes thousands of calls).
 */
final class KilledApi {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String ks;

    KilledApi(String baseUrl, String ks) {
        this.baseUrl = baseUrl;
        this.ks = ks;
    }

    /** The answer of an /api/v1 operation; null when the simulator died before answering. */
    JsonNode post(String operation, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/" + operation))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ks)
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build();
        return send(request);
    }

    /** A control-plane call; null when the simulator died before answering. */
    JsonNode control(String method, String path, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(body))).build();
        return send(request);
    }

    /** Every event of the default partner by id, page by page (15 is the largest page). */
    Map<Long, JsonNode> allEvents() {
        Map<Long, JsonNode> events = new LinkedHashMap<>();
        for (int offset = 0; ; offset += 15) {
            JsonNode page = post("events/list", Map.of("pager", Map.of("offset", offset, "limit", 15)));
            if (page == null) {
                throw new IllegalStateException("the simulator stopped answering");
            }
            page.path("events").forEach(event -> events.put(event.path("id").asLong(), event));
            if (page.path("events").size() < 15) {
                return events;
            }
        }
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return Api.JSON.readTree(response.body());
        } catch (IOException e) {
            return null; // killed mid-call: the write was not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
