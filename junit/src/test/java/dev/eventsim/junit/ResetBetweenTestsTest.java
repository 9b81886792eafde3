package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.PartnerView;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** By default every test starts from a fresh simulator; {@code reset = false} keeps what came before. */
class ResetBetweenTestsTest {
    private static final Instant FROZEN_AT = Instant.parse("2031-01-01T00:00:00Z");

    @EventsSimulatorTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Nested
    class ByDefault {

        @Test
        @Order(1)
        void a_test_leaves_an_event_a_fault_a_partner_and_a_frozen_clock(EventsClient client, ControlPlane control) {
            Fixtures.anEvent(client, "Left behind");
            control.addFault(NewFaultRule.of(FaultAction.latency(0)));
            control.registerPartner(2001, "secret-2001");
            control.freezeClockAt(FROZEN_AT);

            assertThat(client.events().list().totalCount()).isEqualTo(1);
        }

        @Test
        @Order(2)
        void the_next_test_finds_none_of_it(EventsClient client, ControlPlane control) {
            assertThat(client.events().list().totalCount()).isZero();
            assertThat(control.faults()).isEmpty();
            assertThat(control.readClock().frozen()).isFalse();
            assertThat(control.now()).isBefore(FROZEN_AT);
        }

        @Test
        @Order(3)
        void partners_registered_by_a_test_are_gone_too(ControlPlane control) {
            assertThat(control.partners()).extracting(PartnerView::partnerId).doesNotContain(2001L);
        }
    }

    @EventsSimulatorTest(reset = false)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Nested
    class WithoutReset {

        @Test
        @Order(1)
        void a_test_creates_an_event(EventsClient client) {
            Fixtures.anEvent(client, "Kept");
        }

        @Test
        @Order(2)
        void the_next_test_still_sees_it(EventsClient client) {
            assertThat(client.events().list().events()).extracting(e -> e.name()).containsExactly("Kept");
        }
    }
}
