package dev.eventsim.client.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands between the client and a simulator and, for the operations told, passes the request on,
 * lets the simulator act on it, then closes the connection without an answer: the answer lost on
 * the way back, which the simulator's own {@code drop} fault (it drops before the operation runs)
 * cannot show.
 */
public final class AnswerDroppingProxy implements AutoCloseable {
    private static final List<String> PASSED_HEADERS = List.of("Content-Type", "Accept", "Authorization",
            "User-Agent");

    private final String target;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, AtomicInteger> toDrop = new ConcurrentHashMap<>();

    /** A proxy in front of {@code targetBaseUrl}, such as {@code simulator.apiBaseUrl()}. */
    public AnswerDroppingProxy(String targetBaseUrl) {
        this.target = targetBaseUrl.endsWith("/") ? targetBaseUrl.substring(0, targetBaseUrl.length() - 1)
                : targetBaseUrl;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::forward);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    /** The next {@code times} calls of {@code operation} run on the simulator, and their answers are lost. */
    public AnswerDroppingProxy dropAnswers(String operation, int times) {
        toDrop.put(operation, new AtomicInteger(times));
        return this;
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String operation = path.substring(path.indexOf("/api/v1/") + "/api/v1/".length());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + "/" + operation))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        PASSED_HEADERS.forEach(name -> {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                request.header(name, value);
            }
        });
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        AtomicInteger left = toDrop.get(operation);
        if (left != null && left.getAndDecrement() > 0) {
            exchange.close(); // no status line: the client reads only the end of the stream
            return;
        }
        answer.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                    && !name.equalsIgnoreCase("connection") && !name.startsWith(":")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
