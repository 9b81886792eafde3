package dev.eventsim.load;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.duplication.Progression;
import java.time.Duration;

/**
 * The default target: a simulator started inside the Gatling JVM on a free loopback port, with
 * duplication jobs completing at their first poll. It is reset and stopped after the run.
 */
final class InProcessSimulator implements Target {
    private EventsSimulator simulator;
    private ControlPlane control;
    private String ks;
    private EventsApiClient client;

    @Override
    public void start() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults().withHost("127.0.0.1").withPort(0));
        control = simulator.control();
        // an ADMIN KS of the default partner, minted by the simulator
        ks = control.adminKs(simulator.partners().defaultPartner().id(), "load-tests", Duration.ofSeconds(86_400));
        // duplication jobs complete at their first poll, so a load run's polling always ends
        control.jobProgression(Progression.immediate());
        client = new EventsApiClient(simulator.apiBaseUrl(), ks, 0);
    }

    @Override
    public String apiBaseUrl() {
        return simulator.apiBaseUrl();
    }

    @Override
    public String ks() {
        return ks;
    }

    @Override
    public boolean realRegion() {
        return false;
    }

    @Override
    public EventsApiClient client() {
        return client;
    }

    @Override
    public void finish(Run run) {
        if (simulator == null) {
            return;
        }
        try {
            control.reset();
        } finally {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public String describe() {
        return simulator == null ? "in-process simulator (not started)"
                : "in-process simulator " + EventsSimulator.version() + " at " + simulator.apiBaseUrl();
    }
}
