package dev.eventsim.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lenient mode takes any token as the default partner, but still wants a token. */
class LenientAuthTest {
    private static EventsSimulator lenient;
    private static Api api;

    @BeforeAll
    static void startLenientSimulator() {
        lenient = EventsSimulator.start(SimulatorOptions.defaults().withAuthMode(AuthMode.lenient));
        api = new Api(lenient.baseUrl(), null);
    }

    @AfterAll
    static void stopLenientSimulator() {
        lenient.close();
    }

    @Test
    void any_non_empty_token_is_accepted() {
        ApiResponse response = api.withKs("anything-at-all").post("events/list", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
    }

    @Test
    void a_ks_of_an_unknown_partner_or_with_a_bad_signature_is_accepted() {
        String ks = KsCodec.encodeV2(999_999, "whatever", 0, "", lenient.clock().instant().minusSeconds(60), "");

        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_missing_authorization_header_is_still_401() {
        KsAuthTest.assertUnauthorized(api.withKs(null).post("events/list", Map.of()), "Authorization");
    }

    @Test
    void an_empty_token_is_still_401() {
        KsAuthTest.assertUnauthorized(api.withKs("").post("events/list", Map.of()), "KS");
    }
}
