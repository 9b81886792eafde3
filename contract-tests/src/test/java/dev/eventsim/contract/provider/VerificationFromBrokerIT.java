package dev.eventsim.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.contract.PactFile;
import dev.eventsim.contract.broker.StandInBroker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The whole verification as a team runs it from a broker: {@link EventsApiProviderIT}, run inside
 * this test with {@code -Dpactbroker.url} pointing at a stand-in broker on loopback and
 * {@code -Dpact.verifier.publishResults=true}, asks for the pacts with its consumer version
 * selectors, verifies the one it is given against the simulator, and publishes the result, a
 * failure as a failure.
 */
class VerificationFromBrokerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTERACTION = "a request to create an event";

    @Test
    void the_pact_from_the_broker_is_verified_and_the_result_published() throws IOException {
        try (StandInBroker standIn = new StandInBroker()) {
            standIn.pact = pactWithOnly(INTERACTION);

            verify(standIn, "1.2.3-verified").assertStatistics(stats -> stats.started(1).succeeded(1));

            JsonNode selectors = JSON.readTree(standIn.first("POST", "/pacts/provider/events-api/for-verification")
                    .orElseThrow().body()).path("consumerVersionSelectors");
            assertThat(selectors).isEqualTo(JSON.readTree("[{\"mainBranch\": true}, {\"deployedOrReleased\": true}]"));
            JsonNode result = JSON.readTree(standIn.first("POST", "/pacts/provider/events-api/consumer/")
                    .orElseThrow(() -> new AssertionError("no verification result was published"))
                    .body());
            assertThat(result.path("success").asBoolean()).isTrue();
            assertThat(result.path("providerApplicationVersion").asText()).isEqualTo("1.2.3-verified");
        }
    }

    @Test
    void a_failed_verification_is_published_as_failed() throws IOException {
        try (StandInBroker standIn = new StandInBroker()) {
            ObjectNode pact = (ObjectNode) JSON.readTree(pactWithOnly(INTERACTION));
            // the control case: an answer the simulator never gives
            ((ObjectNode) pact.path("interactions").path(0).path("response").path("body").path("content"))
                    .put("status", "never");
            standIn.pact = JSON.writeValueAsString(pact);

            verify(standIn, "1.2.3-failed").assertStatistics(stats -> stats.started(1).failed(1));

            JsonNode result = JSON.readTree(standIn.first("POST", "/pacts/provider/events-api/consumer/")
                    .orElseThrow(() -> new AssertionError("no verification result was published"))
                    .body());
            assertThat(result.path("success").asBoolean(true)).isFalse();
            assertThat(result.path("providerApplicationVersion").asText()).isEqualTo("1.2.3-failed");
        }
    }

    /** This build's pact, cut to one interaction. */
    private static String pactWithOnly(String description) throws IOException {
        ObjectNode pact = (ObjectNode) JSON.readTree(PactFile.path().toFile());
        ArrayNode kept = JSON.createArrayNode();
        pact.path("interactions").forEach(i -> {
            if (i.path("description").asText().equals(description)) {
                kept.add(i);
            }
        });
        assertThat(kept).as("the pact has '%s'", description).hasSize(1);
        pact.set("interactions", kept);
        return JSON.writeValueAsString(pact);
    }

    /**
     * Runs {@link EventsApiProviderIT} against the stand-in broker, with results published as this
     * provider version. Its line naming the simulator it started is captured, not printed.
     */
    private static Events verify(StandInBroker standIn, String providerVersion) {
        Map<String, String> properties = Map.of("pactbroker.url", standIn.url(),
                "pact.verifier.publishResults", "true", "pact.provider.version", providerVersion);
        Map<String, String> before = new HashMap<>();
        properties.forEach((name, value) -> before.put(name, System.setProperty(name, value)));
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Events events;
        try {
            events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(EventsApiProviderIT.class)).execute()
                    .testEvents();
        } finally {
            System.setOut(console);
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("the nested run's own simulator")
                .contains("Suites against the in-process simulator");
        return events;
    }
}
