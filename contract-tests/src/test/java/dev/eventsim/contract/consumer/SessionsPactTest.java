package dev.eventsim.contract.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.eventsim.contract.consumer.Pacts.CONSUMER;
import static dev.eventsim.contract.consumer.Pacts.PROVIDER;
import static dev.eventsim.contract.consumer.Pacts.client;
import static dev.eventsim.contract.consumer.Pacts.ok;
import static dev.eventsim.contract.consumer.Pacts.post;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.eventsim.client.sessions.NewSession;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.client.sessions.SessionType;
import dev.eventsim.client.sessions.Speaker;
import dev.eventsim.contract.ProviderStates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sessions/create, list, speakerList. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER)
class SessionsPactTest {
    static final String NAME = "Contract test pact session";
    static final Instant START = Instant.parse("2031-05-01T14:00:00Z");
    static final Instant END = Instant.parse("2031-05-01T15:00:00Z");

    @Pact(consumer = CONSUMER)
    V4Pact createSession(PactDslWithProvider builder) {
        // the session must lie within its event: the state takes the event's dates as parameters
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS,
                                Map.of("startDate", "2031-05-01T13:00:00Z", "endDate", "2031-05-01T18:00:00Z"))
                                .uponReceiving("a request to add a session to an event"), "sessions/create",
                        newJsonBody(o -> {
                            o.valueFromProviderState("eventId", "${eventId}", 10001);
                            o.object("session", s -> {
                                s.stringValue("name", NAME);
                                s.stringValue("type", "MeetingEntry");
                                s.stringValue("description", "The keynote");
                                s.stringValue("startDate", START.toString());
                                s.stringValue("endDate", END.toString());
                            });
                        }).build()),
                newJsonBody(o -> {
                    o.object("session", s -> Shapes.session(s, NAME));
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "createSession")
    void create_answers_the_session_with_its_entry_id(MockServer mockServer) {
        Session session = client(mockServer).sessions().create(10001,
                NewSession.builder(NAME, SessionType.MEETING_ENTRY).description("The keynote").dates(START, END)
                        .build());

        assertThat(session.id()).as("an entry id, a string").matches(Shapes.ENTRY_ID);
        assertThat(session.type()).isEqualTo(SessionType.MEETING_ENTRY);
        assertThat(session.startDate()).isEqualTo(START);
    }

    @Pact(consumer = CONSUMER)
    V4Pact listSessions(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_WITH_A_SESSION_EXISTS)
                                .uponReceiving("a request to list the sessions of an event"), "sessions/list",
                        newJsonBody(o -> o.valueFromProviderState("eventId", "${eventId}", 10001)).build()),
                newJsonBody(o -> {
                    o.minArrayLike("sessions", 1, 1, s -> Shapes.session(s, null));
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "listSessions")
    void list_reads_every_session_of_the_event(MockServer mockServer) {
        List<Session> sessions = client(mockServer).sessions().list(10001);

        assertThat(sessions).isNotEmpty().allSatisfy(s -> assertThat(s.id()).matches(Shapes.ENTRY_ID));
    }

    @Pact(consumer = CONSUMER)
    V4Pact speakerList(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_SESSION_WITH_A_SPEAKER_EXISTS)
                                .uponReceiving("a request to list the speakers of a session"), "sessions/speakerList",
                        newJsonBody(o -> {
                            o.valueFromProviderState("eventId", "${eventId}", 10001);
                            o.valueFromProviderState("sessionId", "${sessionId}", Shapes.EXAMPLE_SESSION_ID);
                        }).build()),
                newJsonBody(o -> {
                    o.minArrayLike("speakers", 1, 1, Shapes::speaker);
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "speakerList")
    void speaker_list_reads_the_speakers_profiles(MockServer mockServer) {
        List<Speaker> speakers = client(mockServer).sessions().speakerList(10001, Shapes.EXAMPLE_SESSION_ID);

        assertThat(speakers).isNotEmpty().allSatisfy(s -> {
            assertThat(s.id()).matches(Shapes.USER_ID);
            assertThat(s.email()).isNotBlank();
        });
    }
}
