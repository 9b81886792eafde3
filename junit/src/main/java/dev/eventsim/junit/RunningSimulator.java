package dev.eventsim.junit;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * A simulator the extension started, and the one HTTP client every injected {@code EventsClient}
 * of it shares. Kept in an extension store, which closes it when its scope ends: the test class
 * or the whole run.
 */
final class RunningSimulator implements AutoCloseable {
    private final EventsSimulator simulator;
    private final HttpClient http;

    private RunningSimulator(EventsSimulator simulator) {
        this.simulator = simulator;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    static RunningSimulator start(SimulatorOptions options) {
        return new RunningSimulator(EventsSimulator.start(options));
    }

    EventsSimulator simulator() {
        return simulator;
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
