package dev.eventsim.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.contract.PactFile;
import dev.eventsim.contract.broker.StandInBroker;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The whole verification as a team runs it from a broker: {@link EventsApiProviderIT}, run inside
 * this test with {@code -Dpactbroker.url} pointing at a stand-in broker on loopback and
 * {@code -Dpact.verifier.publishResults=true}, asks for the pacts with its consumer version
 * selectors, verifies the one it is given against the simulator, and publishes the result.
 */
class VerificationFromBrokerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTERACTION = "a request to create an event";

    @Test
    void the_pact_from_the_broker_is_verified_and_the_result_published() throws IOException {
        try (StandInBroker standIn = new StandInBroker()) {
            standIn.pact = pactWithOnly(INTERACTION);

            withProperties(Map.of("pactbroker.url", standIn.url(), "pact.verifier.publishResults", "true",
                    "pact.provider.version", "1.2.3-verified"), () -> EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(EventsApiProviderIT.class))
                    .execute()
                    .testEvents()
                    .assertStatistics(stats -> stats.started(1).succeeded(1)));

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

    private static void withProperties(Map<String, String> properties, Runnable run) {
        Map<String, String> before = new HashMap<>();
        properties.forEach((name, value) -> before.put(name, System.setProperty(name, value)));
        try {
            run.run();
        } finally {
            for (String name : List.copyOf(before.keySet())) {
                if (before.get(name) == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, before.get(name));
                }
            }
        }
    }
}
