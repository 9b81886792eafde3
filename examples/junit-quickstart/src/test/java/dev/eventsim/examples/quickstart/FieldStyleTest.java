package dev.eventsim.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.junit.EventsSimulatorExtension;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same simulator held in a field: settings in code, and the simulator, client and control plane on the field. */
class FieldStyleTest {
    private static final Instant START = Instant.parse("2030-05-01T14:00:00Z");

    @RegisterExtension
    static EventsSimulatorExtension sim = EventsSimulatorExtension.builder()
            .pagerPolicy(new PagerPolicy(PagerPolicy.LimitMode.clamp, PagerPolicy.OffsetMode.pages))
            .client(builder -> builder.retryPolicy(RetryPolicy.none()))   // change the injected clients
            .build();

    @Test
    void lists_nothing_at_first() {
        assertThat(sim.client().events().list().totalCount()).isZero();
    }

    @Test
    void the_client_pages_the_way_the_simulator_was_told() {
        for (int i = 1; i <= 17; i++) {
            sim.client().events().create(NewEvent.builder()
                    .templateId("tm0000").name("Event " + i).timezone("UTC")
                    .startDate(START).endDate(START.plus(Duration.ofHours(1)))
                    .build());
        }

        // 17 events on two pages of 15: the client sends page indexes, as the simulator reads them.
        assertThat(sim.client().events().streamAll(EventFilter.all())).hasSize(17);
    }

    @Test
    void a_client_without_retries_sees_the_first_503() {
        sim.control().addFault(NewFaultRule.of(FaultAction.respond(503, "Service unavailable"))
                .withOperations("events/list").withTimes(1));

        assertThatThrownBy(() -> sim.client().events().list())
                .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
        assertThat(sim.control().faults().get(0).fired()).as("one call, not retried").isEqualTo(1);
    }
}
