package dev.eventsim.load.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to the first answered request: {@code java [flags] -jar <simulator-all.jar> --port 0}
 * is spawned, its banner read for the port, and {@code GET /__sim/health} tried until it answers;
 * the time runs from just before the spawn to that answer. The variants run in turn, several
 * times each; the median counts. One variant maps the class-data archive (AppCDS) that
 * {@code ./run-simulator} makes: a training run writes it first, as the first run of
 * {@code ./run-simulator} after a build does. A last variant, for reference, starts the bare
 * Javalin handler from the same jar: the floor of any server on this web stack on this machine.
 */
final class StartupRun {
    private static final Pattern PORT = Pattern.compile("API base URL\\s+http://[^:]+:(\\d+)/");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<String> QUIET_CDS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** {@code bare}: the bare Javalin handler started from the simulator's jar instead of the simulator. */
    private record Variant(String name, List<String> jvmArgs, boolean bare) {
        Variant(String name, List<String> jvmArgs) {
            this(name, jvmArgs, false);
        }
    }

    private StartupRun() {
    }

    static void run(Settings settings, Report report) {
        Path archive = settings.outputDir().resolve("simulator-cds.jsa").toAbsolutePath();
        try {
            Files.createDirectories(settings.outputDir());
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> mapArchive = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        mapArchive.addAll(QUIET_CDS);
        List<String> train = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive));
        train.addAll(QUIET_CDS);
        once(settings, train, true); // also reads the jar once from disk: not counted
        once(settings, List.of(), false);
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("`java -jar events-simulator-all.jar --port 0`", List.of()),
                new Variant("with the class-data archive, as `./run-simulator` starts it (`-XX:SharedArchiveFile=...`)",
                        mapArchive)));
        List<String> c1 = new ArrayList<>(mapArchive);
        c1.add("-XX:TieredStopAtLevel=1");
        variants.add(new Variant("archive and `-XX:TieredStopAtLevel=1` (C1 only: quicker start, slower at full load)",
                c1));
        if (!settings.startupJvmArgs().isEmpty()) {
            variants.add(new Variant("`" + String.join(" ", settings.startupJvmArgs()) + "`",
                    settings.startupJvmArgs()));
        }
        variants.add(new Variant("for reference, the floor: a bare Javalin handler from the same jar "
                + "(`java -cp events-simulator-all.jar:... BarePeer`, Javalin and Jetty only)", List.of(), true));
        double[][] millis = new double[variants.size()][settings.startupRuns()];
        for (int run = 0; run < settings.startupRuns(); run++) {
            for (int v = 0; v < variants.size(); v++) { // in turn, so that a busy moment falls on all alike
                Variant variant = variants.get(v);
                millis[v][run] = variant.bare() ? onceBare(settings) : once(settings, variant.jvmArgs(), false);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        double[] medians = new double[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            double[] sorted = millis[v].clone();
            Arrays.sort(sorted);
            medians[v] = sorted[sorted.length / 2];
            rows.add(List.of(variants.get(v).name(), Report.number(medians[v]), Report.number(sorted[0]),
                    Report.number(sorted[sorted.length - 1]),
                    Arrays.toString(Arrays.stream(millis[v]).mapToObj(Report::number).toArray())));
        }
        report.heading("Start-up to the first answered request");
        report.line(String.format("%d runs of each variant, in turn, after a training run that wrote the class-data "
                + "archive and an unmeasured plain run; load average %s at the end.", settings.startupRuns(),
                Machine.loadAverage()));
        report.line("");
        report.table(List.of("command", "median ms", "min ms", "max ms", "runs, ms"), rows);
        report.below("start-up to first answer, plain `java -jar`, median", medians[0], 1000, " ms");
        report.below("start-up to first answer, as `./run-simulator` starts it, median", medians[1], 1000, " ms");
    }

    /** One start; {@code train}: also make an API call, then stop gently so that the JVM writes its archive. */
    private static double once(Settings settings, List<String> jvmArgs, boolean train) {
        List<String> command = new ArrayList<>();
        command.add(ServerProcess.javaExecutable());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", settings.simulatorJar().toString(), "--port", "0"));
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher port = PORT.matcher(line);
                if (port.find()) {
                    String base = "http://127.0.0.1:" + port.group(1);
                    // A raw GET, not RemoteControlPlane.health(): what is measured is the time to the first
                    // HTTP answer, probed as the bare handler's /ready is below (same client, same 1 ms retries),
                    // without the control plane's JSON reading in the measured time.
                    awaitAnswer(HttpRequest.newBuilder(URI.create(base + "/__sim/health"))
                            .timeout(Duration.ofSeconds(5)).build());
                    double millis = (System.nanoTime() - started) / 1e6;
                    if (train) {
                        awaitAnswer(HttpRequest.newBuilder(URI.create(base + "/api/v1/events/list"))
                                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
                    }
                    return millis;
                }
            }
            throw new IllegalStateException("the simulator printed no API base URL: " + command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stop(process, train ? 60 : 10);
        }
    }

    /** One start of the bare handler, with the simulator's jar first on its class path, to its first answer. */
    private static double onceBare(Settings settings) {
        Path body = settings.outputDir().resolve("startup-answer.json");
        String classes;
        try {
            Files.writeString(body, "{}");
            classes = Path.of(BarePeer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        int port = ServerProcess.freePort();
        List<String> command = List.of(ServerProcess.javaExecutable(), "-cp",
                settings.simulatorJar() + File.pathSeparator + classes, BarePeer.class.getName(),
                String.valueOf(port), body.toString());
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            awaitAnswer(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                    .timeout(Duration.ofSeconds(5)).build());
            return (System.nanoTime() - started) / 1e6;
        } finally {
            stop(process, 10);
        }
    }

    /** Stops a started server gently (a training run writes its archive then) and waits for it. */
    private static void stop(Process process, int seconds) {
        process.destroy();
        try {
            process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitAnswer(HttpRequest request) {
        for (int i = 0; i < 2000; i++) {
            try {
                CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                ServerProcess.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException(request.uri() + " never answered");
    }
}
