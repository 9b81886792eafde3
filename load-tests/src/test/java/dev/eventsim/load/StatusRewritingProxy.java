package dev.eventsim.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a service that answers HTTP 200 without {@code "status": "ok"}, which the simulator
 * never does: a loopback proxy in front of a simulator that forwards every call, and turns the
 * {@code status} of one operation's successful answers into another value of the contract's enum,
 * keeping HTTP 200. Test code only.
 */
final class StatusRewritingProxy implements AutoCloseable {
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "Content-Type", "Accept");

    private final String upstream;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpServer server;
    private final AtomicInteger rewritten = new AtomicInteger();
    private volatile String rewrittenPath;
    private volatile String status;

    /** Listens on a free loopback port and forwards to {@code upstream}, e.g. {@code http://127.0.0.1:8080}. */
    StatusRewritingProxy(String upstream) throws IOException {
        this.upstream = upstream;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** From now on, answers of {@code operation} ({@code events/update}) that say ok say {@code status}. */
    void rewrite(String operation, String status) {
        this.status = status;
        this.rewrittenPath = "/api/v1/" + operation;
    }

    /** How many answers were rewritten. */
    int rewritten() {
        return rewritten.get();
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            for (String name : FORWARDED_HEADERS) {
                exchange.getRequestHeaders().getOrDefault(name, List.of()).forEach(value -> request.header(name, value));
            }
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = answer.body();
            if (exchange.getRequestURI().getPath().equals(rewrittenPath)) {
                bytes = rewritten(bytes);
            }
            answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] rewritten(byte[] answer) throws IOException {
        JsonNode body = HttpJson.MAPPER.readTree(answer);
        if (!(body instanceof ObjectNode object) || !"ok".equals(object.path("status").asText())) {
            return answer;
        }
        object.put("status", status);
        rewritten.incrementAndGet();
        return HttpJson.MAPPER.writeValueAsString(object).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
