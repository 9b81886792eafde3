package dev.eventsim.contract.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing, against a stand-in broker on loopback. */
class PactPublisherTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StandInBroker standIn;

    @BeforeEach
    void startBroker() throws IOException {
        standIn = new StandInBroker();
    }

    @AfterEach
    void stopBroker() {
        standIn.close();
    }

    @Test
    void there_is_no_broker_without_a_url() {
        assertThat(Broker.configured(p -> null, Map.of("PACT_BROKER_TOKEN", "t"))).isEmpty();
    }

    @Test
    void the_broker_is_read_from_pact_jvm_properties_first_then_the_environment() {
        Map<String, String> properties = Map.of("pactbroker.url", "http://a.example/", "pactbroker.auth.token", "p");
        Map<String, String> environment = Map.of("PACT_BROKER_URL", "http://b.example", "PACT_BROKER_TOKEN", "e");

        assertThat(Broker.configured(properties::get, environment)).contains(new Broker("http://a.example", "p"));
        assertThat(Broker.configured(p -> null, environment)).contains(new Broker("http://b.example", "e"));
        assertThat(new Broker("http://b.example", "s3cret").toString()).as("the token is never printed")
                .doesNotContain("s3cret");
    }

    @Test
    void the_pact_goes_to_the_broker_with_the_token_the_version_and_the_branch(@TempDir Path dir) throws IOException {
        PactPublisher.Release release = PactPublisher.release(Map.of("pact.consumer.version", "abc1234")::get,
                Map.of("PACT_CONSUMER_BRANCH", "main"), dir);

        PactPublisher.publish(pactFile(dir), new Broker(standIn.url(), "s3cret"), release);

        StandInBroker.Received publish = standIn.first("POST", "/contracts/publish").orElseThrow();
        JsonNode body = JSON.readTree(publish.body());
        assertThat(publish.authorization()).isEqualTo("Bearer s3cret");
        assertThat(body.path("pacticipantName").asText()).isEqualTo("events-reference-client");
        assertThat(body.path("pacticipantVersionNumber").asText()).isEqualTo("abc1234");
        assertThat(body.path("branch").asText()).isEqualTo("main");
        assertThat(new String(Base64.getDecoder().decode(body.path("contracts").path(0).path("content").asText()),
                StandardCharsets.UTF_8)).as("the pact file itself").isEqualTo(standIn.pact);
    }

    @Test
    void without_a_version_property_the_version_is_the_commit_of_a_clean_tree(@TempDir Path dir) {
        String commit = GitRepository.init(dir).commit("first");

        PactPublisher.Release release = PactPublisher.release(p -> null, Map.of(), dir);

        assertThat(release.version()).isEqualTo(commit);
        assertThat(release.branch()).isEqualTo("main");
    }

    @Test
    void without_a_version_property_a_dirty_tree_is_refused(@TempDir Path dir) throws IOException {
        GitRepository.init(dir).commit("first");
        Files.writeString(dir.resolve("README.md"), "changed");

        assertThatThrownBy(() -> PactPublisher.release(p -> null, Map.of(), dir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("changes not committed")
                .hasMessageContaining("README.md");
    }

    @Test
    void a_refusal_of_the_broker_fails_the_publication(@TempDir Path dir) throws IOException {
        standIn.publishStatus = 401;
        Broker broker = new Broker(standIn.url(), null);
        Path pact = pactFile(dir);
        PactPublisher.Release release = new PactPublisher.Release("1", null);

        String logged = loggedDuring(() -> assertThatThrownBy(() -> PactPublisher.publish(pact, broker, release))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(standIn.url()));

        assertThat(logged).as("Pact's own log of the refusal, kept out of the build's output")
                .contains("failed with HTTP response 401");
    }

    /** What is logged to standard error while {@code call} runs: a refusal provoked on purpose is asserted. */
    private static String loggedDuring(Runnable call) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            call.run();
        } catch (RuntimeException | Error e) {
            original.print(bytes.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Path pactFile(Path dir) throws IOException {
        Path file = dir.resolve("events-reference-client-events-api.json");
        Files.writeString(file, standIn.pact);
        return file;
    }
}
