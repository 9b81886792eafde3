package dev.eventsim.load.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * How the load generator's virtual users talk HTTP. {@code socket} (the default) writes each
 * request's bytes on a keep-alive socket and reads the answer by its Content-Length, as wrk does:
 * a few microseconds of CPU a request, so on a small machine the cores go to the server measured.
 * {@code jdk} is {@link HttpClient}, several times dearer: with it the driver, not the server,
 * decides how many requests a second two cores can carry.
 */
enum Driver {
    SOCKET {
        @Override
        Connection open() {
            return new SocketConnection();
        }
    },
    JDK {
        @Override
        Connection open() {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Runnable::run).connectTimeout(Duration.ofSeconds(5)).build();
            return new Connection() {
                @Override
                public Answer exchange(BenchRequest request) throws IOException {
                    Answer answer = exchangeKeepingBody(request);
                    return new Answer(answer.status(), answer.length());
                }

                @Override
                public Answer exchangeKeepingBody(BenchRequest request) throws IOException {
                    try {
                        HttpResponse<byte[]> response = client.send(request.jdk(), HttpResponse.BodyHandlers.ofByteArray());
                        return new Answer(response.statusCode(), response.body().length, response.body());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            };
        }
    };

    /** One virtual user's connection (the JDK's client keeps its own). */
    interface Connection {
        /** Sends the request; the answer may leave its body out (the socket driver reads past it). */
        Answer exchange(BenchRequest request) throws IOException;

        /** Sends the request and keeps the answer's body, for a user whose next call needs what it says. */
        default Answer exchangeKeepingBody(BenchRequest request) throws IOException {
            return exchange(request);
        }

        default void close() {
        }
    }

    /** An answer's status code, body length and, when it was kept, its body (else null). */
    record Answer(int status, int length, byte[] body) {
        Answer(int status, int length) {
            this(status, length, null);
        }
    }

    abstract Connection open();

    static Driver named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-Dbench.driver must be socket or jdk, not " + name, e);
        }
    }

    String describe() {
        return this == SOCKET ? "HTTP/1.1 over a plain keep-alive socket per virtual user, wrk-style"
                : "`java.net.http.HttpClient`, HTTP/1.1, one client per virtual user";
    }
}
