package dev.eventsim.contract.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.eventsim.contract.consumer.Pacts.CONSUMER;
import static dev.eventsim.contract.consumer.Pacts.PROVIDER;
import static dev.eventsim.contract.consumer.Pacts.client;
import static dev.eventsim.contract.consumer.Pacts.ok;
import static dev.eventsim.contract.consumer.Pacts.post;
import static dev.eventsim.contract.consumer.Shapes.EXAMPLE_SESSION_ID;
import static dev.eventsim.contract.consumer.Shapes.EXAMPLE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.eventsim.client.participants.ParticipantList;
import dev.eventsim.client.participants.SpeakerPlacement;
import dev.eventsim.client.participants.SpeakerRole;
import dev.eventsim.contract.ProviderStates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** session-participants/add, remove, update, list. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER)
class SessionParticipantsPactTest {
    static final String MODERATOR_ID = "def789abc012def789abc012def789abc012def789abc012def789abc012def7";

    @Pact(consumer = CONSUMER)
    V4Pact addParticipants(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_SPEAKER_AND_A_MODERATOR_ARE_INVITED)
                                .uponReceiving("a request to put a speaker and a moderator on a session"),
                        "session-participants/add",
                        newJsonBody(o -> {
                            session(o);
                            o.array("speakers", a -> a.object(s -> {
                                s.valueFromProviderState("userId", "${speakerId}", EXAMPLE_USER_ID);
                                s.numberValue("order", 1);
                                s.booleanValue("isHidden", false);
                                s.stringValue("role", "simpleSpeaker");
                            }));
                            o.array("moderatorIds", a -> a.getPactDslJsonArray()
                                    .valueFromProviderState("${moderatorId}", MODERATOR_ID));
                        }).build()),
                Shapes.ok());
    }

    @Test
    @PactTestFor(pactMethod = "addParticipants")
    void add_places_speakers_and_moderators(MockServer mockServer) {
        assertThatCode(() -> client(mockServer).sessionParticipants().add(10001, EXAMPLE_SESSION_ID,
                List.of(SpeakerPlacement.of(EXAMPLE_USER_ID).withOrder(1).withHidden(false)
                        .withRole(SpeakerRole.SIMPLE_SPEAKER)), List.of(MODERATOR_ID)))
                .doesNotThrowAnyException();
    }

    @Pact(consumer = CONSUMER)
    V4Pact removeSpeaker(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_SESSION_WITH_A_SPEAKER_EXISTS)
                                .uponReceiving("a request to take a speaker off a session"),
                        "session-participants/remove",
                        newJsonBody(o -> {
                            session(o);
                            o.array("speakerIds", a -> a.getPactDslJsonArray()
                                    .valueFromProviderState("${speakerId}", EXAMPLE_USER_ID));
                        }).build()),
                Shapes.ok());
    }

    @Test
    @PactTestFor(pactMethod = "removeSpeaker")
    void remove_takes_the_speaker_off(MockServer mockServer) {
        assertThatCode(() -> client(mockServer).sessionParticipants().remove(10001, EXAMPLE_SESSION_ID,
                List.of(EXAMPLE_USER_ID), null)).doesNotThrowAnyException();
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateSpeaker(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_SESSION_WITH_A_SPEAKER_EXISTS)
                                .uponReceiving("a request to move a speaker, hide them, make them an advanced speaker"),
                        "session-participants/update",
                        newJsonBody(o -> {
                            session(o);
                            o.array("speakers", a -> a.object(s -> {
                                s.valueFromProviderState("userId", "${speakerId}", EXAMPLE_USER_ID);
                                s.numberValue("order", 2);
                                s.booleanValue("isHidden", true);
                                s.stringValue("role", "advancedSpeaker");
                            }));
                        }).build()),
                Shapes.ok());
    }

    @Test
    @PactTestFor(pactMethod = "updateSpeaker")
    void update_changes_what_is_sent_for_the_speaker(MockServer mockServer) {
        assertThatCode(() -> client(mockServer).sessionParticipants().update(10001, EXAMPLE_SESSION_ID,
                List.of(SpeakerPlacement.of(EXAMPLE_USER_ID).withOrder(2).withHidden(true)
                        .withRole(SpeakerRole.ADVANCED_SPEAKER)))).doesNotThrowAnyException();
    }

    @Pact(consumer = CONSUMER)
    V4Pact listParticipants(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_SESSION_WITH_A_SPEAKER_EXISTS, Map.of("withModerator", true))
                                .uponReceiving("a request to list a session's speakers and moderators"),
                        "session-participants/list", newJsonBody(SessionParticipantsPactTest::session).build()),
                newJsonBody(o -> {
                    o.minArrayLike("speakers", 1, 1, Shapes::participatingSpeaker);
                    o.minArrayLike("moderators", 1, 1, Shapes::participatingModerator);
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "listParticipants")
    void list_reads_speakers_with_their_placement_and_moderators(MockServer mockServer) {
        ParticipantList list = client(mockServer).sessionParticipants().list(10001, EXAMPLE_SESSION_ID);

        assertThat(list.speakers()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.order()).as("speakers carry their order").isNotNull();
            assertThat(s.sessionRole()).isNotNull();
        });
        assertThat(list.moderators()).isNotEmpty().allSatisfy(m -> assertThat(m.type()).isEqualTo("moderator"));
    }

    /** Every session-participants request names the event and the session the state made. */
    private static void session(LambdaDslObject o) {
        o.valueFromProviderState("eventId", "${eventId}", 10001);
        o.valueFromProviderState("sessionId", "${sessionId}", EXAMPLE_SESSION_ID);
    }
}
