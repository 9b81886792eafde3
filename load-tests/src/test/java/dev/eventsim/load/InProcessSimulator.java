package dev.eventsim.load;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.duplication.Progression;
import java.time.Duration;

/**
 * The default target: a simulator started inside the Gatling JVM on a free loopback port, with
 * duplication jobs completing at their first poll ({@code -DjobProgression=immediate}), or never
 * ({@code never}: every job answers {@code wait}, to see a run fail when no copy appears). It is
 * reset and stopped after the run.
 */
final class InProcessSimulator implements Target {
    private final Progression jobProgression;
    private EventsSimulator simulator;
    private ControlPlane control;
    private String ks;
    private EventsApiClient client;

    InProcessSimulator(Knobs knobs) {
        String progression = knobs.text("jobProgression", "immediate");
        jobProgression = switch (progression) {
            case "immediate" -> Progression.immediate();
            // no poll count ever exceeds it: the job stays `wait`
            case "never" -> Progression.afterPolls(Integer.MAX_VALUE);
            default -> throw new IllegalArgumentException(
                    "-DjobProgression must be immediate or never, got '" + progression + "'");
        };
    }

    @Override
    public void start() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults().withHost("127.0.0.1").withPort(0));
        control = simulator.control();
        // an ADMIN KS of the default partner, minted by the simulator
        ks = control.adminKs(simulator.partners().defaultPartner().id(), "load-tests", Duration.ofSeconds(86_400));
        // by default duplication jobs complete at their first poll, so a load run's polling always ends
        control.jobProgression(jobProgression);
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
