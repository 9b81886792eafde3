package dev.eventsim.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.contract.PactFile;
import dev.eventsim.contract.broker.Broker;
import dev.eventsim.contract.broker.StandInBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the verification reads the pacts: a broker (a stand-in on loopback) when configured, the folder otherwise. */
class BrokerOrFolderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void with_a_broker_the_pacts_come_from_it_chosen_by_the_consumer_version_selectors() throws IOException {
        try (StandInBroker standIn = new StandInBroker()) {
            BrokerOrFolder loader = new BrokerOrFolder(Optional.of(new Broker(standIn.url(), "s3cret")), "no-folder");
            loader.initLoader(EventsApiProviderIT.class, null);

            List<Pact> pacts = loader.load(PactFile.PROVIDER);

            assertThat(pacts).singleElement().satisfies(pact ->
                    assertThat(pact.getConsumer().getName()).isEqualTo(PactFile.CONSUMER));
            StandInBroker.Received asked = standIn.first("POST", "/pacts/provider/events-api/for-verification")
                    .orElseThrow();
            JsonNode selectors = JSON.readTree(asked.body()).path("consumerVersionSelectors");
            assertThat(selectors).as("the selectors of EventsApiProviderIT")
                    .isEqualTo(JSON.readTree("[{\"mainBranch\": true}, {\"deployedOrReleased\": true}]"));
            assertThat(asked.authorization()).isEqualTo("Bearer s3cret");
        }
    }

    @Test
    void without_a_broker_the_pacts_come_from_the_folder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("events-reference-client-events-api.json"), StandInBroker.EMPTY_PACT);

        List<Pact> pacts = new BrokerOrFolder(Optional.empty(), dir.toString()).load(PactFile.PROVIDER);

        assertThat(pacts).singleElement().satisfies(pact ->
                assertThat(pact.getConsumer().getName()).isEqualTo(PactFile.CONSUMER));
    }
}
