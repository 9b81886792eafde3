package dev.eventsim.load.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory under endless load: a closed loop of events/create, events/list (a query not asked before)
 * and events/delete for {@code bench.soakMinutes}, the simulator's heap after a full GC sampled
 * every 10 s, and its slope — per minute and per create/delete cycle — fitted by least squares
 * over the samples after the first minute, once the caches and the leftover categories have
 * reached their bounds. docs/benchmark.md tells what it shows.
 */
final class SoakRun {
    private static final Duration EVERY = Duration.ofSeconds(10);
    private static final Pattern FIRST_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Instant FROM = Instant.parse("2030-01-01T00:00:00Z");

    /** One sample: seconds since the start, cycles done, heap after GC, leftover categories kept, cache bytes. */
    record Sample(double seconds, long cycles, long heap, long leftovers, long cacheBytes) {
    }

    private SoakRun() {
    }

    static void run(Settings settings, Report report) {
        List<Sample> samples = new ArrayList<>();
        AtomicLong cycles = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        try (SimulatorProcess simulator = SimulatorProcess.start(settings, "simulator-soak", settings.serverJvmArgs(),
                settings.soakArgs())) {
            String ks = simulator.adminKs();
            long started = System.nanoTime();
            long deadline = started + settings.soak().toNanos();
            List<Thread> users = new ArrayList<>();
            for (int i = 0; i < settings.connections(); i++) {
                Thread user = new Thread(() -> cycle(simulator, ks, deadline, cycles, errors), "soak-user");
                users.add(user);
                user.start();
            }
            samples.add(sample(simulator, started, cycles));
            for (long next = started + EVERY.toNanos(); next < deadline; next += EVERY.toNanos()) {
                sleepUntil(next);
                samples.add(sample(simulator, started, cycles));
            }
            for (Thread user : users) {
                join(user);
            }
            samples.add(sample(simulator, started, cycles));
        }
        List<Sample> settled = samples.stream().filter(s -> s.seconds() >= 60).toList();
        if (settled.size() < 3) {
            settled = samples;
        }
        double perMinute = slope(settled, s -> s.seconds() / 60);
        double perCycle = slope(settled, s -> s.cycles());
        Sample last = samples.get(samples.size() - 1);
        report.heading("Soak: heap under endless events/create + list + delete");
        report.line(String.format("A simulator JVM of its own (`%s`%s); %d virtual users, each in a closed loop of "
                + "events/create (as in the events/create section), events/list (a date bound a second later each "
                + "time, so every query is new) and events/delete of the event it made, over `java.net.http.HttpClient`, "
                + "for %d s: %,d cycles (%,.0f a second), %d errors. Every 10 s the heap after a full GC "
                + "(`jcmd <pid> GC.run`, then `jvm_memory_used_bytes`), the leftover categories kept "
                + "(`sim_leftover_categories_kept`) and the bytes all caches hold (`sim_cache_bytes`):",
                String.join(" ", settings.serverJvmArgs()),
                settings.soakArgs().isEmpty() ? "" : ", `" + String.join(" ", settings.soakArgs()) + "`",
                settings.connections(), Math.round(last.seconds()), last.cycles(), last.cycles() / last.seconds(),
                errors.get()));
        report.line("");
        List<List<String>> rows = new ArrayList<>();
        for (Sample s : samples) {
            rows.add(List.of(String.format("%.0f", s.seconds()), String.format("%,d", s.cycles()),
                    String.format("%,.1f MiB", s.heap() / 1048576.0), String.format("%,d", s.leftovers()),
                    String.format("%,.0f KiB", s.cacheBytes() / 1024.0)));
        }
        report.table(List.of("s", "cycles", "heap after GC", "leftover categories", "cache bytes"), rows);
        report.line(String.format("Heap slope over the %d samples from the first minute on: %,.0f bytes a minute, "
                + "%.2f bytes a create/delete cycle.", settled.size(), perMinute, perCycle));
        report.line("");
        report.below("soak: heap growth per create/delete cycle", perCycle, 8, " B");
    }

    private static void cycle(SimulatorProcess simulator, String ks, long deadline, AtomicLong cycles,
                              AtomicLong errors) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run)
                .connectTimeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            try {
                String created = post(client, simulator.apiUrl("events/create"), ks, CreateThroughput.EVENT);
                Matcher id = FIRST_ID.matcher(created == null ? "" : created);
                long n = cycles.get();
                String listed = post(client, simulator.apiUrl("events/list"), ks, "{\"filter\": "
                        + "{\"startDateGreaterThanOrEqual\": \"" + FROM.plusSeconds(n) + "\"}, \"pager\": {\"limit\": 15}}");
                if (created == null || listed == null || !id.find()
                        || post(client, simulator.apiUrl("events/delete"), ks, "{\"id\": " + id.group(1) + "}") == null) {
                    errors.incrementAndGet();
                }
                cycles.incrementAndGet();
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The answer's body, or null when it is not a 200. */
    private static String post(HttpClient client, String url, String ks, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(BenchRequest.post(url, ks, json).jdk(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.body() : null;
    }

    private static Sample sample(SimulatorProcess simulator, long started, AtomicLong cycles) {
        long heap = simulator.heapUsedAfterGc();
        long done = cycles.get();
        String metrics = simulator.metrics();
        return new Sample((System.nanoTime() - started) / 1e9, done, heap,
                (long) SimulatorProcess.sum(metrics, "sim_leftover_categories_kept", ""),
                (long) SimulatorProcess.sum(metrics, "sim_cache_bytes", ""));
    }

    /** The least-squares slope of the heap against {@code x}. */
    private static double slope(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> x) {
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Sample s : samples) {
            double xi = x.applyAsDouble(s);
            sx += xi;
            sy += s.heap();
            sxx += xi * xi;
            sxy += xi * s.heap();
        }
        double spread = n * sxx - sx * sx;
        return spread == 0 ? Double.NaN : (n * sxy - sx * sy) / spread;
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
