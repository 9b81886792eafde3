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

/** The control plane table of docs/control-plane.md and the OpenAPI document cannot fall behind the route table. */
class ControlPlaneDocsTest extends ApiTest {

    private static List<ControlRoutes.Route> routes() {
        return simulator.controlRoutes();
    }

    @Test
    void every_control_route_is_a_row_of_the_docs_table() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "control-plane.md"));

        for (ControlRoutes.Route route : routes()) {
            assertThat(page).as("docs/control-plane.md row for %s %s", route.method(), route.path())
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
