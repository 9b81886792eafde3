package dev.eventsim.simulator.dashboard;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium started for a test, driven over the DevTools protocol. Debian's
 * {@code chromium} package, installed by {@code scripts/install-chromium.sh} where it is missing.
 */
final class Chromium implements AutoCloseable {
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Process process;
    private final Path profile;
    private final URI endpoint;

    private Chromium(Process process, Path profile, URI endpoint) {
        this.process = process;
        this.profile = profile;
        this.endpoint = endpoint;
    }

    /** Debian's /usr/bin/chromium, else a Chromium or Chrome on the PATH. */
    static Optional<Path> find() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs the project's install script (it needs root and Debian's registry; it exits non-zero
     * otherwise), for at most a few minutes. Its output goes to {@code log}.
     */
    static void install(Path log) throws IOException, InterruptedException {
        Optional<Path> script = installScript();
        if (script.isEmpty()) {
            Files.writeString(log, "scripts/install-chromium.sh not found above " + Path.of("").toAbsolutePath());
            return;
        }
        Process install = new ProcessBuilder("bash", script.get().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!install.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            install.descendants().forEach(ProcessHandle::destroyForcibly);
            install.destroyForcibly();
        }
    }

    private static Optional<Path> installScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("scripts/install-chromium.sh");
            if (Files.isRegularFile(script)) {
                return Optional.of(script);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the browser on a fresh profile with DevTools on a free port, read from the
     * {@code DevToolsActivePort} file the browser writes once it listens.
     */
    static Chromium launch(Path binary, Path log) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("dashboard-chromium");
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile, StandardCharsets.UTF_8) : List.of();
            if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                return new Chromium(process, profile, endpoint);
            }
            Thread.sleep(50); // waiting for another process to write a file; nothing simulated waits on this
        }
        new Chromium(process, profile, null).close();
        throw new IOException("Chromium did not open its DevTools port within " + START_TIMEOUT.toSeconds()
                + " s (alive: " + process.isAlive() + "); see " + log);
    }

    /** The browser-wide DevTools WebSocket endpoint. */
    URI endpoint() {
        return endpoint;
    }

    /** Stops the browser and every process it started, then removes its profile. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deleteProfile();
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temp folder is harmless
        }
    }
}
