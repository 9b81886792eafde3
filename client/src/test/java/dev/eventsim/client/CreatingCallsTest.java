package dev.eventsim.client;

import static dev.eventsim.client.support.Fixtures.aSession;
import static dev.eventsim.client.support.Fixtures.aSpeaker;
import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.errors.AmbiguousResultException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import dev.eventsim.client.events.DuplicateEventRequest;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.participants.SpeakerPlacement;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.client.support.AnswerDroppingProxy;
import dev.eventsim.client.support.ClientTest;
import dev.eventsim.client.teammembers.NewTeamMember;
import dev.eventsim.client.teammembers.TeamMember;
import dev.eventsim.client.teammembers.TeamRole;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation that makes something, after the two failures that leave the caller not knowing
 * whether it did: the simulator applies the operation and answers 500 ({@code commitThenFail}),
 * or it applies it and the answer is lost on the way back (an {@link AnswerDroppingProxy}). Each
 * must end with exactly one thing made — or, where nothing can be looked for, say so with an
 * {@link AmbiguousResultException} instead of sending it again. Dates carry microseconds, as an
 * {@code Instant.now()} does; the service keeps milliseconds.
 */
class CreatingCallsTest extends ClientTest {
    private static final Instant START = Instant.parse("2030-05-01T14:00:00.123456Z");
    private static final Instant END = Instant.parse("2030-05-01T16:00:00.987654321Z");

    private AnswerDroppingProxy proxy;
    private EventsClient throughProxy;

    @BeforeEach
    void aProxyThatCanLoseAnswers() {
        proxy = new AnswerDroppingProxy(simulator.apiBaseUrl());
        throughProxy = clientBuilder().baseUrl(proxy.baseUrl()).build();
    }

    @AfterEach
    void stopTheProxy() {
        proxy.close();
    }

    private void commitThenFail(String operation) {
        control.addFault(NewFaultRule.of(FaultAction.commitThenFail()).withOperations(operation).withTimes(1));
    }

    private long eventsNamed(String name) {
        return client.events().streamAll(EventFilter.all().withSearchTerm(name)).count();
    }

    private long anEventId() {
        return client.events().create(anEvent("Summit").build()).id();
    }

    // ---- events/create

    @Test
    void events_create_that_commits_then_fails_finds_its_event_at_the_services_precision() {
        commitThenFail("events/create");

        Event event = client.events().create(anEvent("Town hall").startDate(START).endDate(END).build());

        assertThat(calls.statusCodes("events/create")).as("sent once: the search found it").containsExactly(500);
        assertThat(eventsNamed("Town hall")).isEqualTo(1);
        assertThat(event.startDate()).isEqualTo(Instant.parse("2030-05-01T14:00:00.123Z"));
    }

    @Test
    void events_create_whose_answer_is_lost_finds_its_event() {
        proxy.dropAnswers("events/create", 1);

        Event event = throughProxy.events().create(anEvent("Town hall").startDate(START).endDate(END).build());

        assertThat(calls.count("events/create")).isEqualTo(1);
        assertThat(eventsNamed("Town hall")).isEqualTo(1);
        assertThat(client.events().get(event.id())).contains(event);
    }

    // ---- sessions/create

    @Test
    void sessions_create_that_commits_then_fails_finds_its_session() {
        long eventId = anEventId();
        commitThenFail("sessions/create");

        Session session = client.sessions().create(eventId, aSession("Keynote").dates(START, END).build());

        assertThat(calls.statusCodes("sessions/create")).containsExactly(500);
        assertThat(client.sessions().list(eventId)).filteredOn(s -> s.name().equals("Keynote"))
                .singleElement().isEqualTo(session);
    }

    @Test
    void sessions_create_whose_answer_is_lost_finds_its_session() {
        long eventId = anEventId();
        proxy.dropAnswers("sessions/create", 1);

        Session session = throughProxy.sessions().create(eventId, aSession("Keynote").dates(START, END).build());

        assertThat(calls.count("sessions/create")).isEqualTo(1);
        assertThat(client.sessions().list(eventId)).filteredOn(s -> s.name().equals("Keynote"))
                .singleElement().isEqualTo(session);
    }

    // ---- team-members/create

    @Test
    void team_members_create_that_commits_then_fails_finds_the_member_by_email() {
        commitThenFail("team-members/create");

        TeamMember member = client.teamMembers().create(
                NewTeamMember.of("ops@example.com", TeamRole.ORGANIZER, "Ops", "Lead"));

        assertThat(calls.statusCodes("team-members/create")).as("not sent again: that would be a 400")
                .containsExactly(500);
        assertThat(client.teamMembers().streamAll()).filteredOn(m -> m.email().equals("ops@example.com"))
                .singleElement().isEqualTo(member);
    }

