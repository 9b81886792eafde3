package dev.eventsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLimitTest extends ApiTest {

    private ApiResponse create(Api as, String name) {
        return as.post("events/create", Events.anEvent().withName(name).withTemplate("tm4000").body());
    }

    private int eventCount(Api as) {
        return as.post("events/list", Map.of()).json().path("totalCount").asInt();
    }

    private Api registeredPartner(long partnerId) {
        api.control().registerPartner(partnerId, "secret-" + partnerId);
        String ks = api.control().mintKs(KsRequest.admin(partnerId, "admin", 315_360_000)).ks();
        return api.withKs(ks);
    }

    @Test
    void at_the_limit_events_create_answers_500_and_creates_nothing() {
        api.control().setEventLimit(new PartnerEventLimit(null, 2));
        create(api, "One");
        create(api, "Two");
        int sessionsBefore = sessionCount();

        ApiResponse refused = create(api, "Three");

        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.status()).isEqualTo("OperationNotAllowed");
        assertThat(refused.message()).isEqualTo(
                "Event limit reached: partner 1000001 may hold at most 2 events and holds 2");
        assertThat(eventCount(api)).isEqualTo(2);
        assertThat(sessionCount()).as("no preset sessions either").isEqualTo(sessionsBefore);
    }

    private int sessionCount() {
        return api.control().health().partners().get(0).sessions();
    }

    @Test
    void a_limit_below_what_the_partner_holds_refuses_every_create_and_says_so() {
        create(api, "One");
        create(api, "Two");
        api.control().setEventLimit(new PartnerEventLimit(null, 1));

        ApiResponse refused = create(api, "Three");

        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.message()).endsWith("may hold at most 1 events and holds 2");
        assertThat(eventCount(api)).as("nothing is taken away").isEqualTo(2);
    }

    @Test
    void deleting_an_event_makes_room_for_another() {
        api.control().setEventLimit(new PartnerEventLimit(null, 1));
        long id = create(api, "One").json().path("event").path("id").asLong();
        assertThat(create(api, "Two").statusCode()).isEqualTo(500);

        api.post("events/delete", Map.of("id", id));

        ApiResponse two = create(api, "Two");
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(two.json().path("event").path("id").asLong()).as("the refused call used no id").isEqualTo(id + 1);
    }

    @Test
    void a_limit_for_one_partner_leaves_the_others_alone_and_overrides_the_general_one() {
        Api other = registeredPartner(3003);
        api.control().setEventLimit(new PartnerEventLimit(3003L, 0));

        assertThat(create(other, "Refused").statusCode()).isEqualTo(500);
        assertThat(create(api, "Fine").statusCode()).isEqualTo(200);

        api.control().setEventLimit(new PartnerEventLimit(null, 1));
        assertThat(create(api, "Too many").statusCode()).isEqualTo(500);
        assertThat(create(other, "Still refused").statusCode()).as("its own limit of 0 still applies").isEqualTo(500);
        assertThat(eventCount(other)).isZero();
    }

    @Test
    void other_operations_are_not_limited() {
        api.control().setEventLimit(new PartnerEventLimit(null, 1));
        long id = create(api, "One").json().path("event").path("id").asLong();

        assertThat(api.post("events/update", Map.of("id", id, "name", "Renamed")).statusCode()).isEqualTo(200);
        assertThat(api.post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    /** A raw call to the /__sim/event-limit route, the subject of the tests below, checked against the document. */
    private ApiResponse documented(String method, String path, Object body) {
        ApiResponse answer = api.rawControl(method, path, body);
        OpenApiCheck.assertValid(method, path.replaceFirst("\\?.*", ""), answer);
        return answer;
    }

    @Test
    void limits_are_shown_cleared_and_forgotten_by_a_reset() {
        documented("POST", "/__sim/event-limit", Map.of("maxEvents", 0));
        documented("POST", "/__sim/event-limit", Map.of("partnerId", 3003, "maxEvents", 5));

        assertThat(documented("GET", "/__sim/event-limit", null).json().path("limits")).hasSize(2);
        assertThat(documented("DELETE", "/__sim/event-limit?partnerId=3003", null).json().path("limits")).hasSize(1);
        assertThat(create(api, "Refused").statusCode()).isEqualTo(500);

        api.control().reset();

        assertThat(api.rawControl("GET", "/__sim/event-limit", null).json().path("limits")).isEmpty();
        assertThat(create(api, "Allowed").statusCode()).isEqualTo(200);

        api.rawControl("POST", "/__sim/event-limit", Map.of("maxEvents", 0));
        api.rawControl("DELETE", "/__sim/event-limit", null);
        assertThat(create(api, "Allowed again").statusCode()).isEqualTo(200);
    }

    @Test
    void bad_limits_are_400s_naming_the_field() {
        assertThat(documented("POST", "/__sim/event-limit", Map.of()).message()).contains("maxEvents");
        assertThat(api.rawControl("POST", "/__sim/event-limit", Map.of("maxEvents", -1)).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/event-limit", Map.of("maxEvents", "ten")).message())
                .contains("maxEvents");
        assertThat(api.rawControl("DELETE", "/__sim/event-limit?partnerId=x", null).message()).contains("partnerId");
    }
}
