package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.ExchangeListener;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.admin.ControlPlane;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The field-held style: settings in code, values from the field's accessors or injected. */
class ProgrammaticStyleTest {
    private static final List<String> OPERATIONS = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static EventsSimulatorExtension sim = EventsSimulatorExtension.builder()
            .pagerPolicy(new PagerPolicy(PagerPolicy.LimitMode.clamp, PagerPolicy.OffsetMode.pages))
            .authMode(AuthMode.lenient)
            .seed(7)
            .client(builder -> builder.listener(new ExchangeListener() {
                @Override
                public void onRequest(OutgoingRequest request) {
                    OPERATIONS.add(request.operation());
                }
            }))
            .build();

    @BeforeAll
    static void theSimulatorRunsBeforeTheFirstTest() {
        assertThat(sim.simulator().port()).isPositive();
    }

    @Test
    void the_options_given_in_code_are_the_simulators() {
        SimulatorOptions options = sim.simulator().options();

        assertThat(options.pagerPolicy()).isEqualTo(new PagerPolicy(PagerPolicy.LimitMode.clamp,
                PagerPolicy.OffsetMode.pages));
        assertThat(options.authMode()).isEqualTo(AuthMode.lenient);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.port()).as("a free port by default").isZero();
    }

    @Test
    void the_accessors_answer_the_running_simulator() {
        assertThat(sim.baseUrl()).isEqualTo(sim.simulator().baseUrl());
        assertThat(sim.apiBaseUrl()).isEqualTo(sim.baseUrl() + "/api/v1");
        assertThat(sim.control()).isSameAs(sim.simulator().control());
        assertThat(sim.info().ks()).isEqualTo(sim.ks());
        assertThat(Http.postJson(sim.apiBaseUrl() + "/events/list", "anything-goes-in-lenient-mode", "{}")
                .statusCode()).as("lenient auth took any token").isEqualTo(200);
    }

    @Test
    void the_client_is_changed_as_asked_and_reads_offsets_as_pages_like_the_simulator(EventsClient injected) {
        for (int i = 0; i < 17; i++) {
            Fixtures.anEvent(sim.client(), "Event " + i);
        }
        OPERATIONS.clear();

        // 17 events over two pages of 15: only correct if the client sends page indexes, as the simulator reads them
        assertThat(sim.client().events().streamAll(EventFilter.all())).hasSize(17);
        assertThat(OPERATIONS).as("the listener given to the builder heard the calls")
                .containsExactly("events/list", "events/list");
        assertThat(injected).as("the injected client is the field's").isSameAs(sim.client());
    }

    @Test
    void the_values_injected_are_those_of_the_field(ControlPlane control, SimulatorInfo info) {
        assertThat(control).isSameAs(sim.control());
        assertThat(info).isEqualTo(sim.info());
    }
}
