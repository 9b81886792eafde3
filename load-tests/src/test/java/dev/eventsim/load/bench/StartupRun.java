package dev.eventsim.load.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to the first answered request: {@code java -jar <simulator-all.jar> --port 0} is
 * spawned, its banner read for the port, and {@code GET /__sim/health} tried until it answers;
 * the time runs from just before the spawn to that answer. Median of several runs.
 */
final class StartupRun {
    private static final Pattern PORT = Pattern.compile("API base URL\\s+http://[^:]+:(\\d+)/");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private StartupRun() {
    }

    static void run(Settings settings, Report report) {
        List<List<String>> rows = new ArrayList<>();
        double best = Double.NaN;
        List<List<String>> variants = new ArrayList<>();
        variants.add(List.of());
        if (!settings.startupJvmArgs().isEmpty()) {
            variants.add(settings.startupJvmArgs());
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            once(settings, List.of()); // the first spawn reads the jar from disk: not counted
        }
        for (List<String> jvmArgs : variants) {
            double[] millis = new double[settings.startupRuns()];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = once(settings, jvmArgs);
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            best = Double.isNaN(best) ? median : Math.min(best, median);
            rows.add(List.of("`java " + (jvmArgs.isEmpty() ? "" : String.join(" ", jvmArgs) + " ")
                    + "-jar events-simulator-all.jar --port 0`", Report.number(median), Report.number(sorted[0]),
                    Report.number(sorted[sorted.length - 1]), Arrays.toString(Arrays.stream(millis)
                            .mapToObj(Report::number).toArray())));
        }
        report.heading("Start-up to the first answered request");
        report.line(String.format("%d runs each (after two unmeasured ones), load average %s at the end.",
                settings.startupRuns(), Machine.loadAverage()));
        report.line("");
        report.table(List.of("command", "median ms", "min ms", "max ms", "runs, ms"), rows);
        report.below("start-up to first answer, median", best, 1000, " ms");
    }

    private static double once(Settings settings, List<String> jvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(ServerProcess.javaExecutable());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", settings.simulatorJar().toString(), "--port", "0"));
        long started = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(settings.outputDir());
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
                    awaitAnswer("http://127.0.0.1:" + port.group(1) + "/__sim/health");
                    return (System.nanoTime() - started) / 1e6;
                }
            }
            throw new IllegalStateException("the simulator printed no API base URL: " + command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitAnswer(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 500; i++) {
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
        throw new IllegalStateException(url + " never answered");
    }
}
