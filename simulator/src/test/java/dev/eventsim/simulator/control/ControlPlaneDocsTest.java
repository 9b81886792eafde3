package dev.eventsim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiTest;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's control plane table and the OpenAPI document cannot fall behind the route table. */
class ControlPlaneDocsTest extends ApiTest {

    private static List<ControlRoutes.Route> routes() {
        return simulator.controlRoutes();
    }

    @Test
    void every_control_route_is_a_row_of_the_readme_table() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        for (ControlRoutes.Route route : routes()) {
            assertThat(readme).as("README row for %s %s", route.method(), route.path())
                    .contains("| `" + route.method() + " " + route.path() + "` |");
        }
    }

    @Test
    void every_control_route_is_in_the_openapi_document() throws IOException {
        String text = new String(getClass().getResourceAsStream("/openapi/events-simulator.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        Paths paths = new OpenAPIV3Parser().readContents(text).getOpenAPI().getPaths();

        for (ControlRoutes.Route route : routes()) {
            PathItem item = paths.get(route.path());
            assertThat(item).as("path %s", route.path()).isNotNull();
            assertThat(item.readOperationsMap()).as("%s %s", route.method(), route.path())
                    .containsKey(PathItem.HttpMethod.valueOf(route.method().name()));
        }
    }
}
