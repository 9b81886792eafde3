package dev.eventsim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthResetPartnersTest extends ApiTest {

    private long createEvent(Api as) {
        return as.post("events/create", Events.anEvent().withTemplate("tm4000").body()).json().path("event").path("id").asLong();
    }

    private Api registeredPartner(long partnerId) {
        api.control().registerPartner(partnerId, "secret-" + partnerId);
        String ks = api.control().mintKs(KsRequest.admin(partnerId, "u@example.com", 315_360_000)).ks();
        return api.withKs(ks);
    }

    private JsonNode countsOf(long partnerId) {
        for (JsonNode partner : api.rawControl("GET", "/__sim/health", null).json().path("partners")) {
            if (partner.path("partnerId").asLong() == partnerId) {
                return partner;
            }
        }
        return null;
    }

    @Test
    void health_reports_ready_version_uptime_and_counts_per_partner() {
        createEvent(api);
        createEvent(api);

        ApiResponse health = api.rawControl("GET", "/__sim/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.json().path("ready").asBoolean()).isTrue();
        assertThat(health.json().path("version").asText()).isNotBlank();
        assertThat(health.json().path("uptimeMillis").asLong()).isNotNegative();
        JsonNode counts = countsOf(SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(counts.path("events").asInt()).isEqualTo(2);
        assertThat(counts.path("sessions").asInt()).as("tm4000 makes two sessions per event").isEqualTo(4);
    }

    @Test
    void a_partner_registered_at_run_time_gets_a_working_ks_and_its_own_data() {
        Api other = registeredPartner(3003);
        createEvent(other);

        assertThat(other.post("events/list", Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(countsOf(3003).path("events").asInt()).isEqualTo(1);
    }

    @Test
    void resetting_one_partner_leaves_the_others_alone() {
        Api other = registeredPartner(3003);
        createEvent(other);
        createEvent(api);

        ApiResponse reset = api.rawControl("POST", "/__sim/reset", Map.of("partnerId", 3003));

        assertThat(reset.json().path("reset").asText()).isEqualTo("partner");
        assertThat(other.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
        assertThat(other.post("events/list", Map.of()).statusCode()).as("the partner itself stays").isEqualTo(200);
    }

    @Test
    void a_full_reset_goes_back_to_start_up_state() {
        Api other = registeredPartner(3003);
        long eventId = createEvent(api);
        api.post("events/duplicate", Map.of("sourceEventId", eventId, "event", Map.of("name", "c", "timezone", "UTC")));
        api.control().freezeClockAt(Instant.parse("2031-01-01T00:00:00Z"));
        api.control().jobProgression(Progression.immediate());

        ApiResponse reset = api.rawControl("POST", "/__sim/reset", Map.of());

        assertThat(reset.json().path("reset").asText()).isEqualTo("all");
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(api.control().jobs()).isEmpty();
        assertThat(api.control().readClock().frozen()).isFalse();
        assertThat(api.control().jobProgression().mode()).isEqualTo("duration");
        assertThat(other.post("events/list", Map.of()).statusCode()).as("run-time partners are gone").isEqualTo(401);
        long again = createEvent(api);
        assertThat(again).as("ids start over").isEqualTo(eventId);
    }

    @Test
    void the_control_plane_mints_admin_user_and_v1_kses() {
        JsonNode admin = api.rawControl("POST", "/__sim/ks", Map.of("userId", "me")).json();
        JsonNode user = api.rawControl("POST", "/__sim/ks", Map.of("type", 0)).json();
        JsonNode v1 = api.rawControl("POST", "/__sim/ks", Map.of("version", 1, "privileges", "disableentitlement")).json();

        assertThat(admin.path("partnerId").asLong()).isEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(admin.path("userId").asText()).isEqualTo("me");
        assertThat(api.withKs(admin.path("ks").asText()).post("events/list", Map.of()).statusCode()).isEqualTo(200);
        assertThat(api.withKs(user.path("ks").asText()).post("events/list", Map.of()).statusCode()).isEqualTo(403);
        assertThat(api.withKs(v1.path("ks").asText()).post("events/list", Map.of()).statusCode()).isEqualTo(200);
        assertThat(v1.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_changed_admin_secret_invalidates_the_old_kses_at_once() throws Exception {
        Api other = registeredPartner(3003);
        assertThat(other.post("events/list", Map.of()).statusCode()).isEqualTo(200);

        api.control().registerPartner(3003, "rotated");

        assertThat(other.post("events/list", Map.of()).statusCode()).isEqualTo(401);
        assertThat(KsCodec.parse(api.rawControl("POST", "/__sim/ks", Map.of("partnerId", 3003)).json().path("ks").asText())
                .partnerId()).isEqualTo(3003);
    }

    @Test
    void removing_a_partner_forgets_it_and_its_data_but_the_default_partner_stays() {
        Api other = registeredPartner(3003);
        createEvent(other);

        assertThat(api.rawControl("DELETE", "/__sim/partners/3003", null).statusCode()).isEqualTo(200);
        assertThat(other.post("events/list", Map.of()).statusCode()).isEqualTo(401);
        assertThat(api.rawControl("GET", "/__sim/partners", null).json().path("partners")).hasSize(1);
        assertThat(api.rawControl("DELETE", "/__sim/partners/3003", null).statusCode()).isEqualTo(404);
        assertThat(api.rawControl("DELETE", "/__sim/partners/" + SimulatorOptions.DEFAULT_PARTNER_ID, null).statusCode())
                .isEqualTo(409);
    }

    @Test
    void bad_control_bodies_are_400s() {
        assertThat(api.rawControl("POST", "/__sim/partners", Map.of("partnerId", "x", "adminSecret", "s")).statusCode())
                .isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/partners", Map.of("partnerId", 5)).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/ks", Map.of("partnerId", 999)).statusCode()).isEqualTo(404);
        assertThat(api.rawControl("POST", "/__sim/ks", Map.of("type", 7)).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/reset", "{not json").statusCode()).isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/reset", List.of(1)).statusCode()).isEqualTo(400);
    }

    @Test
    void with_an_admin_token_the_control_plane_needs_it_and_the_api_does_not() {
        try (EventsSimulator guarded = EventsSimulator.start(SimulatorOptions.defaults().withAdminToken("s3cret"))) {
            Api plain = new Api(guarded.baseUrl(), guarded.adminKs());

            ApiResponse refused = plain.rawControl("GET", "/__sim/health", null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.message()).contains("admin token");

            ApiResponse viaHeader = plain.send(plain.request("/__sim/health").header("X-Sim-Admin-Token", "s3cret")
                    .GET().build());
            ApiResponse viaBearer = plain.send(plain.request("/__sim/health").header("Authorization", "Bearer s3cret")
                    .GET().build());
            ApiResponse wrong = plain.send(plain.request("/__sim/reset").header("X-Sim-Admin-Token", "guess")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(viaHeader.statusCode()).isEqualTo(200);
            assertThat(viaBearer.statusCode()).isEqualTo(200);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(plain.post("events/list", Map.of()).statusCode()).as("the API takes a KS, not the token")
                    .isEqualTo(200);
        }
    }

    @Test
    void with_an_admin_token_a_call_without_it_is_refused_before_its_body_is_read() {
        try (EventsSimulator guarded = EventsSimulator.start(SimulatorOptions.defaults().withAdminToken("s3cret"))) {
            Api plain = new Api(guarded.baseUrl(), guarded.adminKs());

            ApiResponse anonymous = plain.rawControl("POST", "/__sim/reset", "{not json");
            ApiResponse wrong = plain.send(plain.request("/__sim/reset").header("X-Sim-Admin-Token", "guess")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[1]")).build());
            ApiResponse allowed = plain.send(plain.request("/__sim/reset").header("X-Sim-Admin-Token", "s3cret")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{not json")).build());

            assertThat(anonymous.statusCode()).as("no token: its body tells a stranger nothing").isEqualTo(401);
            assertThat(anonymous.message()).contains("admin token");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(allowed.statusCode()).as("with the token, the body is checked as ever").isEqualTo(400);
        }
    }
}
