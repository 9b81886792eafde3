package dev.eventsim.load.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One operation of the mix over a batch of lifecycles, in a closed loop on every connection: the
 * next call goes as soon as an answer is in. What it measured is added to {@link Figures}.
 */
final class MixPhase {
    /** One operation's figures on one server, summed over the measured batches. */
    static final class Figures {
        long calls;
        long errors;
        long nanos;
        long serverCpuNanos;
        final List<long[]> latencies = new ArrayList<>();

        double perSecond() {
            return calls * 1e9 / nanos;
        }

        double cpuMicrosPerCall() {
            return serverCpuNanos / 1e3 / calls;
        }

        /** Adds another operation's figures to these, for the whole mix. */
        void add(Figures other) {
            calls += other.calls;
            errors += other.errors;
            nanos += other.nanos;
            serverCpuNanos += other.serverCpuNanos;
            latencies.addAll(other.latencies);
        }
    }

    private MixPhase() {
    }

    /**
     * Makes {@code call} for each of {@code lives} (its {@code perLifecycle} times each) through
     * {@code connections} of {@code server}; adds the figures to {@code figures} when it is not null.
     */
    static void run(MixCalls.Call call, List<MixCalls.Lifecycle> lives, ServerProcess server, String ks,
                    List<Driver.Connection> connections, Figures figures) {
        String url = server.baseUrl() + "/api/v1/" + call.operation();
        int tasks = lives.size() * call.perLifecycle();
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> users = new ArrayList<>();
        long cpuBefore = server.cpu().toNanos();
        long started = System.nanoTime();
        for (Driver.Connection connection : connections) {
            Thread user = new Thread(() -> {
                long[] took = new long[tasks];
                int count = 0;
                for (int task = next.getAndIncrement(); task < tasks; task = next.getAndIncrement()) {
                    MixCalls.Lifecycle life = lives.get(task / call.perLifecycle());
                    int k = task % call.perLifecycle();
                    BenchRequest request = BenchRequest.post(url, ks, call.body().of(life, k));
                    long sent = System.nanoTime();
                    if (!exchange(connection, request, call, life, k)) {
                        errors.incrementAndGet();
                    }
                    took[count++] = System.nanoTime() - sent;
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(took, count));
                }
            }, "bench-mix-user");
            users.add(user);
            user.start();
        }
        for (Thread user : users) {
            try {
                user.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        long elapsed = System.nanoTime() - started;
        long cpu = server.cpu().toNanos() - cpuBefore;
        if (figures != null) {
            figures.calls += tasks;
            figures.errors += errors.get();
            figures.nanos += elapsed;
            figures.serverCpuNanos += cpu;
            figures.latencies.addAll(latencies);
        }
    }

    /** One call; false when it failed (not 200, or an answer to read that does not say {@code "status": "ok"}). */
    private static boolean exchange(Driver.Connection connection, BenchRequest request, MixCalls.Call call,
                                    MixCalls.Lifecycle life, int k) {
        try {
            if (call.reader() == null) {
                return connection.exchange(request).status() == 200;
            }
            Driver.Answer answer = connection.exchangeKeepingBody(request);
            if (answer.status() != 200) {
                return false;
            }
            JsonNode body = SetupHttp.parse(answer.body());
            call.reader().read(life, k, body);
            return "ok".equals(body.path("status").asText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
