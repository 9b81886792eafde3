package dev.eventsim.simulator.cli;

import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.api.Json;
import io.javalin.Javalin;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Loads the web server, JSON and KS classes on a thread of its own while the main thread reads the
 * command line: reading it (picocli, old class files the JVM cannot share) takes a cold JVM a
 * few hundred milliseconds, which a second core spends loading what the server needs next.
 * Nothing it makes is kept; a failure here only means the main thread loads the classes itself.
 */
public final class ClassWarmer {
    private static final CountDownLatch LOGGING = new CountDownLatch(1);
    private static volatile boolean started;

    private ClassWarmer() {
    }

    public static void start() {
        started = true;
        Thread warmer = new Thread(ClassWarmer::warm, "class-warmer");
        warmer.setDaemon(true);
        warmer.start();
    }

    /**
     * Waits (if the warmer runs) until it has set SLF4J up. SLF4J must not start on two threads at
     * once: a line logged meanwhile would be replayed later under a warning about it.
     */
    static void awaitLogging() {
        if (!started) {
            return;
        }
        try {
            LOGGING.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warm() {
        try {
            LoggerFactory.getILoggerFactory();
        } catch (RuntimeException | LinkageError e) {
            // the main thread will set it up
        } finally {
            LOGGING.countDown();
        }
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
