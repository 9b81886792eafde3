package dev.eventsim.simulator.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What is logged while a call runs, kept for the test instead of printed. The simulator and Jetty
 * log through logback to standard error (logback.xml), so a test that provokes
 * an error on purpose runs the call here and asserts on the line: a green build stays quiet and a
 * real error elsewhere is still printed.
 */
public final class StandardError {

    /** A call's result and what it logged. */
    public record Captured<T>(T result, String logged) {
    }

    /** A call that may throw. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    private StandardError() {
    }

    public static synchronized <T> Captured<T> capture(Call<T> call) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            T result;
            try {
                result = call.run();
            } catch (Exception | Error e) {
                // the test fails: what was logged helps to see why
                original.print(bytes.toString(StandardCharsets.UTF_8));
                throw e;
            }
            return new Captured<>(result, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
