package dev.eventsim.contract.broker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Pact Broker on loopback that answers the resources the build uses as a real one does, with
 * canned answers, and records every request: the index, publish-contracts, pacts-for-verification
 * (one pact, {@link #pact}), the pact with its link to publish verification results, can-i-deploy,
 * the environments ({@code production}) and deployed-versions.
 */
public final class StandInBroker implements AutoCloseable {
    public static final String PRODUCTION_UUID = "5d8e3a6a-0000-4000-8000-000000000001";
    static final String PACT_PATH = "/pacts/provider/events-api/consumer/events-reference-client/pact-version/1";

    /** A request the broker received. */
    public record Received(String method, String path, String query, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** A pact between the two with no interactions. */
    public static final String EMPTY_PACT = "{\"consumer\": {\"name\": \"events-reference-client\"},"
            + " \"provider\": {\"name\": \"events-api\"}, \"interactions\": [],"
            + " \"metadata\": {\"pactSpecification\": {\"version\": \"4.0\"}}}";

    /** The pact answered for verification, without its {@code _links} (added here). */
    public volatile String pact = EMPTY_PACT;
    public volatile int publishStatus = 200;
    public volatile String deployable = "true";

    public StandInBroker() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The first request with this method whose path starts with {@code path}. */
    public Optional<Received> first(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().startsWith(path)).findFirst();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(method, path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        int status = 200;
        String answer;
        if (path.equals("/")) {
            answer = "{\"_links\": {"
                    + "\"pb:publish-contracts\": {\"href\": \"" + url() + "/contracts/publish\"},"
                    + "\"pb:provider-pacts-for-verification\": {\"href\": \"" + url()
                    + "/pacts/provider/{provider}/for-verification\", \"templated\": true}}}";
        } else if (path.equals("/contracts/publish")) {
            status = publishStatus;
            answer = "{\"notices\": [], \"_links\": {}}";
        } else if (path.endsWith("/for-verification")) {
            answer = "{\"_embedded\": {\"pacts\": [{\"shortDescription\": \"latest from main\","
                    + " \"verificationProperties\": {\"pending\": false, \"notices\": []},"
                    + " \"_links\": {\"self\": {\"href\": \"" + url() + PACT_PATH + "\","
                    + " \"name\": \"Pact between events-reference-client and events-api\"}}}]}}";
        } else if (path.equals(PACT_PATH)) {
            answer = pact.strip().replaceFirst("}$", ", \"_links\": {\"pb:publish-verification-results\":"
                    + " {\"href\": \"" + url() + PACT_PATH + "/verification-results\"}}}");
        } else if (path.endsWith("/verification-results")) {
            status = 201;
            answer = "{\"success\": true, \"_links\": {}}";
        } else if (path.equals("/can-i-deploy")) {
            answer = "{\"summary\": {\"deployable\": " + deployable + ", \"reason\": \"stand-in says " + deployable
                    + "\"}, \"matrix\": []}";
        } else if (path.equals("/environments")) {
            answer = "{\"_embedded\": {\"environments\": [{\"uuid\": \"" + PRODUCTION_UUID + "\","
                    + " \"name\": \"production\", \"production\": true}]}}";
        } else if (path.contains("/deployed-versions/environment/")) {
            status = 201;
            answer = "{\"currentlyDeployed\": true}";
        } else {
            status = 404;
            answer = "{}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/hal+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
