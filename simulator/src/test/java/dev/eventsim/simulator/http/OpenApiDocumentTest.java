package dev.eventsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's OpenAPI document is served, and it is the file the tests and the drift guard read. */
class OpenApiDocumentTest extends ApiTest {

    @Test
    void the_document_is_served_as_yaml_without_a_ks() throws IOException {
        ApiResponse served = api.withKs(null).send(api.request("/openapi.yaml").GET().build());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/yaml");
        assertThat(served.rawBody()).startsWith("openapi: 3.").contains("/api/v1/events/create:", "/__sim/reset:");
        assertThat(served.rawBody()).as("the file in the repository, byte for byte")
                .isEqualTo(Files.readString(Path.of("src/main/resources/openapi/events-simulator.yaml")));
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("openapi/events-simulator.yaml")) {
            assertThat(served.rawBody()).as("the class path resource the contract tests' drift guard reads")
                    .isEqualTo(new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_document_describes_where_it_is_served() {
        ApiResponse served = api.send(api.request("/openapi.yaml").GET().build());

        assertThat(served.rawBody()).contains("\n  /openapi.yaml:\n");
    }

    @Test
    void the_dashboard_links_to_it() {
        ApiResponse page = api.send(api.request("/__sim/ui").GET().build());

        assertThat(page.rawBody()).contains("href=\"/openapi.yaml\"");
    }
}
