package dev.eventsim.simulator.journal;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.eventsim.simulator.api.CacheSize;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * What {@code GET /metrics} shows, in Prometheus text format: a latency histogram of the API calls
 * per operation and HTTP status ({@code events_api_requests_seconds}), and the JVM's own metrics.
 * Unlike the journal's counts, these only ever grow: a simulator reset is not a process restart.
 *
 * <p>Loading Micrometer and binding the JVM metrics takes a cold JVM a good part of a second, so it
 * happens on a thread of its own ({@link #setUpInBackground}), which waits until the simulator has
 * been up for {@link #SET_UP_AFTER} (or until a scrape needs it) so that the first answers do not
 * share a small machine's cores with it. No call waits for it: calls recorded before the meters
 * exist are kept and counted into them once they do, before any scrape reads them.
 */
public final class RequestMetrics implements AutoCloseable {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    static final String REQUESTS = "events.api.requests";
    /** How long after the server listens the meters are set up, unless a scrape asks first. */
    static final Duration SET_UP_AFTER = Duration.ofSeconds(1);

    /** Histogram buckets: the latencies a test or a dashboard asks about, from a millisecond to half a minute. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final CompletableFuture<Meters> meters = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch needed = new CountDownLatch(1);
    private final Queue<Call> early = new ConcurrentLinkedQueue<>();
    private final List<Watched> watched = new CopyOnWriteArrayList<>();
    private volatile Meters ready;
    private volatile boolean closed;

    /** Starts the thread that sets the meters up, unless one was started already. */
    public void setUpInBackground() {
        if (started.compareAndSet(false, true)) {
            Thread setUp = new Thread(this::setUp, "metrics-setup");
            setUp.setDaemon(true);
            setUp.start();
        }
    }

    public void record(String operation, int httpStatus, long latencyNanos) {
        Meters now = ready;
        if (now != null) {
            now.record(operation, httpStatus, latencyNanos);
            return;
        }
        if (closed || meters.isCompletedExceptionally()) {
            return; // no meters to come: keep nothing
        }
        early.add(new Call(operation, httpStatus, latencyNanos));
        setUpInBackground();
        Meters since = ready;
        if (since != null) { // set up meanwhile: the call may have missed the drain
            drainInto(since);
        }
    }

    /**
     * A figure of the simulator's own state, read at every scrape: a gauge, or a counter when
     * {@code name} ends in {@code .total} (written {@code name_total}). {@code tags}: name, value pairs.
     */
    public void watch(String name, String description, Supplier<Number> value, String... tags) {
        Watched figure = new Watched(name, description, value, Tags.of(tags));
        watched.add(figure);
        Meters now = ready;
        if (now != null) {
            figure.bindTo(now.registry);
        }
    }

    /** A cache's size and bounds: {@code sim_cache_entries}, {@code sim_cache_bytes} and their maxima, tagged with its name. */
    public void watchCache(CacheSize cache) {
        watch("sim.cache.entries", "Entries a cache of the simulator keeps", cache::entries, "cache", cache.name());
        watch("sim.cache.bytes", "Bytes a cache of the simulator keeps (an estimate)", cache::bytes,
                "cache", cache.name());
        watch("sim.cache.max.entries", "The most entries a cache keeps", cache::maxEntries, "cache", cache.name());
        watch("sim.cache.max.bytes", "The most bytes a cache keeps", cache::maxBytes, "cache", cache.name());
    }

    /** Every metric in the Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        Meters now = meters();
        drainInto(now);
        return now.registry.scrape();
    }

    @Override
    public void close() {
        if (started.get()) { // never started: nothing to close
            closed = true; // a simulator closed before its meters were set up never sets them up
            needed.countDown();
            Meters made = meters.join();
            if (made != null) {
                made.close();
            }
        }
    }

    private Meters meters() {
        setUpInBackground();
        needed.countDown();
        Meters made = meters.join();
        if (made == null) {
            throw new IllegalStateException("the simulator is closed");
        }
        return made;
    }

    private void setUp() {
        try {
            needed.await(SET_UP_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closed) {
            meters.complete(null);
            return;
        }
        try {
            Meters made = new Meters();
            watched.forEach(figure -> figure.bindTo(made.registry)); // register() gives one meter per name and tags
            ready = made;
            drainInto(made);
            meters.complete(made);
        } catch (RuntimeException | Error e) {
            meters.completeExceptionally(e);
        }
    }

    private void drainInto(Meters into) {
        for (Call call = early.poll(); call != null; call = early.poll()) {
            into.record(call.operation(), call.httpStatus(), call.latencyNanos());
        }
    }

    /** A figure {@link #watch} was given. */
    private record Watched(String name, String description, Supplier<Number> value, Tags tags) {
        void bindTo(PrometheusMeterRegistry registry) {
            if (name.endsWith(".total")) {
                FunctionCounter.builder(name.substring(0, name.length() - ".total".length()), value,
                        v -> v.get().doubleValue()).description(description).tags(tags).register(registry);
            } else {
                Gauge.builder(name, value, v -> v.get().doubleValue()).description(description).tags(tags)
                        .strongReference(true).register(registry);
            }
        }
    }

    /** A call recorded before the meters existed. */
    private record Call(String operation, int httpStatus, long latencyNanos) {
    }

    /** The registry with its binders, and one timer per operation and status. */
    private static final class Meters {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final JvmGcMetrics gc = new JvmGcMetrics();
        /** Per operation, its timers by HTTP status (100..599): looked up without building a key per call. */
        final ConcurrentMap<String, AtomicReferenceArray<Timer>> timers = new ConcurrentHashMap<>();

        Meters() {
            new JvmMemoryMetrics().bindTo(registry);
            gc.bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ClassLoaderMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
        }

        void record(String operation, int httpStatus, long latencyNanos) {
            if (httpStatus < 100 || httpStatus > 599) {
                timer(operation, httpStatus).record(latencyNanos, TimeUnit.NANOSECONDS);
                return;
            }
            AtomicReferenceArray<Timer> byStatus = timers.computeIfAbsent(operation, o -> new AtomicReferenceArray<>(500));
            Timer timer = byStatus.get(httpStatus - 100);
            if (timer == null) {
                timer = timer(operation, httpStatus);
                byStatus.set(httpStatus - 100, timer);
            }
            timer.record(latencyNanos, TimeUnit.NANOSECONDS);
        }

        /** The one timer of these tags: register() answers the same one to whichever thread asks. */
        private Timer timer(String operation, int httpStatus) {
            return Timer.builder(REQUESTS)
                    .description("Events API and core API calls answered by the simulator")
                    .tags(Tags.of("operation", operation, "status", String.valueOf(httpStatus)))
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry);
        }

        void close() {
            gc.close();
            registry.close();
        }
    }
}
