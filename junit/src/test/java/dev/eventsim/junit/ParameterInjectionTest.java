package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.RemoteControlPlane;
import dev.eventsim.simulator.api.UnknownFields;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every injectable value, into constructors, lifecycle methods and tests, all of one simulator. */
@EventsSimulatorTest
class ParameterInjectionTest {
    private static EventsSimulator fromBeforeAll;
    private final EventsClient fromConstructor;
    private final String ksFromConstructor;
    private SimulatorInfo fromBeforeEach;

    ParameterInjectionTest(EventsClient client, @Ks String ks) {
        this.fromConstructor = client;
        this.ksFromConstructor = ks;
    }

    @BeforeAll
    static void beforeAll(EventsSimulator simulator, @SimulatorUrl String baseUrl) {
        assertThat(baseUrl).isEqualTo(simulator.baseUrl());
        fromBeforeAll = simulator;
    }

    @BeforeEach
    void beforeEach(SimulatorInfo info) {
        fromBeforeEach = info;
    }

    @AfterAll
    static void afterAll(EventsSimulator simulator) {
        assertThat(simulator).as("the simulator lives as long as the class").isSameAs(fromBeforeAll);
    }

    @Test
    void the_simulator_runs_on_a_free_loopback_port_with_the_default_options(EventsSimulator simulator,
                                                                             @SimulatorUrl String baseUrl,
                                                                             @SimulatorUrl(api = true) String api) {
        assertThat(simulator).isSameAs(fromBeforeAll);
        assertThat(simulator.port()).as("port 0 picked a free one").isPositive();
        assertThat(baseUrl).isEqualTo("http://127.0.0.1:" + simulator.port());
        assertThat(api).isEqualTo(baseUrl + "/api/v1");
        assertThat(simulator.options()).as("the defaults, but for the extension's reject of unknown fields")
                .isEqualTo(SimulatorOptions.defaults().withUnknownFields(UnknownFields.Mode.reject));
    }

    @Test
    void the_control_plane_is_the_simulators_own(EventsSimulator simulator, ControlPlane control) {
        assertThat(control).isSameAs(simulator.control());
    }

    @Test
    void the_info_names_the_default_partner_and_a_ks_the_simulator_accepts(SimulatorInfo info, @Ks String ks,
                                                                          EventsClient client) {
        assertThat(info.partnerId()).isEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(info.adminSecret()).isEqualTo(SimulatorOptions.DEFAULT_ADMIN_SECRET);
        assertThat(info.ks()).isEqualTo(ks).isEqualTo(ksFromConstructor);
        assertThat(info.controlUrl()).isEqualTo(info.baseUrl() + "/__sim");
        assertThat(fromBeforeEach).isEqualTo(info);
        assertThat(Http.postJson(info.apiBaseUrl() + "/events/list", ks, "{}").statusCode()).isEqualTo(200);
        assertThat(client.baseUrl()).isEqualTo(URI.create(info.apiBaseUrl() + "/"));
    }

    @Test
    void the_info_offers_the_same_control_plane_over_http(SimulatorInfo info, ControlPlane control) {
        RemoteControlPlane remote = info.controlPlane();

        assertThat(remote.baseUrl()).isEqualTo(info.baseUrl());
        assertThat(remote.health().ready()).isTrue();
        assertThat(remote.partners()).as("over HTTP it sees what the in-process face sees")
                .isEqualTo(control.partners());
    }

    @Test
    void the_client_of_the_constructor_is_the_one_of_the_test(EventsClient client) {
        assertThat(client).as("without isolated partners the class's tests share one client")
                .isSameAs(fromConstructor);
        assertThat(client.events().list().totalCount()).isZero();
    }
}
