package dev.eventsim.client.support;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.admin.ControlPlane;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the client tests: one simulator per test class, in-process on a free port, reset
 * before each test with its clock frozen at {@link #NOW}. {@link #client} talks to it with a
 * long-lived ADMIN KS, the guide's retry policy without jitter, a {@link VirtualSleeper} that
 * moves the simulator's clock instead of sleeping, and a {@link CallLog} hearing every attempt.
 */
public abstract class ClientTest {
    public static final Instant NOW = Instant.parse("2030-01-01T09:00:00Z");

    protected static EventsSimulator simulator;
    /** The simulator's control plane, in-process ({@code simulator.control()}). */
    protected static ControlPlane control;

    protected EventsClient client;
    protected CallLog calls;
    protected VirtualSleeper sleeper;
    protected String adminKs;

    @BeforeAll
    static void startSimulator() {
        // Fields the API does not take are refused: a request the client builds with a typo fails here.
        simulator = EventsSimulator.start(SimulatorOptions.defaults().withUnknownFields(UnknownFields.Mode.reject));
        control = simulator.control();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void freshSimulatorAndClient() {
        simulator.reset();
        simulator.clock().freeze();
        simulator.clock().set(NOW);
        adminKs = simulator.adminKs(simulator.partners().defaultPartner().id(), "admin", Duration.ofDays(365));
        calls = new CallLog();
        sleeper = new VirtualSleeper(simulator.clock());
        client = clientBuilder().build();
    }

    /** The builder {@link #client} came from, to change one setting in a test. */
    protected EventsClient.Builder clientBuilder() {
        return EventsClient.builder()
                .baseUrl(simulator.apiBaseUrl())
                .ksProvider(KsProvider.fixed(adminKs))
                .clientTag("events-client-tests")
                .retryPolicy(RetryPolicy.builder().jitter(0).build())
                .sleeper(sleeper)
                .clock(simulator.clock())
                .listener(calls);
    }
}
