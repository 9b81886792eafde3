package dev.eventsim.load.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The two peers, each in a JVM of its own with the simulator's JVM flags, serving the very same bytes. */
final class Peers {
    private Peers() {
    }

    /**
     * WireMock 3 standalone as people run it for a load test (request journal and request logging
     * off, as its documentation advises), with one stub: POST /api/v1/events/list answers the bytes.
     */
    static ServerProcess wireMock(Settings settings, List<String> jvmArgs, byte[] body) {
        int port = ServerProcess.freePort();
        ServerProcess server = ServerProcess.start("wiremock", jvmArgs, List.of("-jar", wireMockJar(),
                "--port", String.valueOf(port), "--bind-address", "127.0.0.1", "--disable-banner",
                "--no-request-journal", "--disable-request-logging"), port, "/__admin/mappings",
                settings.outputDir().resolve("logs"));
        SetupHttp.post(server.baseUrl() + "/__admin/mappings", null, "{\"request\": {\"method\": \"POST\", "
                + "\"url\": \"/api/v1/events/list\"}, \"response\": {\"status\": 200, \"headers\": "
                + "{\"Content-Type\": \"application/json\"}, \"base64Body\": \""
                + Base64.getEncoder().encodeToString(body) + "\"}}");
        return server;
    }

    /** A bare Javalin handler writing the pre-serialized bytes at POST /api/v1/events/list ({@link BarePeer}). */
    static ServerProcess bareJavalin(Settings settings, List<String> jvmArgs, byte[] body) {
        return bareJavalin(settings, "bare-javalin", jvmArgs, Map.of("/api/v1/events/list", body));
    }

    /** A bare Javalin handler answering each POST path with its pre-serialized bytes ({@link BarePeer}). */
    static ServerProcess bareJavalin(Settings settings, String name, List<String> jvmArgs, Map<String, byte[]> bodies) {
        List<String> args = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"),
                BarePeer.class.getName()));
        int port = ServerProcess.freePort();
        args.add(String.valueOf(port));
        try {
            Path dir = Files.createDirectories(settings.outputDir().resolve(name + "-answers"));
            int n = 0;
            for (Map.Entry<String, byte[]> route : bodies.entrySet()) {
                Path file = dir.resolve("answer-" + n++ + ".json");
                Files.write(file, route.getValue());
                args.add(route.getKey() + "=" + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServerProcess.start(name, jvmArgs, args, port, "/ready", settings.outputDir().resolve("logs"));
    }

    /** The wiremock-standalone jar on the benchmark's class path (the profile puts it there). */
    private static String wireMockJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> new File(entry).getName().startsWith("wiremock-standalone-"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wiremock-standalone is not on the class path: "
                        + "run the benchmark through its Maven profile (-Pbenchmark)"));
    }
}
