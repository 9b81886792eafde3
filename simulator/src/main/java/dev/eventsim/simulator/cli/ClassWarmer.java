package dev.eventsim.simulator.cli;

import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.http.Json;
import io.javalin.Javalin;
import java.time.Instant;

/**
 * Loads the web server, JSON and KS classes on a thread of its own while the main thread reads the
 * command line: reading it (picocli, old class files the JVM cannot share) takes a cold JVM a
 * few hundred milliseconds, which a second core spends loading what the server needs next.
 * Nothing it makes is kept; a failure here only means the main thread loads the classes itself.
 */
public final class ClassWarmer {
    private ClassWarmer() {
    }

    public static void start() {
        Thread warmer = new Thread(ClassWarmer::warm, "class-warmer");
        warmer.setDaemon(true);
        warmer.start();
    }

    private static void warm() {
        try {
            Json.mapper().writeValueAsBytes(new Sample("warm", 1, true));
            Javalin.create(config -> config.showJavalinBanner = false);
            // the banner's KS: the JVM's cipher providers load slowly the first time
            KsCodec.encodeV2(1, "class-warmer", KsType.ADMIN.code(), "warm", Instant.now().plusSeconds(60), "");
        } catch (Exception | LinkageError e) {
            // the main thread will load what it needs
        }
    }

    /** A record like the answers, so that the mapper's record machinery is loaded. */
    private record Sample(String name, long id, boolean ok) {
    }
}
