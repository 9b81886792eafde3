package dev.eventsim.load.bench;

import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.RemoteControlPlane;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.seeding.Generation;
import dev.eventsim.simulator.seeding.SeedRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's fat jar in a JVM of its own, driven over HTTP with the control plane's remote
 * face ({@code RemoteControlPlane}) for what the benchmark needs: waiting until it answers, seeding,
 * minting a KS.
 */
final class SimulatorProcess implements AutoCloseable {
    /** A seed of a million events takes a while; the control plane's default 30 s would not wait for it. */
    private static final Duration SEED_TIMEOUT = Duration.ofMinutes(10);
    /** How long one readiness probe waits before it is tried again. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final ServerProcess server;
    private final RemoteControlPlane control;

    private SimulatorProcess(ServerProcess server, RemoteControlPlane control) {
        this.server = server;
        this.control = control;
    }

    static SimulatorProcess start(Settings settings, String name, List<String> jvmArgs) {
        return start(settings, name, jvmArgs, List.of());
    }

    /** {@code simulatorArgs}: options of the simulator's command line besides the port. */
    static SimulatorProcess start(Settings settings, String name, List<String> jvmArgs, List<String> simulatorArgs) {
        int port = ServerProcess.freePort();
        // No line per call on the console: the peers print none either, and the figure is the server's work.
        List<String> args = new ArrayList<>(List.of("-jar", settings.simulatorJar().toString(),
                "--port", String.valueOf(port), "--log", "off"));
        args.addAll(simulatorArgs);
        RemoteControlPlane control = RemoteControlPlane.at(ServerProcess.baseUrl(port));
        RemoteControlPlane probe = control.withRequestTimeout(PROBE_TIMEOUT);
        ServerProcess server = ServerProcess.start(name, jvmArgs, args, port, () -> answersHealth(probe),
                settings.outputDir().resolve("logs"));
        return new SimulatorProcess(server, control.withRequestTimeout(SEED_TIMEOUT));
    }

    /** Whether {@code GET /__sim/health} is answered yet: not while nothing listens (or answers) on the port. */
    private static boolean answersHealth(RemoteControlPlane probe) {
        try {
            probe.health();
            return true;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException) {
                return false;
            }
            throw e;
        }
    }

    ServerProcess server() {
        return server;
    }

    String apiUrl(String operation) {
        return server.baseUrl() + "/api/v1/" + operation;
    }

    /** Seeds generated events into the default partner; answers the seed's {@code tookMillis}. */
    long seed(int events, long seed, int sessionsPerEvent, int usersPerEvent) {
        // speakers per session and the start dates as POST /__sim/seed defaults them when they are not sent
        Generation generation = new Generation(events, seed, sessionsPerEvent, usersPerEvent,
                Math.min(Generation.DEFAULT_SPEAKERS_PER_SESSION, usersPerEvent), null, null);
        return control.seed(new SeedRequest.Generated(SimulatorOptions.DEFAULT_PARTNER_ID, generation)).tookMillis();
    }

    /** Duplication jobs answer {@code completed} at their first poll, so every run polls each job once. */
    void completeJobsAtFirstPoll() {
        control.jobProgression(Progression.immediate());
    }

    /** A fresh ADMIN KS of the default partner: the simulator checks it for real on every call (strict auth). */
    String adminKs() {
        return control.adminKs(SimulatorOptions.DEFAULT_PARTNER_ID, "benchmark", Duration.ofSeconds(86_400));
    }

    /** Heap in use right after a full GC (asked for with jcmd), read from the Prometheus metrics. */
    long heapUsedAfterGc() {
        Jcmd.gc(server.pid());
        return heapUsed(metrics());
    }

    /** {@code GET /metrics}, as text. */
    String metrics() {
        return new String(SetupHttp.get(server.baseUrl() + "/metrics"));
    }

    /** The sum of a metric's samples whose labels hold {@code label} ("" for any), as a scrape shows them. */
    static double sum(String metrics, String name, String label) {
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if ((line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(label)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static long heapUsed(String metrics) {
        long used = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }

    @Override
    public void close() {
        server.close();
    }
}
