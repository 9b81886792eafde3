package dev.eventsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The 1 MiB body limit, with and without a Content-Length. */
class BodyLimitsTest extends ApiTest {
    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void a_body_one_byte_over_1_mib_is_413() {
        ApiResponse response = api.post("events/list", paddedJson(ONE_MIB + 1));

        assertTooLarge(response);
    }

    @Test
    void a_chunked_body_one_byte_over_1_mib_is_413() {
        ApiResponse response = api.send(chunked(paddedJson(ONE_MIB + 1)));

        assertTooLarge(response);
    }

    @Test
    void a_body_of_exactly_1_mib_is_read() {
        ApiResponse response = api.post("events/list", paddedJson(ONE_MIB));

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
    }

    @Test
    void a_chunked_body_of_exactly_1_mib_is_read() {
        ApiResponse response = api.send(chunked(paddedJson(ONE_MIB)));

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
    }

    @Test
    void the_size_is_checked_before_the_ks() {
        ApiResponse response = api.withKs(null).post("events/list", paddedJson(ONE_MIB + 1));

        assertTooLarge(response);
    }

    /** An empty JSON object of exactly {@code size} bytes, padded with white space. */
    static String paddedJson(int size) {
        String json = "{" + " ".repeat(size - 2) + "}";
        assertThat(json.getBytes(StandardCharsets.UTF_8)).hasSize(size);
        return json;
    }

    /** An events/list request whose body has no known length, so the client sends it chunked. */
    private HttpRequest chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return api.request("/api/v1/events/list")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + simulator.adminKs())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
    }

    private static void assertTooLarge(ApiResponse response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.status()).isEqualTo("InvalidArgument");
        assertThat(response.message()).contains(Integer.toString(ONE_MIB));
    }
}
