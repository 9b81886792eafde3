package dev.eventsim.contract.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing, against a stand-in broker on loopback that answers as a Pact Broker's publish-contracts endpoint. */
class PactPublisherTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACT = "{\"consumer\": {\"name\": \"events-reference-client\"},"
            + " \"provider\": {\"name\": \"events-api\"}, \"interactions\": [],"
            + " \"metadata\": {\"pactSpecification\": {\"version\": \"4.0\"}}}";

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer broker;
    private int publishStatus = 200;

    record Received(String method, String path, String authorization, String body) {
    }

    @BeforeEach
    void startBroker() throws IOException {
        broker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        broker.createContext("/", this::answer);
        broker.start();
    }

    @AfterEach
    void stopBroker() {
        broker.stop(0);
    }

    @Test
    void nothing_is_published_without_a_broker_url() {
        assertThat(PactPublisher.settings(Map.of("PACT_BROKER_TOKEN", "t"), "1.0", "dev")).isEmpty();
    }

    @Test
    void the_pact_goes_to_the_broker_with_the_token_the_version_and_the_branch(@TempDir Path dir) throws IOException {
        PactPublisher.Settings settings = PactPublisher.settings(Map.of("PACT_BROKER_URL", brokerUrl(),
                "PACT_BROKER_TOKEN", "s3cret", "PACT_CONSUMER_BRANCH", "main"), "abc1234", "dev").orElseThrow();

        PactPublisher.publish(pactFile(dir), settings);

        Received publish = received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        JsonNode body = JSON.readTree(publish.body());
        assertThat(publish.path()).isEqualTo("/contracts/publish");
        assertThat(publish.authorization()).isEqualTo("Bearer s3cret");
        assertThat(body.path("pacticipantName").asText()).isEqualTo("events-reference-client");
        assertThat(body.path("pacticipantVersionNumber").asText()).isEqualTo("abc1234");
        assertThat(body.path("branch").asText()).isEqualTo("main");
        assertThat(new String(Base64.getDecoder().decode(body.path("contracts").path(0).path("content").asText()),
                StandardCharsets.UTF_8)).as("the pact file itself").isEqualTo(PACT);
        assertThat(settings.toString()).as("the token is never printed").doesNotContain("s3cret");
    }

    @Test
    void without_a_version_property_the_version_comes_from_git_or_the_project() {
        PactPublisher.Settings settings = PactPublisher.settings(Map.of("PACT_BROKER_URL", brokerUrl()), " ",
                "0.1.0-SNAPSHOT").orElseThrow();

        assertThat(settings.consumerVersion()).as("a commit id in a clone, the project version elsewhere")
                .matches("[0-9a-f]{7,40}|0\\.1\\.0-SNAPSHOT");
    }

    @Test
    void a_refusal_of_the_broker_fails_the_publication(@TempDir Path dir) throws IOException {
        publishStatus = 401;
        PactPublisher.Settings settings = PactPublisher.settings(Map.of("PACT_BROKER_URL", brokerUrl()), "1", "dev")
                .orElseThrow();
        Path pact = pactFile(dir);

        String logged = loggedDuring(() -> assertThatThrownBy(() -> PactPublisher.publish(pact, settings))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(brokerUrl()));

        assertThat(logged).as("Pact's own log of the refusal, kept out of the build's output")
                .contains("failed with HTTP response 401");
    }

    /**
     * What Pact logs while {@code call} runs: it logs through slf4j-simple to standard error, and a
     * refusal the test provokes on purpose is asserted on rather than printed.
     */
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

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        boolean index = exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().equals("/");
        String answer = index
                ? "{\"_links\": {\"pb:publish-contracts\": {\"href\": \"" + brokerUrl() + "/contracts/publish\"}}}"
                : "{\"notices\": [], \"_links\": {}}";
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/hal+json");
        exchange.sendResponseHeaders(index ? 200 : publishStatus, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String brokerUrl() {
        return "http://127.0.0.1:" + broker.getAddress().getPort();
    }

    private static Path pactFile(Path dir) throws IOException {
        Path file = dir.resolve("events-reference-client-events-api.json");
        Files.writeString(file, PACT);
        return file;
    }
}
