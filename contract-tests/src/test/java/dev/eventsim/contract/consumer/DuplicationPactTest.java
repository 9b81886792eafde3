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
import dev.eventsim.client.events.DuplicateEventRequest;
import dev.eventsim.client.events.DuplicateRole;
import dev.eventsim.client.events.DuplicationStatus;
import dev.eventsim.client.events.JobState;
import dev.eventsim.contract.ProviderStates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/duplicate and events/duplicateStatus: a job started, a job finished, a job still running. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER)
class DuplicationPactTest {
    static final String COPY = "Contract test pact copy";
    static final Instant COPY_START = Instant.parse("2031-06-01T14:00:00Z");

    @Pact(consumer = CONSUMER)
    V4Pact duplicateEvent(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.AN_EVENT_EXISTS)
                                .uponReceiving("a request to duplicate an event with its speakers"), "events/duplicate",
                        newJsonBody(o -> {
                            o.valueFromProviderState("sourceEventId", "${eventId}", 10001);
                            o.object("event", e -> {
                                e.stringValue("name", COPY);
                                e.stringValue("timezone", "Europe/Berlin");
                                e.stringValue("startDate", COPY_START.toString());
                            });
                            o.object("duplicateUsers", u -> {
                                u.array("roles", r -> r.stringValue("Speaker"));
                                u.booleanValue("skipEmail", true);
                            });
                        }).build()),
                newJsonBody(o -> {
                    o.stringType("jobId", "4001");
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "duplicateEvent")
    void duplicate_answers_the_job_id(MockServer mockServer) {
        String jobId = client(mockServer).events().duplicate(DuplicateEventRequest.builder(10001).name(COPY)
                .timezone("Europe/Berlin").startDate(COPY_START).duplicateUsers(List.of(DuplicateRole.SPEAKER), true)
                .build());

        assertThat(jobId).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    V4Pact completedJob(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_DUPLICATION_JOB_HAS_COMPLETED)
                                .uponReceiving("a request for the state of a completed duplication job"),
                        "events/duplicateStatus",
                        newJsonBody(o -> o.valueFromProviderState("jobId", "${jobId}", "4001")).build()),
                newJsonBody(o -> {
                    o.stringType("jobId", "4001");
                    o.stringValue("jobState", "completed");
                    o.stringMatcher("eventId", Shapes.DIGITS, "10002");
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "completedJob")
    void duplicate_status_of_a_completed_job_names_the_copy(MockServer mockServer) {
        DuplicationStatus status = client(mockServer).events().duplicateStatus("4001");

        assertThat(status.jobState()).isEqualTo(JobState.COMPLETED);
        assertThat(status.eventId()).as("the contract types the copy's id as a string of digits").isPresent();
    }

    @Pact(consumer = CONSUMER)
    V4Pact runningJob(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_DUPLICATION_JOB_IS_STILL_RUNNING)
                                .uponReceiving("a request for the state of a duplication job still running"),
                        "events/duplicateStatus",
                        newJsonBody(o -> o.valueFromProviderState("jobId", "${jobId}", "4001")).build()),
                newJsonBody(o -> {
                    o.stringType("jobId", "4001");
                    // a job not yet final: the state does not fix which of the contract's waiting states it is in
                    o.stringMatcher("jobState", Shapes.UNFINISHED_JOB_STATE, "wait");
                    o.stringValue("status", "ok");
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "runningJob")
    void duplicate_status_of_a_running_job_has_no_event_yet(MockServer mockServer) {
        DuplicationStatus status = client(mockServer).events().duplicateStatus("4001");

        assertThat(status.jobState()).isEqualTo(JobState.WAIT);
        assertThat(status.jobState().isFinal()).isFalse();
        assertThat(status.eventId()).isEmpty();
    }
}
