package dev.eventsim.contract.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The part of the core API ({@code /api_v3}) the clean-up needs: {@code category.list} and
 * {@code category.delete}, for the three categories the platform keeps for every deleted event
 * (docs/core-api.md, "Categories left behind"). Calls are paced: a real region allows 5 requests
 * a second.
 */
public final class CoreApi {
    /** A real region's cap; the in-process simulator is not paced. */
    public static final double REGION_REQUESTS_PER_SECOND = 5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI root;
    private final String ks;
    private final long nanosBetweenCalls;
    private long lastCall;

    /** {@code root} is the service URL the core API answers under ({@code root/api_v3/...}). */
    public CoreApi(URI root, String ks, double requestsPerSecond) {
        this.root = URI.create(root.toString().replaceAll("/+$", "") + "/");
        this.ks = ks;
        this.nanosBetweenCalls = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
    }

    public URI root() {
        return root;
    }

    /** The ids of the root category an event left ({@code {eventId}EP...}); deleting it takes the two under it. */
    public List<Long> categoriesOf(long eventId) {
        JsonNode answer = call("category", "list", Map.of(
                "filter[fullNameStartsWith]", eventId + "EP", "filter[parentIdEqual]", "0"));
        List<Long> ids = new ArrayList<>();
        for (JsonNode category : answer.path("objects")) {
            ids.add(category.path("id").asLong());
        }
        return ids;
    }

    /** Deletes the categories of these events (all deleted before); answers how many root categories went. */
    public int deleteCategoriesOf(List<Long> eventIds) {
        int deleted = 0;
        for (long eventId : eventIds) {
            for (long id : categoriesOf(eventId)) {
                call("category", "delete", Map.of("id", Long.toString(id)));
                deleted++;
            }
        }
        return deleted;
    }

    /** How many categories the KS's partner has. */
    public int countCategories() {
        return call("category", "list", Map.of("pager[pageSize]", "1")).path("totalCount").asInt();
    }

    /** One call; a {@code KalturaAPIException} answer is an error naming its code and message. */
    JsonNode call(String service, String action, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("ks", ks);
        form.put("format", "1");
        URI uri = root.resolve("api_v3/service/" + service + "/action/" + action);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"))))
                .build();
        pace();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The core API at " + root + " does not answer " + service + "." + action
                    + ": " + Preflight.cause(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + uri, e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (response.statusCode() / 100 != 2 || body == null
                || "KalturaAPIException".equals(body.path("objectType").asText())) {
            throw new IllegalStateException("The core API at " + root + " refused " + service + "." + action
                    + ": HTTP " + response.statusCode()
                    + (body == null ? ", " + response.body() : ", code " + body.path("code").asText()
                    + ": " + body.path("message").asText()));
        }
        return body;
    }

    private synchronized void pace() {
        long wait = lastCall + nanosBetweenCalls - System.nanoTime();
        if (lastCall != 0 && wait > 0) {
            // courtesy towards a real account's rate limit, not waiting for simulated time
            LockSupport.parkNanos(wait);
        }
        lastCall = System.nanoTime();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
