package dev.eventsim.simulator.journal;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code --log}: one line per API call (journal order) for a person watching the console —
 * arrival time on the simulator's clock (UTC), partner, operation, HTTP code, request status,
 * latency and trace id — and with {@code bodies} both bodies under it, as the journal keeps them.
 * Lines are written by a thread of their own, so a slow console never slows a call; past
 * {@value #QUEUED} waiting lines, more are counted and the count is printed instead.
 */
public final class CallLog implements AutoCloseable {
    public enum Mode {
        off,
        calls,
        bodies
    }

    static final int QUEUED = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String STOP = new String("stop");

    private final Mode mode;
    private final PrintStream out;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUED);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;

    public CallLog(Mode mode, PrintStream out) {
        this.mode = mode;
        this.out = out;
        this.writer = mode == Mode.off ? null : new Thread(this::write, "call-log");
        if (writer != null) {
            writer.setDaemon(true);
            writer.start();
        }
    }

    public boolean enabled() {
        return mode != Mode.off;
    }

    public void record(ApiCall call) {
        if (mode == Mode.off) {
            return;
        }
        if (!lines.offer(lineOf(call))) {
            dropped.incrementAndGet();
        }
    }

    static String line(ApiCall call) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(call.at())).append(' ')
                .append(call.partnerId() == null ? "-" : call.partnerId()).append(' ')
                .append(call.operation()).append(' ')
                .append(call.httpStatus()).append(' ')
                .append(call.status() == null ? "-" : call.status()).append(' ')
                .append(String.format(Locale.ROOT, "%.1f ms", call.latencyNanos() / 1e6)).append(' ')
                .append(call.traceId());
        if (call.fault() != null) {
            line.append("  fault: ").append(call.fault());
        }
        if (call.unknownFields() != null) {
            line.append("  unknown fields: ").append(call.unknownFields());
        }
        return line.toString();
    }

    private String lineOf(ApiCall call) {
        String line = line(call);
        if (mode != Mode.bodies) {
            return line;
        }
        StringBuilder withBodies = new StringBuilder(line);
        appendBody(withBodies, "  > ", call.request());
        appendBody(withBodies, "  < ", call.response());
        return withBodies.toString();
    }

    private static void appendBody(StringBuilder line, String mark, Body body) {
        if (body != null && body.bytes() > 0) {
            line.append(System.lineSeparator()).append(mark).append(body.text().replace("\n", " "));
            if (body.truncated()) {
                line.append(" ... (").append(body.bytes()).append(" bytes)");
            }
        }
    }

    private void write() {
        try {
            while (true) {
                String line = lines.take();
                if (line == STOP) {
                    return;
                }
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    out.println("(" + lost + " call lines not printed: the console could not keep up)");
                }
                out.println(line);
                if (lines.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints what is waiting, then stops the writer. */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        try {
            lines.put(STOP);
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
    }
}
