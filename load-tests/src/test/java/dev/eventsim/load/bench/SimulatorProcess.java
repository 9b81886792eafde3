package dev.eventsim.load.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The simulator's fat jar in a JVM of its own, with the control-plane calls the benchmark needs. */
final class SimulatorProcess implements AutoCloseable {
    private final ServerProcess server;

    private SimulatorProcess(ServerProcess server) {
        this.server = server;
    }

    static SimulatorProcess start(Settings settings, String name, List<String> jvmArgs) {
        int port = ServerProcess.freePort();
        List<String> args = new ArrayList<>(List.of("-jar", settings.simulatorJar().toString(),
                "--port", String.valueOf(port)));
        return new SimulatorProcess(ServerProcess.start(name, jvmArgs, args, port, "/__sim/health",
                settings.outputDir().resolve("logs")));
    }

    ServerProcess server() {
        return server;
    }

    String apiUrl(String operation) {
        return server.baseUrl() + "/api/v1/" + operation;
    }

    /** Seeds generated events into the default partner; answers the seed's {@code tookMillis}. */
    long seed(int events, long seed, int sessionsPerEvent, int usersPerEvent) {
        JsonNode answer = SetupHttp.postForJson(server.baseUrl() + "/__sim/seed", "{\"events\": " + events
                + ", \"seed\": " + seed + ", \"sessionsPerEvent\": " + sessionsPerEvent
                + ", \"usersPerEvent\": " + usersPerEvent + "}");
        return answer.path("tookMillis").asLong();
    }

    /** A fresh ADMIN KS of the default partner: the simulator checks it for real on every call (strict auth). */
    String adminKs() {
        return SetupHttp.postForJson(server.baseUrl() + "/__sim/ks", "{\"userId\": \"benchmark\", \"expiry\": 86400}")
                .path("ks").asText();
    }

    /** Heap in use right after a full GC (asked for with jcmd), read from the Prometheus metrics. */
    long heapUsedAfterGc() {
        Jcmd.gc(server.pid());
        String metrics = new String(SetupHttp.get(server.baseUrl() + "/metrics"));
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
