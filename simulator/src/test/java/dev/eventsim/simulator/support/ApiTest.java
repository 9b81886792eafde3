package dev.eventsim.simulator.support;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the over-HTTP tests: one simulator per test class on a free loopback port, reset
 * before each test, and an {@link Api} holding a long-lived ADMIN KS of the default partner.
 */
public abstract class ApiTest {
    protected static EventsSimulator simulator;
    protected Api api;

    @BeforeAll
    static void startSimulator() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void freshState() {
        simulator.reset();
        // Valid for twenty years, so tests may move the clock years ahead without losing their KS.
        api = new Api(simulator.baseUrl(), simulator.adminKs(simulator.partners().defaultPartner().id(), "admin",
                Duration.ofDays(20 * 365)));
    }
}
