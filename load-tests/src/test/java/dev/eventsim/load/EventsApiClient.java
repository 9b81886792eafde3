package dev.eventsim.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The Events API as set-up and clean-up call it: one blocking call at a time, at most
 * {@code maxPerSecond} of them (a real region gets the same courtesy as under load).
 */
final class EventsApiClient {
    private final HttpJson http = new HttpJson();
    private final String apiBaseUrl;
    private final String authorization;
    private final long minNanosBetweenCalls;
    private long lastCall;

    EventsApiClient(String apiBaseUrl, String ks, double maxPerSecond) {
        this.apiBaseUrl = apiBaseUrl;
        this.authorization = "Bearer " + ks;
        this.minNanosBetweenCalls = maxPerSecond <= 0 ? 0 : (long) (1_000_000_000L / maxPerSecond);
    }

    /** Calls an operation such as {@code events/create}; any answer comes back, errors included. */
    HttpJson.Answer call(String operation, Map<String, ?> body) {
        pace();
        return http.postJson(apiBaseUrl + "/" + operation, authorization, body);
    }

    /** A core API call ({@code .../api_v3/service/...}, a form), paced like the others. */
    HttpJson.Answer callCore(String url, Map<String, String> form) {
        pace();
        return http.postForm(url, form);
    }

    /** Calls an operation and returns its body, failing unless it answered 2xx. */
    JsonNode require(String operation, Map<String, ?> body) {
        return HttpJson.expectOk(operation, call(operation, body)).body();
    }

    private synchronized void pace() {
        long wait = lastCall + minNanosBetweenCalls - System.nanoTime();
        if (lastCall != 0 && wait > 0) {
            // politeness towards a real service, not waiting for simulated time
            LockSupport.parkNanos(wait);
        }
        lastCall = System.nanoTime();
    }
}
