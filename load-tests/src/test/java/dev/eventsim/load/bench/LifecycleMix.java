package dev.eventsim.load.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle mix: what a Gatling lifecycle run sends ({@link MixCalls}), at full speed, against a
 * simulator JVM of its own (seeded like the list section's) and against a bare Javalin handler that
 * answers each operation with the simulator's own answer bytes. Lifecycles go in batches, one
 * operation after another over the whole batch (a closed loop on every connection), so that each
 * operation's server CPU is read on its own; simulator and bare handler take turns batch by batch.
 */
final class LifecycleMix {
    private LifecycleMix() {
    }

    static void run(Settings settings, Report report) {
        try (SimulatorProcess simulator = SimulatorProcess.start(settings, "simulator-mix", settings.serverJvmArgs())) {
            simulator.seed(settings.listEvents(), 7, 2, 3);
            simulator.completeJobsAtFirstPoll();
            String ks = simulator.adminKs();
            Map<String, byte[]> answers = captureAnswers(simulator, ks);
            Map<String, byte[]> routes = new LinkedHashMap<>();
            answers.forEach((operation, body) -> routes.put("/api/v1/" + operation, body));
            try (ServerProcess bare = Peers.bareJavalin(settings, "bare-javalin-mix", settings.serverJvmArgs(), routes)) {
                Map<String, MixPhase.Figures> simFigures = figures();
                Map<String, MixPhase.Figures> bareFigures = figures();
                List<Driver.Connection> simConnections = connections(settings);
                List<Driver.Connection> bareConnections = connections(settings);
                int batches = settings.mixWarmupBatches() + settings.rounds();
                for (int batch = 0; batch < batches; batch++) {
                    boolean measured = batch >= settings.mixWarmupBatches();
                    runBatch(batch, settings.mixLifecycles(), simulator.server(), ks, simConnections,
                            measured ? simFigures : null);
                    runBatch(batch, settings.mixLifecycles(), bare, ks, bareConnections, measured ? bareFigures : null);
                }
                simConnections.forEach(Driver.Connection::close);
                bareConnections.forEach(Driver.Connection::close);
                report(settings, report, answers, simFigures, bareFigures);
            }
        }
    }

    /** One batch: every operation in turn over {@code size} new lifecycles; the copies are polled until made. */
    private static void runBatch(int batch, int size, ServerProcess server, String ks, List<Driver.Connection> connections,
                                 Map<String, MixPhase.Figures> figures) {
        List<MixCalls.Lifecycle> lives = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            lives.add(new MixCalls.Lifecycle(batch, i));
        }
        for (MixCalls.Call call : MixCalls.ALL) {
            MixPhase.Figures into = figures == null ? null : figures.get(call.operation());
            MixPhase.run(call, lives, server, ks, connections, into);
            if (call.operation().equals("events/duplicateStatus")) {
                for (int poll = 0; poll < 20; poll++) {
                    List<MixCalls.Lifecycle> waiting = lives.stream().filter(l -> !l.copied).toList();
                    if (waiting.isEmpty()) {
                        break;
                    }
                    MixPhase.run(call, waiting, server, ks, connections, into);
                }
            }
        }
    }

    /** One lifecycle, call by call, keeping the first answer of each operation: the bare handler's bytes. */
    private static Map<String, byte[]> captureAnswers(SimulatorProcess simulator, String ks) {
        Map<String, byte[]> answers = new LinkedHashMap<>();
        MixCalls.Lifecycle life = new MixCalls.Lifecycle(-1, 0);
        for (MixCalls.Call call : MixCalls.ALL) {
            for (int k = 0; k < call.perLifecycle(); k++) {
                byte[] answer = SetupHttp.post(simulator.apiUrl(call.operation()), "Bearer " + ks, call.body().of(life, k));
                JsonNode body = SetupHttp.parse(answer);
                if (!"ok".equals(body.path("status").asText())) {
                    throw new IllegalStateException(call.operation() + " answered " + body);
                }
                if (call.reader() != null) {
                    call.reader().read(life, k, body);
                }
                answers.putIfAbsent(call.operation(), answer);
            }
        }
        return answers;
    }

    private static void report(Settings settings, Report report, Map<String, byte[]> answers,
                               Map<String, MixPhase.Figures> sim, Map<String, MixPhase.Figures> bare) {
        report.heading("The lifecycle mix: simulator vs bare Javalin, operation by operation");
        report.line(String.format("What the Gatling lifecycle simulation sends, as fast as %d connections go: "
                + "lifecycles in batches of %,d, each operation over the whole batch before the next (create from a "
                + "preset template, 2 sessions, 2 speakers invited and added, 4 lists with a moving filter, update, "
                + "duplicate, the job polled until done (it completes at the first poll), delete copy and event); "
                + "a simulator of its own seeded with %,d events; %d warm-up batches, then %d measured. The bare "
                + "handler answers each operation with the bytes the simulator answered it once.",
                settings.connections(), settings.mixLifecycles(), settings.listEvents(), settings.mixWarmupBatches(),
                settings.rounds()));
        report.line("");
        List<List<String>> rows = new ArrayList<>();
        MixPhase.Figures simAll = new MixPhase.Figures();
        MixPhase.Figures bareAll = new MixPhase.Figures();
        for (String operation : sim.keySet()) {
            MixPhase.Figures s = sim.get(operation);
            MixPhase.Figures b = bare.get(operation);
            simAll.add(s);
            bareAll.add(b);
            rows.add(row(operation, answers.get(operation).length, s, b));
        }
        rows.add(row("the whole mix", -1, simAll, bareAll));
        report.table(List.of("operation", "answer bytes", "simulator req/s", "bare req/s", "simulator CPU µs/call",
                "bare CPU µs/call", "CPU ratio", "simulator p99 ms", "bare p99 ms", "calls", "errors"), rows);
        report.atMost("lifecycle mix: server CPU per call, simulator / bare Javalin",
                simAll.cpuMicrosPerCall() / bareAll.cpuMicrosPerCall(), 1.5, "×");
    }

    private static List<String> row(String operation, int bytes, MixPhase.Figures s, MixPhase.Figures b) {
        return List.of(operation, bytes < 0 ? "" : String.format("%,d", bytes), Report.number(s.perSecond()),
                Report.number(b.perSecond()), Report.number(s.cpuMicrosPerCall()), Report.number(b.cpuMicrosPerCall()),
                Report.number(s.cpuMicrosPerCall() / b.cpuMicrosPerCall()) + "×",
                Report.number(new Latencies(s.latencies).percentileMillis(99)),
                Report.number(new Latencies(b.latencies).percentileMillis(99)),
                String.format("%,d", s.calls), String.valueOf(s.errors + b.errors));
    }

    private static Map<String, MixPhase.Figures> figures() {
        Map<String, MixPhase.Figures> figures = new LinkedHashMap<>();
        MixCalls.ALL.forEach(call -> figures.put(call.operation(), new MixPhase.Figures()));
        return figures;
    }

    private static List<Driver.Connection> connections(Settings settings) {
        List<Driver.Connection> connections = new ArrayList<>();
        for (int i = 0; i < settings.connections(); i++) {
            connections.add(settings.driver().open());
        }
        return connections;
    }
}
