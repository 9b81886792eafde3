package dev.eventsim.simulator.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the project's OpenAPI document — the Events API, the core API actions the simulator
 * answers and the control plane — at {@link #PATH}, as the jar ships it: the same file the
 * contract tests hold against the real service's contract. No KS and no admin token, like
 * {@code /metrics}: it describes the simulator and holds no data.
 */
final class OpenApiDocument {
    static final String PATH = "/openapi.yaml";
    private static final String RESOURCE = "openapi/events-simulator.yaml";
    /** RFC 9512's media type for YAML. */
    private static final String CONTENT_TYPE = "application/yaml; charset=utf-8";

    private OpenApiDocument() {
    }

    static void install(Javalin app, AllowedMethods allowed) {
        byte[] document = read();
        app.get(PATH, ctx -> ctx.contentType(CONTENT_TYPE).result(document));
        allowed.add("GET", PATH);
    }

    private static byte[] read() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the simulator's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
