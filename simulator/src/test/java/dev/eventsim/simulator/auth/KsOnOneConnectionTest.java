package dev.eventsim.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several calls on one kept-alive connection, as every HTTP client makes them: each KS is read as
 * sent. Jetty caches a connection's header lines and, left to its default, matches them ignoring
 * case, so a KS differing from the previous one only in the case of one letter was taken for it.
 */
class KsOnOneConnectionTest extends ApiTest {

    @Test
    void a_ks_differing_from_the_previous_one_only_in_the_case_of_a_letter_is_401() throws IOException {
        String ks = simulator.adminKs();
        String recased = recaseOneLetter(ks);

        List<String> statusLines = onOneConnection(ks, recased, ks);

        assertThat(statusLines).containsExactly("HTTP/1.1 200 OK", "HTTP/1.1 401 Unauthorized", "HTTP/1.1 200 OK");
    }

    /** The KS with the first lower-case letter of its signed part in upper case. */
    private static String recaseOneLetter(String ks) {
        for (int i = ks.length() / 2; i < ks.length(); i++) {
            char c = ks.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return ks.substring(0, i) + Character.toUpperCase(c) + ks.substring(i + 1);
            }
        }
        throw new IllegalStateException("no lower-case letter in the second half of " + ks);
    }

    /** events/list once per KS, one after the other on one socket; the status line of each answer. */
    private static List<String> onOneConnection(String... kses) throws IOException {
        List<String> statusLines = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            for (String ks : kses) {
                out.write(("POST /api/v1/events/list HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ks
                        + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                statusLines.add(in.readLine());
                int length = -1;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                    }
                }
                assertThat(length).as("every answer has its Content-Length").isPositive();
                assertThat(in.skip(length)).isEqualTo(length);
            }
        }
        return statusLines;
    }
}
