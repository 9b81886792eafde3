package dev.eventsim.simulator.events;

import static dev.eventsim.simulator.events.EventSteps.assertNotFound;
import static dev.eventsim.simulator.events.EventSteps.created;
import static dev.eventsim.simulator.events.EventSteps.createdId;
import static dev.eventsim.simulator.events.EventSteps.ids;
import static dev.eventsim.simulator.events.EventSteps.listed;
import static dev.eventsim.simulator.events.EventSteps.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One partner never sees, changes or removes another partner's events. */
class EventsPartnerIsolationTest extends ApiTest {
    private static final long OTHER_PARTNER = 2002;

    private Api otherPartner;
    private JsonNode firstPartnersEvent;
    private long firstPartnersId;

    @BeforeEach
    void twoPartners() {
        simulator.partners().register(new Partner(OTHER_PARTNER, "other-secret"));
        otherPartner = api.withKs(simulator.adminKs(OTHER_PARTNER, "u", Duration.ofHours(1)));
        firstPartnersEvent = created(api, Events.anEvent().withTemplate("tm2000").withName("Mine"));
        firstPartnersId = firstPartnersEvent.path("id").asLong();
    }

    @Test
    void each_partner_lists_only_its_own_events() {
        long othersId = createdId(otherPartner, Events.anEvent().withName("Theirs"));

        assertThat(ids(listed(otherPartner, Map.of()))).containsExactly(othersId);
        assertThat(ids(listed(api, Map.of()))).containsExactly(firstPartnersId);
    }

    @Test
    void another_partner_finds_nothing_by_id_name_or_template() {
        Map<String, Object> aimedAtTheFirstPartner = Map.of("filter", Map.of(
                "idIn", List.of(firstPartnersId), "searchTerm", "Mine", "templateIdIn", List.of("tm2000")));

        JsonNode answer = listed(otherPartner, aimedAtTheFirstPartner).json();

        assertThat(answer.path("events").size()).isZero();
        assertThat(answer.path("totalCount").asInt()).isZero();
    }

    @Test
    void another_partner_cannot_update_the_event() {
        assertNotFound(otherPartner.post("events/update", Map.of("id", firstPartnersId, "name", "Hijacked")));

        assertThat(stored(api, firstPartnersId)).as("unchanged for its owner").isEqualTo(firstPartnersEvent);
    }

    @Test
    void another_partner_cannot_delete_the_event() {
        assertNotFound(otherPartner.post("events/delete", Map.of("id", firstPartnersId)));

        assertThat(stored(api, firstPartnersId)).as("still there for its owner").isEqualTo(firstPartnersEvent);
    }

    @Test
    void another_partner_cannot_list_the_event_sessions() {
        assertNotFound(otherPartner.post("sessions/list", Map.of("eventId", firstPartnersId)));
    }
}
