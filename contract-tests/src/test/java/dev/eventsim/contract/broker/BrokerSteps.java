package dev.eventsim.contract.broker;

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

/**
 * The two release steps of a Pact Broker, through its HTTP API (the Pact CLI's {@code can-i-deploy}
 * and {@code record-deployment} call the same resources): may this version of a pacticipant go to an
 * environment, and this version is now deployed there. Each call is sent once.
 */
final class BrokerSteps {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The broker's verdict: {@code deployable} is false when the broker does not know (no verification yet). */
    record Verdict(boolean deployable, String reason) {
    }

    private final Broker broker;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    BrokerSteps(Broker broker) {
        this.broker = broker;
    }

    /** {@code GET /can-i-deploy?pacticipant=&version=&environment=}. */
    Verdict canIDeploy(String pacticipant, String version, String environment) {
        JsonNode answer = send("GET", "/can-i-deploy?pacticipant=" + encode(pacticipant) + "&version="
                + encode(version) + "&environment=" + encode(environment), null, 200);
        JsonNode summary = answer.path("summary");
        return new Verdict(summary.path("deployable").asBoolean(false), summary.path("reason").asText(""));
    }

    /**
     * Finds the environment by name ({@code GET /environments}), then
     * {@code POST /pacticipants/{p}/versions/{v}/deployed-versions/environment/{uuid}}.
     */
    void recordDeployment(String pacticipant, String version, String environment) {
        String uuid = null;
        for (JsonNode e : send("GET", "/environments", null, 200).path("_embedded").path("environments")) {
            if (environment.equals(e.path("name").asText())) {
                uuid = e.path("uuid").asText();
            }
        }
        if (uuid == null) {
            throw new IllegalStateException("the Pact Broker at " + broker + " has no environment named '"
                    + environment + "'; create it there first");
        }
        send("POST", "/pacticipants/" + encode(pacticipant) + "/versions/" + encode(version)
                + "/deployed-versions/environment/" + encode(uuid), "{}", 201);
    }

    private JsonNode send(String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(broker.url() + path)).timeout(TIMEOUT)
                .header("Accept", "application/hal+json, application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (broker.token() != null) {
            request.header("Authorization", "Bearer " + broker.token());
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected && !(expected == 201 && answer.statusCode() == 200)) {
                throw new IllegalStateException(method + " " + broker.url() + path + " answered HTTP "
                        + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + broker.url() + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + broker.url() + path, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
