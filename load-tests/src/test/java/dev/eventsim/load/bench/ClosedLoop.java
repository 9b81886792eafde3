package dev.eventsim.load.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The load generator, the same for every server: {@code connections} virtual users, each with its
 * own keep-alive HTTP/1.1 connection (see {@link Driver}), sending the next request as soon as the
 * answer is in (a closed loop). Every latency is kept, in nanoseconds.
 */
final class ClosedLoop {
    private final List<Driver.Connection> connections = new ArrayList<>();
    private final IntFunction<BenchRequest> requests;
    private final int expectedLength;
    private final AtomicInteger sent = new AtomicInteger();

    /** The same request every time; {@code expectedLength}: every answer's body length, or -1 for any 200. */
    ClosedLoop(Driver driver, int connections, BenchRequest request, int expectedLength) {
        this(driver, connections, n -> request, expectedLength);
    }

    /** Request {@code n} (counting from 0 over the loop's whole life) is {@code requests.apply(n)}. */
    ClosedLoop(Driver driver, int connections, IntFunction<BenchRequest> requests, int expectedLength) {
        for (int i = 0; i < connections; i++) {
            this.connections.add(driver.open());
        }
        this.requests = requests;
        this.expectedLength = expectedLength;
    }

    /** What one run measured. */
    record Sample(long requests, long errors, long elapsedNanos, long[] latencyNanos) {
        double perSecond() {
            return requests * 1e9 / elapsedNanos;
        }
    }

    Sample run(Duration duration) {
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong errors = new AtomicLong();
        List<long[]> perUser = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> users = new ArrayList<>();
        long[] window = new long[2];
        for (Driver.Connection connection : connections) {
            long[][] buffer = {new long[4096]};
            int[] count = {0};
            counts.add(count);
            Thread user = new Thread(() -> {
                await(start);
                long deadline = window[1];
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= deadline) {
                        break;
                    }
                    boolean ok = send(connection);
                    long took = System.nanoTime() - sent;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (count[0] == buffer[0].length) {
                        buffer[0] = Arrays.copyOf(buffer[0], buffer[0].length * 2);
                    }
                    buffer[0][count[0]++] = took;
                }
                synchronized (perUser) {
                    perUser.add(Arrays.copyOf(buffer[0], count[0]));
                }
            }, "bench-user");
            users.add(user);
            user.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        start.countDown();
        for (Thread user : users) {
            try {
                user.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        long elapsed = System.nanoTime() - window[0];
        long[] all = perUser.stream().flatMapToLong(Arrays::stream).toArray();
        return new Sample(all.length, errors.get(), elapsed, all);
    }

    private boolean send(Driver.Connection connection) {
        try {
            Driver.Answer answer = connection.exchange(requests.apply(sent.getAndIncrement()));
            return answer.status() == 200 && (expectedLength < 0 || answer.length() == expectedLength);
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes every connection once the loop has run its last round. */
    void close() {
        connections.forEach(Driver.Connection::close);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
