package dev.eventsim.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** What a test got back over HTTP: the code, the headers, the raw body and its JSON reading. */
public record ApiResponse(int statusCode, HttpHeaders headers, String rawBody, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The top-level {@code status} value of the body. */
    public String status() {
        return json == null ? null : json.path("status").asText(null);
    }

    public String message() {
        return json == null ? null : json.path("message").asText(null);
    }
}