    @Test
    void team_members_create_whose_answer_is_lost_finds_the_member_by_email() {
        proxy.dropAnswers("team-members/create", 1);

        TeamMember member = throughProxy.teamMembers().create(
                NewTeamMember.of("ops@example.com", TeamRole.ORGANIZER, "Ops", "Lead"));

        assertThat(calls.count("team-members/create")).isEqualTo(1);
        assertThat(client.teamMembers().streamAll()).filteredOn(m -> m.email().equals("ops@example.com"))
                .singleElement().isEqualTo(member);
    }

    // ---- event-users/invite

    @Test
    void event_users_invite_that_commits_then_fails_finds_the_user_by_email() {
        long eventId = anEventId();
        commitThenFail("event-users/invite");

        EventUser ada = client.eventUsers().invite(aSpeaker(eventId, "ada@example.com").build());

        assertThat(calls.statusCodes("event-users/invite")).as("not sent again: that would be a 409")
                .containsExactly(500);
        assertThat(client.eventUsers().streamAll(eventId)).singleElement().isEqualTo(ada);
    }

    @Test
    void event_users_invite_whose_answer_is_lost_finds_the_user_by_email() {
        long eventId = anEventId();
        proxy.dropAnswers("event-users/invite", 1);

        EventUser ada = throughProxy.eventUsers().invite(aSpeaker(eventId, "ada@example.com").build());

        assertThat(calls.count("event-users/invite")).isEqualTo(1);
        assertThat(client.eventUsers().streamAll(eventId)).singleElement().isEqualTo(ada);
    }

    // ---- events/duplicate: nothing to look for, so never sent twice

    private DuplicateEventRequest aCopyOf(long eventId) {
        return DuplicateEventRequest.builder(eventId).name("Summit (EMEA)").timezone("Europe/Paris")
                .startDate(START).build();
    }

    @Test
    void events_duplicate_that_commits_then_fails_is_not_sent_again_and_says_so() {
        long eventId = anEventId();
        commitThenFail("events/duplicate");

        AmbiguousResultException e = catchThrowableOfType(AmbiguousResultException.class,
                () -> client.events().duplicate(aCopyOf(eventId)));

        assertThat(e.operation()).isEqualTo("events/duplicate");
        assertThat(e.traceId()).as("the 500's trace id, to quote when asking").isNotBlank();
        assertThat(e.failure()).isInstanceOf(ServerErrorException.class);
        assertThat(calls.count("events/duplicate")).isEqualTo(1);
        assertThat(control.jobs()).as("one duplication job").hasSize(1);
    }

    @Test
    void events_duplicate_whose_answer_is_lost_is_not_sent_again_and_says_so() {
        long eventId = anEventId();
        proxy.dropAnswers("events/duplicate", 1);

        AmbiguousResultException e = catchThrowableOfType(AmbiguousResultException.class,
                () -> throughProxy.events().duplicateAndWait(aCopyOf(eventId)));

        assertThat(e.failure()).isInstanceOf(TransportException.class);
        assertThat(calls.count("events/duplicate")).isEqualTo(1);
        assertThat(control.jobs()).hasSize(1);
    }

    // ---- session-participants/add

    @Test
    void participants_add_that_commits_then_fails_finds_the_speaker_on_the_session() {
        long eventId = anEventId();
        String sessionId = client.sessions().create(eventId, aSession("Keynote").build()).id();
        String ada = client.eventUsers().invite(aSpeaker(eventId, "ada@example.com").build()).id();
        commitThenFail("session-participants/add");

        client.sessionParticipants().addSpeakers(eventId, sessionId, SpeakerPlacement.of(ada).withOrder(2));

        assertThat(calls.statusCodes("session-participants/add")).containsExactly(500);
        assertThat(client.sessionParticipants().list(eventId, sessionId).speakers()).singleElement()
                .satisfies(s -> assertThat(s.order()).isEqualTo(2));
    }

    @Test
    void participants_add_whose_answer_is_lost_finds_the_moderator_on_the_session() {
        long eventId = anEventId();
        String sessionId = client.sessions().create(eventId, aSession("Keynote").build()).id();
        String grace = client.eventUsers().invite(aSpeaker(eventId, "grace@example.com")
                .roles(EventUserRole.MODERATOR).build()).id();
        proxy.dropAnswers("session-participants/add", 1);

        throughProxy.sessionParticipants().addModerators(eventId, sessionId, grace);

        assertThat(calls.count("session-participants/add")).isEqualTo(1);
        assertThat(client.sessionParticipants().list(eventId, sessionId).moderators()).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo(grace));
    }
}
