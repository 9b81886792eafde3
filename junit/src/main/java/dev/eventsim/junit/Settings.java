package dev.eventsim.junit;

import dev.eventsim.client.EventsClient;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.UnknownFields;
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

    /**
     * The simulator's defaults, but unknown fields refused, so that a typo fails the test that sent
     * it: port 0, per class, reset before each test, one shared partner.
     */
    static Settings defaults() {
        return new Settings(testDefaults(), SimulatorLifecycle.PER_CLASS, true, false, builder -> {
        });
    }

    /** {@link SimulatorOptions#defaults()} with {@code --unknown-fields=reject}. */
    static SimulatorOptions testDefaults() {
        return SimulatorOptions.defaults().withUnknownFields(UnknownFields.Mode.reject);
    }

    static Settings of(EventsSimulatorTest annotation) {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withUnknownFields(annotation.unknownFields())
                .withPort(annotation.port())
                .withAuthMode(annotation.auth())
                .withPagerPolicy(new PagerPolicy(annotation.pagerLimit(), annotation.pagerOffset()))
                .withSeed(annotation.seed());
        return new Settings(options, annotation.lifecycle(), annotation.reset(), annotation.isolatePartners(),
                builder -> {
                });
    }
}
