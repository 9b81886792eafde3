package dev.eventsim.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.contract.PactFile;
import dev.eventsim.contract.broker.Broker;
import dev.eventsim.contract.broker.GitRepository;
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
            BrokerOrFolder loader = new BrokerOrFolder(Optional.of(new Broker(standIn.url(), "s3cret")), "no-folder",
                    Path.of("."));
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

        List<Pact> pacts = new BrokerOrFolder(Optional.empty(), dir.toString(), dir).load(PactFile.PROVIDER);

        assertThat(pacts).singleElement().satisfies(pact ->
                assertThat(pact.getConsumer().getName()).isEqualTo(PactFile.CONSUMER));
    }

    @Test
    void results_to_publish_without_a_provider_version_are_published_as_the_commit_of_a_clean_tree(
            @TempDir Path dir) throws IOException {
        String commit = GitRepository.init(dir).commit("first");

        assertThat(providerVersionWhenLoading(dir)).isEqualTo(commit);
    }

    @Test
    void results_to_publish_without_a_provider_version_are_refused_from_a_dirty_tree(@TempDir Path dir)
            throws IOException {
        GitRepository.init(dir).commit("first");
        Files.writeString(dir.resolve("Changed.java"), "class Changed {}");

        assertThatThrownBy(() -> providerVersionWhenLoading(dir)).hasMessageContaining("changes not committed")
                .hasMessageContaining("Changed.java");
    }

    /** The version pact-jvm will publish after a load from a stand-in broker, results on, no version given. */
    private static String providerVersionWhenLoading(Path workingTree) throws IOException {
        String publish = System.getProperty("pact.verifier.publishResults");
        String version = System.getProperty("pact.provider.version");
        System.setProperty("pact.verifier.publishResults", "true");
        System.clearProperty("pact.provider.version");
        try (StandInBroker standIn = new StandInBroker()) {
            new BrokerOrFolder(Optional.of(new Broker(standIn.url(), null)), "no-folder", workingTree)
                    .load(PactFile.PROVIDER);
            return System.getProperty("pact.provider.version");
        } finally {
            restore("pact.verifier.publishResults", publish);
            restore("pact.provider.version", version);
        }
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
