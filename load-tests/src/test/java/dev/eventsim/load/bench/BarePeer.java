package dev.eventsim.load.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lower bound the simulator is measured against: a bare Javalin handler (the simulator's own
 * web stack) that writes pre-serialized bytes, with no KS check, no parsing, no journal; as
 * Javalin's result (the plain way), and under {@link #STREAM_PREFIX} straight to the output stream.
 * Each POST path answers the bytes of its own file:
 * {@code java -cp ... BarePeer <port> <path>=<response body file> ...}
 */
public final class BarePeer {
    /** The same answer, written to the response's output stream instead of set as Javalin's result. */
    static final String STREAM_PREFIX = "/stream";

    private BarePeer() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        app.get("/ready", ctx -> ctx.result("ok"));
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String path = args[i].substring(0, equals);
            byte[] body = Files.readAllBytes(Path.of(args[i].substring(equals + 1)));
            app.post(path, ctx -> ctx.contentType("application/json").result(body));
            app.post(STREAM_PREFIX + path, ctx -> {
                ctx.contentType("application/json");
                ctx.outputStream().write(body);
            });
        }
        app.start("127.0.0.1", port);
    }
}
