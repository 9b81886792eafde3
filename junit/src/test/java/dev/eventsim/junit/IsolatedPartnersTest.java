package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** With isolatePartners a test is a partner of its own, made for it and removed after it. */
@EventsSimulatorTest(isolatePartners = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IsolatedPartnersTest {
    private static long previousPartner;
    private final SimulatorInfo fromConstructor;

    IsolatedPartnersTest(SimulatorInfo info) {
        this.fromConstructor = info;
    }

    @AfterEach
    void thePartnerStillExistsInAfterEach(SimulatorInfo info, EventsSimulator simulator) {
        assertThat(simulator.partners().find(info.partnerId())).isPresent();
        previousPartner = info.partnerId();
    }

    @Test
    @Order(1)
    void a_test_gets_a_partner_of_its_own_with_its_own_secret_ks_and_client(SimulatorInfo info, @Ks String ks,
                                                                            EventsClient client,
                                                                            EventsSimulator simulator) {
        assertThat(info.partnerId()).isNotEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID)
                .isGreaterThanOrEqualTo(5_000_001L);
        assertThat(info.adminSecret()).isNotEqualTo(SimulatorOptions.DEFAULT_ADMIN_SECRET);
        assertThat(info).as("the constructor got this test's partner").isEqualTo(fromConstructor);
        assertThat(ks).isEqualTo(info.ks());
        assertThat(simulator.partners().find(info.partnerId())).isPresent();

        Fixtures.anEvent(client, "Mine");
        String defaultKs = simulator.adminKs();
        assertThat(Http.postJson(info.apiBaseUrl() + "/events/list", defaultKs, "{}").body())
                .as("the default partner does not see it").contains("\"totalCount\":0");
    }

    @Test
    @Order(2)
    void a_fault_aimed_at_the_tests_partner_reaches_it_alone(SimulatorInfo info, EventsClient client,
                                                            ControlPlane control, EventsSimulator simulator) {
        assertThat(info.partnerId()).isNotEqualTo(previousPartner);
        assertThat(simulator.partners().find(previousPartner)).as("the previous test's partner is gone").isEmpty();
        control.addFault(NewFaultRule.of(FaultAction.respond(500, "only me")).withPartnerId(info.partnerId()));

        Assertions.assertThatThrownBy(() -> client.events().list()).isInstanceOf(ServerErrorException.class);
        assertThat(Http.postJson(info.apiBaseUrl() + "/events/list", simulator.adminKs(), "{}").statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void after_the_test_its_faults_go_with_its_partner(ControlPlane control, EventsClient client) {
        long gone = previousPartner;

        assertThat(control.faults()).noneSatisfy(rule -> assertThat(rule.partnerId()).isEqualTo(gone));
        assertThat(client.events().list().totalCount()).as("a new partner starts empty").isZero();
    }
}
