package dev.eventsim.junit;

import dev.eventsim.client.EventsClient;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import java.util.Objects;
import java.util.function.Consumer;

/** What an extension was asked for, by annotation or builder. */
record Settings(SimulatorOptions options, SimulatorLifecycle lifecycle, boolean reset, boolean isolatePartners,
                Consumer<EventsClient.Builder> client) {

    Settings {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(client, "client");
    }

    /** The simulator's defaults: port 0, per class, reset before each test, one shared partner. */
    static Settings defaults() {
        return new Settings(SimulatorOptions.defaults(), SimulatorLifecycle.PER_CLASS, true, false, builder -> {
        });
    }

    static Settings of(EventsSimulatorTest annotation) {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withPort(annotation.port())
                .withAuthMode(annotation.auth())
                .withPagerPolicy(new PagerPolicy(annotation.pagerLimit(), annotation.pagerOffset()))
                .withSeed(annotation.seed());
        return new Settings(options, annotation.lifecycle(), annotation.reset(), annotation.isolatePartners(),
                builder -> {
                });
    }
}
