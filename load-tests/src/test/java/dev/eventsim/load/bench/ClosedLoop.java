package dev.eventsim.load.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator, the same for every server: {@code connections} virtual users, each with its
 * own {@link HttpClient} (HTTP/1.1, one keep-alive connection), sending the same request again as
 * soon as the answer is in (a closed loop). Every latency is kept, in nanoseconds.
 */
final class ClosedLoop {
    private final List<HttpClient> clients = new ArrayList<>();
    private final HttpRequest request;
    private final int expectedLength;

    /** {@code expectedLength}: the body length every answer must have, or -1 for any 200. */
    ClosedLoop(int connections, HttpRequest request, int expectedLength) {
        for (int i = 0; i < connections; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build());
        }
        this.request = request;
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
        for (HttpClient client : clients) {
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
                    boolean ok = send(client);
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

    private boolean send(HttpClient client) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 && (expectedLength < 0 || response.body().length == expectedLength);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
