package dev.eventsim.load.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's socket driver against the JDK's HTTP server on loopback: lengths, chunks, closes, status codes. */
class SocketConnectionTest {
    private static final byte[] BIG = "x".repeat(100_000).getBytes(StandardCharsets.US_ASCII);

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(pool);
        server.createContext("/api/v1/fixed", exchange -> answer(exchange, 200, BIG, BIG.length));
        server.createContext("/api/v1/chunked", exchange -> answer(exchange, 200, BIG, 0));
        server.createContext("/api/v1/missing",
                exchange -> answer(exchange, 404, "{}".getBytes(StandardCharsets.UTF_8), 2));
        server.createContext("/api/v1/close", exchange -> {
            exchange.getResponseHeaders().add("Connection", "close");
            answer(exchange, 200, "bye".getBytes(StandardCharsets.UTF_8), 3);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    @Test
    void answers_by_content_length_are_read_whole_and_the_connection_is_kept() throws IOException {
        SocketConnection connection = new SocketConnection();
        BenchRequest request = BenchRequest.post(base + "fixed", "the-ks", "{\"a\":1}");

        for (int i = 0; i < 3; i++) {
            assertThat(connection.exchange(request)).isEqualTo(new Driver.Answer(200, BIG.length));
        }
        connection.close();

        assertThat(seen).hasSize(3).allMatch(line -> line.equals("POST /api/v1/fixed Bearer the-ks {\"a\":1}"));
    }

    @Test
    void chunked_answers_are_counted_chunk_by_chunk() throws IOException {
        SocketConnection connection = new SocketConnection();

        Driver.Answer first = connection.exchange(BenchRequest.post(base + "chunked", "ks", "{}"));
        Driver.Answer second = connection.exchange(BenchRequest.post(base + "fixed", "ks", "{}"));
        connection.close();

        assertThat(first).isEqualTo(new Driver.Answer(200, BIG.length));
        assertThat(second).isEqualTo(new Driver.Answer(200, BIG.length));
    }

    @Test
    void a_body_is_kept_only_when_asked_whether_sized_or_chunked() throws IOException {
        SocketConnection connection = new SocketConnection();

        Driver.Answer sized = connection.exchangeKeepingBody(BenchRequest.post(base + "fixed", "ks", "{}"));
        Driver.Answer chunked = connection.exchangeKeepingBody(BenchRequest.post(base + "chunked", "ks", "{}"));
        Driver.Answer skipped = connection.exchange(BenchRequest.post(base + "fixed", "ks", "{}"));
        connection.close();

        assertThat(sized.body()).isEqualTo(BIG);
        assertThat(chunked.body()).isEqualTo(BIG);
        assertThat(skipped.body()).isNull();
        assertThat(skipped.length()).isEqualTo(BIG.length);
    }

    @Test
    void a_status_other_than_200_is_reported_and_a_closed_connection_is_opened_again() throws IOException {
        SocketConnection connection = new SocketConnection();

        Driver.Answer missing = connection.exchange(BenchRequest.post(base + "missing", "ks", "{}"));
        Driver.Answer closing = connection.exchange(BenchRequest.post(base + "close", "ks", "{}"));
        Driver.Answer after = connection.exchange(BenchRequest.post(base + "fixed", "ks", "{}"));
        connection.close();

        assertThat(missing).isEqualTo(new Driver.Answer(404, 2));
        assertThat(closing).isEqualTo(new Driver.Answer(200, 3));
        assertThat(after).isEqualTo(new Driver.Answer(200, BIG.length));
    }

    @Test
    void a_kept_alive_connection_the_server_closed_while_idle_is_opened_again_for_the_request()
            throws IOException {
        SocketConnection connection = new SocketConnection();
        BenchRequest request = BenchRequest.post(base + "fixed", "ks", "{}");
        connection.exchange(request);
        server.stop(0); // closes the idle connection
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", server.getAddress().getPort()), 0);
        server.setExecutor(pool);
        server.createContext("/api/v1/fixed", exchange -> answer(exchange, 200, BIG, BIG.length));
        server.start();

        Driver.Answer again = connection.exchange(request);
        connection.close();

        assertThat(again).isEqualTo(new Driver.Answer(200, BIG.length));
        assertThat(seen).hasSize(2);
    }

    @Test
    void a_server_that_is_gone_is_an_io_error() throws IOException {
        SocketConnection connection = new SocketConnection();
        BenchRequest request = BenchRequest.post(base + "fixed", "ks", "{}");
        server.stop(0);

        assertThatThrownBy(() -> connection.exchange(request)).isInstanceOf(IOException.class);
    }

    @Test
    void the_jdk_driver_reads_the_same_answers() throws IOException {
        Driver.Connection connection = Driver.JDK.open();

        assertThat(connection.exchange(BenchRequest.post(base + "chunked", "ks", "{}")))
                .isEqualTo(new Driver.Answer(200, BIG.length));
        assertThat(connection.exchange(BenchRequest.post(base + "missing", "ks", "{}")))
                .isEqualTo(new Driver.Answer(404, 2));
    }

    @Test
    void the_driver_knob_names_one_of_the_two() {
        assertThat(Driver.named(" Socket ")).isEqualTo(Driver.SOCKET);
        assertThat(Driver.named("jdk")).isEqualTo(Driver.JDK);
        assertThatThrownBy(() -> Driver.named("netty")).hasMessageContaining("socket or jdk");
    }

    private void answer(HttpExchange exchange, int status, byte[] body, long length) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, length);
            out.write(body);
        }
    }
}
