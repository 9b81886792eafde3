package dev.eventsim.load.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One server under a closed loop, accumulating every measured round: requests, latencies, CPU. */
final class Measured {
    private final String name;
    private final ServerProcess server;
    private final String url;
    private final ClosedLoop loop;
    private final List<long[]> latencies = new ArrayList<>();
    private final List<Double> roundRates = new ArrayList<>();
    private long requests;
    private long errors;
    private long elapsedNanos;
    private long serverCpuNanos;
    private long driverCpuNanos;

    Measured(String name, ServerProcess server, ClosedLoop loop) {
        this(name, server, null, loop);
    }

    /** {@code url}: where the loop sends its requests, when the caller checks the answer there first. */
    Measured(String name, ServerProcess server, String url, ClosedLoop loop) {
        this.name = name;
        this.server = server;
        this.url = url;
        this.loop = loop;
    }

    String url() {
        return url;
    }

    /** Closes the loop's connections. */
    void close() {
        loop.close();
    }

    String name() {
        return name;
    }

    /** Runs the loop without keeping anything: the JIT warms up. */
    void warmUp(Duration duration) {
        loop.run(duration);
    }

    void round(Duration duration) {
        Duration serverBefore = server.cpu();
        Duration driverBefore = driverCpu();
        ClosedLoop.Sample sample = loop.run(duration);
        serverCpuNanos += server.cpu().minus(serverBefore).toNanos();
        driverCpuNanos += driverCpu().minus(driverBefore).toNanos();
        requests += sample.requests();
        errors += sample.errors();
        elapsedNanos += sample.elapsedNanos();
        latencies.add(sample.latencyNanos());
        roundRates.add(sample.perSecond());
    }

    double perSecond() {
        return requests * 1e9 / elapsedNanos;
    }

    double serverCpuMicrosPerRequest() {
        return serverCpuNanos / 1e3 / requests;
    }

    double driverCpuMicrosPerRequest() {
        return driverCpuNanos / 1e3 / requests;
    }

    Latencies latencies() {
        return new Latencies(latencies);
    }

    long requests() {
        return requests;
    }

    long errors() {
        return errors;
    }

    List<Double> roundRates() {
        return roundRates;
    }

    List<String> row() {
        Latencies l = latencies();
        double min = roundRates.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = roundRates.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return List.of(name, Report.number(perSecond()), Report.number(l.percentileMillis(50)),
                Report.number(l.percentileMillis(99)), Report.number(serverCpuMicrosPerRequest()),
                Report.number(driverCpuMicrosPerRequest()), String.format("%,d", requests), String.valueOf(errors),
                Report.number(min) + " – " + Report.number(max));
    }

    static List<String> header() {
        return List.of("server", "req/s", "p50 ms", "p99 ms", "server CPU µs/req", "driver CPU µs/req", "requests",
                "errors", "req/s per round (min – max)");
    }

    private static Duration driverCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
