package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.events.Event;
import dev.eventsim.client.sessions.Session;

/** Checks of what every answer of a kind must look like, whatever the target. */
final class Shapes {
    static final String ENTRY_ID = "^[0-9]+_[a-zA-Z0-9]{8}$";
    static final String USER_ID = "^[0-9a-f]{64}$";

    private Shapes() {
    }

    /** Every field of the contract's PublicEventDto is there. */
    static void assertCompleteEvent(Event event) {
        assertThat(event.id()).isPositive();
        assertThat(event.publicDomain()).as("publicDomain").isNotNull();
        assertThat(event.name()).isNotBlank();
        assertThat(event.description()).as("description").isNotNull();
        assertThat(event.startDate()).isNotNull();
        assertThat(event.endDate()).as("ends after it starts").isAfter(event.startDate());
        assertThat(event.timezone()).isNotBlank();
        assertThat(event.logoUrl()).as("logoUrl").isNotNull();
        assertThat(event.bannerImageUrl()).as("bannerImageUrl").isNotNull();
        assertThat(event.createdAt()).isNotNull();
        assertThat(event.updatedAt()).as("updated no earlier than created").isAfterOrEqualTo(event.createdAt());
        assertThat(event.doorsOpenDate()).as("doorsOpenDate").isNotNull();
        assertThat(event.templateId()).isNotBlank();
        assertThat(event.templateName()).isNotBlank();
    }

    static void assertCompleteSession(Session session) {
        assertThat(session.id()).as("a session id is an entry id, a string").matches(ENTRY_ID);
        assertThat(session.createdAt()).isNotNull();
        assertThat(session.updatedAt()).isAfterOrEqualTo(session.createdAt());
        assertThat(session.type()).as("a type the client knows").isNotNull();
        assertThat(session.visibility()).as("a visibility the client knows").isNotNull();
        assertThat(session.name()).isNotBlank();
        assertThat(session.description()).isNotNull();
        assertThat(session.thumbnailUrl()).isNotNull();
    }
}
