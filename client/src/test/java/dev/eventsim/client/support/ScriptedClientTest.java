package dev.eventsim.client.support;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.simulator.clock.SimClock;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests against a {@link ScriptedServer}: a client with the guide's retry policy
 * without jitter, waiting on a frozen clock of its own through a {@link VirtualSleeper}.
 */
public abstract class ScriptedClientTest {
    public static final Instant NOW = Instant.parse("2030-01-01T09:00:00Z");

    protected ScriptedServer server;
    protected SimClock clock;
    protected VirtualSleeper sleeper;
    protected CallLog calls;
    protected EventsClient client;

    @BeforeEach
    void aScriptedServerAndAClient() {
        server = new ScriptedServer();
        clock = new SimClock(Clock.systemUTC());
        clock.freeze();
        clock.set(NOW);
        sleeper = new VirtualSleeper(clock);
        calls = new CallLog();
        client = clientBuilder().build();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected EventsClient.Builder clientBuilder() {
        return EventsClient.builder()
                .baseUrl(server.baseUrl())
                .ksProvider(KsProvider.fixed("a-ks"))
                .retryPolicy(RetryPolicy.builder().jitter(0).build())
                .sleeper(sleeper)
                .clock(clock)
                .listener(calls);
    }

    /** A whole event as the contract shapes it. */
    public static String eventJson(long id, String name, Instant createdAt) {
        return """
                {"id": %d, "publicDomain": "p.example.test", "name": "%s", "description": "",
                 "startDate": "2030-05-01T14:00:00.000Z", "endDate": "2030-05-01T16:00:00.000Z",
                 "timezone": "Europe/Berlin", "logoUrl": "", "bannerImageUrl": "", "labels": [],
                 "createdAt": "%s", "updatedAt": "%s", "languages": ["en"], "isRegistrationOpen": true,
                 "doorsOpenDate": "2030-05-01T14:00:00.000Z", "templateId": "tm0000", "templateName": "Blank template"}
                """.formatted(id, name, createdAt, createdAt);
    }

    public static ScriptedServer.Answer eventAnswer(long id, String name, Instant createdAt) {
        return ScriptedServer.Answer.json(200, "{\"event\": " + eventJson(id, name, createdAt)
                + ", \"status\": \"ok\"}");
    }

    public static ScriptedServer.Answer eventListAnswer(long totalCount, String... events) {
        return ScriptedServer.Answer.json(200, "{\"events\": [" + String.join(",", events) + "], \"totalCount\": "
                + totalCount + ", \"status\": \"ok\"}");
    }

    public static ScriptedServer.Answer error(int status, String requestStatus, String message) {
        return ScriptedServer.Answer.json(status, "{\"status\": \"" + requestStatus + "\", \"message\": \""
                + message + "\"}");
    }
}
