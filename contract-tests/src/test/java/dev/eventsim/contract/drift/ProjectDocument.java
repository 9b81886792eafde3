package dev.eventsim.contract.drift;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The project's OpenAPI document, as the simulator jar ships it. */
final class ProjectDocument {
    /** Where the simulator module keeps it, on the class path. */
    static final String LOCATION = "openapi/events-simulator.yaml";
    static final String API_PREFIX = "/api/v1/";

    private ProjectDocument() {
    }

    static String text() {
        try (InputStream in = ProjectDocument.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the class path (the simulator jar has it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenAPI parse() {
        OpenAPI api = new OpenAPIV3Parser().readContents(text()).getOpenAPI();
        if (api == null) {
            throw new IllegalStateException(LOCATION + " could not be parsed");
        }
        return api;
    }

    /** The {@code /api/v1} paths of the document, each with the HTTP methods it documents. */
    static Map<String, PathItem> apiPaths() {
        Map<String, PathItem> paths = new TreeMap<>();
        parse().getPaths().forEach((path, item) -> {
            if (path.startsWith(API_PREFIX)) {
                paths.put(path, item);
            }
        });
        return paths;
    }

    /** The documented operations by the names the simulator's route table uses: {@code events/create}. */
    static Set<String> apiOperations() {
        Set<String> operations = new TreeSet<>();
        apiPaths().keySet().forEach(path -> operations.add(path.substring(API_PREFIX.length())));
        return operations;
    }
}
