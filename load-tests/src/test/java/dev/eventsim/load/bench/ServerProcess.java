package dev.eventsim.load.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server under test in a JVM of its own, so that its CPU time can be read per process
 * ({@link ProcessHandle.Info#totalCpuDuration()}, from /proc on Linux) before and after a round.
 * Its output goes to a log file under {@code target/benchmark/logs}.
 */
final class ServerProcess implements AutoCloseable {
    private static final HttpClient PROBE = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;

    private ServerProcess(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /** Starts {@code java <jvmArgs> <mainArgs>} and waits until {@code readyPath} answers over HTTP. */
    static ServerProcess start(String name, List<String> jvmArgs, List<String> mainArgs, int port, String readyPath,
                               Path logDir) {
        return start(name, jvmArgs, mainArgs, port, () -> answers(baseUrl(port) + readyPath), logDir);
    }

    /**
     * Starts {@code java <jvmArgs> <mainArgs>} and waits until {@code ready} says it answers; it is
     * asked again every 20 ms until then (for up to a minute).
     */
    static ServerProcess start(String name, List<String> jvmArgs, List<String> mainArgs, int port,
                               BooleanSupplier ready, Path logDir) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmArgs);
        command.addAll(mainArgs);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            ServerProcess server = new ServerProcess(name, process, port);
            server.awaitReady(ready, Duration.ofSeconds(60), log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return baseUrl(port);
    }

    static String baseUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** CPU time the server's process has used so far, user and system, all its threads. */
    Duration cpu() {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the OS does not report the CPU time of " + name));
    }

    private void awaitReady(BooleanSupplier ready, Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(20);
        }
        throw new IllegalStateException(name + " did not answer within " + timeout + "; see " + log);
    }

    /** Whether anything answers {@code GET url} yet. */
    private static boolean answers(String url) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
        try {
            PROBE.send(probe, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
