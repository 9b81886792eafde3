package dev.eventsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body shorter than its Content-Length is answered 400 in the surface's own error format once
 * the connection has been silent for the idle timeout (--idle-timeout), not a bare 500 after 30 s.
 */
class ShortBodyTest {
    private static EventsSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults().withIdleTimeout(Duration.ofMillis(300)));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void an_api_call_is_a_400_in_the_api_envelope_naming_what_arrived() throws IOException {
        String answer = exchange("POST /api/v1/events/list HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Authorization: Bearer " + simulator.adminKs() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n"
                + "{\"a\":");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer.toLowerCase()).contains("content-type: application/json");
        JsonNode body = Api.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.path("status").asText()).isEqualTo("InvalidArgument");
        assertThat(body.path("message").asText()).contains("stopped after 5 of the 100 bytes");
    }

    @Test
    void a_core_api_call_is_answered_in_the_core_api_envelope() throws IOException {
        String answer = exchange("POST /api_v3/service/session/action/start HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: 80\r\n\r\n"
                + "{\"format\":1,");

        assertThat(answer).startsWith("HTTP/1.1 200"); // as every core API error
        assertThat(answer).contains("KalturaAPIException", "stopped after 12 of the 80 bytes");
    }

    /** Sends the request, keeps the connection open without sending more, and reads the answer. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(20_000); // a hang guard only: the answer comes after the 300 ms of silence
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException e) {
                // the server closed the connection after its answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
