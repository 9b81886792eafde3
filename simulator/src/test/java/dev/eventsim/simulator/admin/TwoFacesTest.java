package dev.eventsim.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.RequestStatus;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import dev.eventsim.simulator.faults.RateLimit;
import dev.eventsim.simulator.journal.JournalCounts;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalPage;
import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.journal.StatusMatch;
import dev.eventsim.simulator.seeding.Generation;
import dev.eventsim.simulator.seeding.SeedReader;
import dev.eventsim.simulator.seeding.SeedRequest;
import dev.eventsim.simulator.seeding.SeedResult;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Events;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The control plane's two faces answer alike: the same steps, run in-process through
 * {@code EventsSimulator.control()} on one simulator and over HTTP through {@link RemoteControlPlane}
 * on another, fresh one, answer the same records, refuse with the same {@link ApiException}, and
 * leave the same state. Every task of {@link ControlPlane} is called through the remote face.
 */
class TwoFacesTest {
    private static final Instant AT = Instant.parse("2030-04-01T12:00:00Z");
    private static final long PARTNER = 3001;
    private static final long DEFAULT_PARTNER = SimulatorOptions.DEFAULT_PARTNER_ID;

    private EventsSimulator here;
    private EventsSimulator there;
    private ControlPlane local;
    private RemoteControlPlane remote;

    @BeforeEach
    void twoFreshSimulators() {
        here = EventsSimulator.start(SimulatorOptions.defaults());
        there = EventsSimulator.start(SimulatorOptions.defaults());
        local = here.control();
        remote = RemoteControlPlane.at(there.baseUrl() + "/");
    }

    @AfterEach
    void stopThem() {
        here.close();
        there.close();
    }

    /** A face with the simulator it drives, for steps that also call {@code /api/v1}. */
    private record Face(String name, ControlPlane control, EventsSimulator simulator) {
        Api api(long partnerId) {
            return new Api(simulator.baseUrl(), control.adminKs(partnerId, "admin", Duration.ofDays(3650)));
        }
    }

    private List<Face> faces() {
        return List.of(new Face("local", local, here), new Face("remote", remote, there));
    }

    /** Runs the same steps through each face, checks they answered alike, and answers the remote face's answer. */
    private <T> T alike(Function<Face, T> steps) {
        T viaLocal = steps.apply(faces().get(0));
        T viaRemote = steps.apply(faces().get(1));
        assertThat(viaRemote).as("the remote face's answers").isEqualTo(viaLocal);
        return viaRemote;
    }

    /** The same call refused alike by both faces: the same HTTP code, status and message. */
    private ApiException refusedAlike(Consumer<ControlPlane> call, int httpStatus) {
        ApiException viaLocal = refusal(local, call);
        ApiException viaRemote = refusal(remote, call);
        assertThat(viaLocal.httpStatus()).as(viaLocal.getMessage()).isEqualTo(httpStatus);
        assertThat(viaRemote.httpStatus()).as(viaRemote.getMessage()).isEqualTo(httpStatus);
        assertThat(viaRemote.status()).isEqualTo(viaLocal.status());
        assertThat(viaRemote.getMessage()).isEqualTo(viaLocal.getMessage());
        return viaRemote;
    }

    private static ApiException refusal(ControlPlane face, Consumer<ControlPlane> call) {
        Throwable thrown = catchThrowable(() -> call.accept(face));
        assertThat(thrown).as("refused through the %s face", face.getClass().getSimpleName())
                .isInstanceOf(ApiException.class);
        return (ApiException) thrown;
    }

    /** An answer that is a list, as a list of objects for assertions. */
    private static List<Object> items(Object answer) {
        return List.copyOf((List<?>) answer);
    }

    // ---- what both faces read, compared as a whole

    /** Everything the control plane shows of a simulator; uptime and rules' creation times left out. */
    private record State(Health health, List<PartnerView> partners, List<RuleView> faults,
                         List<RateLimitView> rateLimits, List<PartnerEventLimit> eventLimits, List<JobView> jobs,
                         ProgressionView progression, List<SnapshotView> snapshots, ClockView clock) {
        static State of(ControlPlane face) {
            Health health = face.health();
            return new State(new Health(health.ready(), health.version(), 0, health.clock(), health.partners()),
                    face.partners(), face.faults().stream().map(State::timeless).toList(), face.rateLimits(),
                    face.eventLimits(), face.jobs(), face.jobProgression(), face.snapshots(), face.readClock());
        }

        private static RuleView timeless(RuleView r) {
            return new RuleView(r.id(), r.operations(), r.partnerId(), r.probability(), r.times(), r.seed(), r.action(),
                    r.fired(), r.remaining(), r.spent(), r.lastLatencyMs(), null);
        }
    }

    // ---- /api/v1 calls of the scenarios

    private static long createEvent(Api api) {
        ApiResponse created = api.post("events/create", Events.anEvent().body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        return created.json().path("event").path("id").asLong();
    }

    private static String duplicate(Api api, long eventId) {
        ApiResponse started = api.post("events/duplicate", Map.of("sourceEventId", eventId,
                "event", Map.of("name", "Copy", "timezone", "Europe/Berlin")));
        assertThat(started.statusCode()).as(started.rawBody()).isEqualTo(200);
        return started.json().path("jobId").asText();
    }

    private static String jobState(Api api, String jobId) {
        return api.post("events/duplicateStatus", Map.of("jobId", jobId)).json().path("jobState").asText();
    }

    // ---- the scenario

    @Test
    void the_same_scenario_through_either_face_leaves_the_same_state() {
        for (Face face : faces()) {
            ControlPlane control = face.control();
            control.registerPartner(PARTNER, "secret-3001");
            control.addFault(NewFaultRule.of(FaultAction.respond(503, "busy"))
                    .withOperations("sessions/list").withPartnerId(PARTNER).withTimes(1));
            control.setRateLimit(new RateLimit(PARTNER, 100, Duration.ofMinutes(1)));
            control.setEventLimit(new PartnerEventLimit(PARTNER, 5));
            control.freezeClockAt(AT).advanceClock(Duration.ofSeconds(90));
            Api api = face.api(PARTNER);
            long eventId = createEvent(api);
            control.jobProgression(Progression.immediate());
            assertThat(jobState(api, duplicate(api, eventId))).as(face.name()).isEqualTo("completed");
            control.saveSnapshot("before-removal");
        }
        State before = State.of(remote);
        assertThat(before).isEqualTo(State.of(local));
        assertThat(before.health().partners()).contains(new Health.PartnerCounts(PARTNER, 2, 0));
        assertThat(before.faults()).extracting(RuleView::partnerId).containsExactly(PARTNER);

        faces().forEach(face -> face.control().removePartner(PARTNER));

        State viaLocal = State.of(local);
        State viaRemote = State.of(remote);
        assertThat(viaRemote).isEqualTo(viaLocal);
        assertThat(viaRemote).as("what the remote face read is what that simulator holds")
                .isEqualTo(State.of(there.control()));
        for (State state : List.of(viaLocal, viaRemote)) {
            assertThat(state.partners()).extracting(PartnerView::partnerId).containsExactly(DEFAULT_PARTNER);
            assertThat(state.health().partners()).extracting(Health.PartnerCounts::partnerId)
                    .containsExactly(DEFAULT_PARTNER);
            assertThat(state.faults()).isEmpty();
            assertThat(state.rateLimits()).isEmpty();
            assertThat(state.eventLimits()).isEmpty();
            assertThat(state.snapshots()).singleElement().satisfies(snapshot -> {
                assertThat(snapshot.name()).isEqualTo("before-removal");
                assertThat(snapshot.scope()).isEqualTo("all");
                assertThat(snapshot.takenAt()).isEqualTo("2030-04-01T12:01:30.000Z");
            });
            assertThat(state.clock()).isEqualTo(new ClockView("2030-04-01T12:01:30.000Z",
                    AT.plusSeconds(90).toEpochMilli(), true));
            assertThat(state.progression()).isEqualTo(new ProgressionView("immediate", null, null));
        }
    }

    // ---- each group of tasks

    @Test
    void the_clock_is_read_frozen_set_advanced_and_resumed_alike() {
        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            List<Object> seen = new ArrayList<>();
            seen.add(control.freezeClockAt(AT).readClock());
            seen.add(control.advanceClock(Duration.ofSeconds(90)).now());
            seen.add(control.setClock(AT.minusSeconds(3600)).readClock());
            seen.add(control.freezeClock().readClock());
            seen.add(control.resumeClock().readClock().frozen());
            return seen;
        });

        assertThat(answers).containsExactly(
                new ClockView("2030-04-01T12:00:00.000Z", AT.toEpochMilli(), true),
                AT.plusSeconds(90),
                new ClockView("2030-04-01T11:00:00.000Z", AT.minusSeconds(3600).toEpochMilli(), true),
                new ClockView("2030-04-01T11:00:00.000Z", AT.minusSeconds(3600).toEpochMilli(), true),
                false);
        assertThat(remote.freezeClock()).as("the clock's changes chain").isSameAs(remote);
        refusedAlike(control -> control.advanceClock(Duration.ofSeconds(-1)), 400);
        refusedAlike(control -> control.setClock(null), 400);
    }

    @Test
    void partners_and_kses_answer_alike_and_a_minted_ks_works_on_the_events_api() {
        alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            return List.of(control.partners(), control.registerPartner(PARTNER, "first-secret"),
                    control.registerPartner(PARTNER, "second-secret"), control.partners());
        });

        MintedKs minted = alike(face -> {
            ControlPlane control = face.control();
            MintedKs ks = control.mintKs(KsRequest.admin(PARTNER, "qa@example.com", 3600));
            Api api = new Api(face.simulator().baseUrl(), ks.ks());
            assertThat(api.post("events/list", Map.of()).statusCode()).as(face.name()).isEqualTo(200);
            createEvent(face.api(PARTNER));
            String userKs = control.mintKs(PARTNER, "viewer@example.com", KsType.USER, Duration.ofHours(1));
            assertThat(api.withKs(userKs).post("events/list", Map.of()).statusCode()).as(face.name()).isEqualTo(403);
            // KSes carry random bytes: compare what they say.
            return new MintedKs("", ks.partnerId(), ks.userId(), ks.type(), ks.expiresAt(), ks.version());
        });
        assertThat(minted).isEqualTo(new MintedKs("", PARTNER, "qa@example.com", 2, "2030-04-01T13:00:00.000Z", 2));

        MintedKs v1 = alike(face -> {
            MintedKs ks = face.control().mintKs(new KsRequest(null, null, null, null, "disableentitlement", 1));
            assertThat(new Api(face.simulator().baseUrl(), ks.ks()).post("events/list", Map.of()).statusCode())
                    .isEqualTo(200);
            return new MintedKs("", ks.partnerId(), ks.userId(), ks.type(), ks.expiresAt(), ks.version());
        });
        assertThat(v1).isEqualTo(new MintedKs("", DEFAULT_PARTNER, "admin", 2, "2030-04-02T12:00:00.000Z", 1));

        List<Object> resets = alike(face -> {
            ControlPlane control = face.control();
            Health health = control.health();
            List<Object> seen = new ArrayList<>();
            seen.add(health.partners());
            seen.add(health.clock());
            seen.add(control.resetPartner(PARTNER));
            seen.add(control.health().partners());
            seen.add(control.reset());
            seen.add(control.partners());
            return seen;
        });
        assertThat(items(resets.get(0))).contains(new Health.PartnerCounts(PARTNER, 1, 0));
        assertThat(resets.get(2)).isEqualTo(new ResetDone("partner", PARTNER));
        assertThat(items(resets.get(3))).contains(new Health.PartnerCounts(PARTNER, 0, 0));
        assertThat(resets.get(4)).isEqualTo(new ResetDone("all", null));
        assertThat(resets.get(5)).isEqualTo(List.of(new PartnerView(DEFAULT_PARTNER, "local-admin-secret", true)));

        alike(face -> {
            face.control().registerPartner(PARTNER, "again");
            face.control().removePartner(PARTNER);
            return face.control().partners();
        });
        refusedAlike(control -> control.removePartner(PARTNER), 404);
        refusedAlike(control -> control.mintKs(new KsRequest(PARTNER, null, null, null, null, null)), 404);
    }

    @Test
    void duplication_jobs_are_listed_read_progressed_and_forced_alike() {
        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            List<Object> seen = new ArrayList<>();
            seen.add(control.jobProgression());
            seen.add(control.jobProgression(Progression.afterPolls(2)));
            Api api = face.api(DEFAULT_PARTNER);
            long eventId = createEvent(api);
            String first = duplicate(api, eventId);
            String second = duplicate(api, eventId);
            seen.add(control.jobs());
            seen.add(control.job(first));
            seen.add(control.jobProgression(first, Progression.afterDuration(Duration.ofMinutes(5))));
            seen.add(control.forceJob(second, Outcome.fail));
            seen.add(jobState(api, second));
            seen.add(control.jobProgression(Progression.immediate()));
            seen.add(control.jobs());
            return seen;
        });

        assertThat(answers.get(0)).isEqualTo(new ProgressionView("duration", null, "PT3S"));
        assertThat(answers.get(1)).isEqualTo(new ProgressionView("polls", 2, null));
        assertThat(items(answers.get(2))).hasSize(2);
        assertThat(((JobView) answers.get(4)).progression()).isEqualTo(new ProgressionView("duration", null, "PT5M"));
        assertThat(((JobView) answers.get(5)).forced()).isEqualTo("failed");
        assertThat(answers.get(7)).isEqualTo(new ProgressionView("immediate", null, null));
        refusedAlike(control -> control.job("nope"), 404);
        refusedAlike(control -> control.job("progression"), 404);
        refusedAlike(control -> control.forceJob("nope", Outcome.complete), 404);
    }

    @Test
    void fault_rules_of_every_kind_are_added_read_fired_and_removed_alike() {
        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            List<Object> seen = new ArrayList<>();
            RuleView respond = control.addFault(new NewFaultRule(Set.of("events/list", "events/create"),
                    DEFAULT_PARTNER, null, 2, 9L,
                    new FaultAction.Respond(429, RequestStatus.RateLimitReached, "slow down", 30L)));
            seen.add(respond);
            seen.add(control.addFault(NewFaultRule.of(new FaultAction.Latency(5, 10))
                    .withOperations("sessions/list").withProbability(0.5).withSeed(3)));
            seen.add(control.addFault(NewFaultRule.of(FaultAction.drop()).withOperations("events/delete")));
            seen.add(control.addFault(NewFaultRule.of(new FaultAction.CommitThenFail("after the commit"))
                    .withOperations("events/update").withTimes(1)));
            seen.add(control.addFault(NewFaultRule.of(FaultAction.respond(503, null))));
            ApiResponse refused = face.api(DEFAULT_PARTNER).post("events/list", Map.of());
            assertThat(refused.statusCode()).as(face.name()).isEqualTo(429);
            seen.add(control.fault(respond.id()));
            seen.add(control.faults());
            seen.add(control.removeFault(respond.id()));
            assertThat(refusal(control, c -> c.removeFault(""))).as("an empty id removes nothing")
                    .extracting(ApiException::httpStatus).isEqualTo(404);
            seen.add(control.faults().size());
            seen.add(control.removeFaults());
            seen.add(control.faults());
            return seen;
        });

        RuleView fired = (RuleView) answers.get(5);
        assertThat(fired.operations()).containsExactly("events/create", "events/list");
        assertThat(fired.fired()).isEqualTo(1);
        assertThat(fired.remaining()).isEqualTo(1);
        assertThat(fired.action()).isEqualTo(new ActionView("respond", 429, "RateLimitReached", "slow down", 30L,
                null, null));
        assertThat(fired.createdAt()).isEqualTo("2030-04-01T12:00:00.000Z");
        assertThat(((RuleView) answers.get(1)).action()).isEqualTo(new ActionView("latency", null, null, null, null,
                5L, 10L));
        assertThat(((RuleView) answers.get(2)).action().type()).isEqualTo("drop");
        assertThat(((RuleView) answers.get(3)).action().type()).isEqualTo("commitThenFail");
        assertThat(items(answers.get(6))).hasSize(5);
        assertThat(answers.subList(8, 11)).containsExactly(4, 4, List.of());
    }

    @Test
    void rate_and_event_limits_are_set_listed_and_cleared_alike() {
        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            Api api = face.api(DEFAULT_PARTNER);
            List<Object> seen = new ArrayList<>();
            seen.add(control.setRateLimit(new RateLimit(null, 1000, Duration.ofMinutes(1))));
            seen.add(control.setRateLimit(new RateLimit(DEFAULT_PARTNER, 2, Duration.ofMillis(1500))));
            seen.add(control.rateLimits());
            for (int call = 0; call < 3; call++) {
                seen.add(api.post("events/list", Map.of()).statusCode());
            }
            seen.add(control.clearRateLimits(DEFAULT_PARTNER));
            seen.add(control.clearRateLimits(null));
            seen.add(control.setEventLimit(new PartnerEventLimit(null, 10)));
            seen.add(control.setEventLimit(new PartnerEventLimit(DEFAULT_PARTNER, 1)));
            seen.add(control.eventLimits());
            seen.add(api.post("events/create", Events.anEvent().body()).statusCode());
            seen.add(api.post("events/create", Events.anEvent().body()).statusCode());
            seen.add(control.clearEventLimits(DEFAULT_PARTNER));
            seen.add(control.clearEventLimits(null));
            return seen;
        });

        assertThat(answers.get(1)).isEqualTo(new RateLimitView(DEFAULT_PARTNER, 2, "PT1.5S", 1500));
        assertThat(answers.subList(3, 6)).as("two calls per 1.5 s on a frozen clock").containsExactly(200, 200, 429);
        assertThat(answers.get(6)).isEqualTo(List.of(new RateLimitView(null, 1000, "PT1M", 60_000)));
        assertThat(answers.get(7)).isEqualTo(List.of());
        assertThat(items(answers.get(10))).containsExactlyInAnyOrder(new PartnerEventLimit(null, 10),
                new PartnerEventLimit(DEFAULT_PARTNER, 1));
        assertThat(answers.subList(11, 13)).as("events/create past the limit").containsExactly(200, 500);
        assertThat(answers.get(13)).isEqualTo(List.of(new PartnerEventLimit(null, 10)));
        assertThat(answers.get(14)).isEqualTo(List.of());
        refusedAlike(control -> control.setRateLimit(new RateLimit(DEFAULT_PARTNER, 0, Duration.ofSeconds(1))), 400);
        refusedAlike(control -> control.setRateLimit(new RateLimit(null, 5, Duration.ofDays(2))), 400);
        refusedAlike(control -> control.setEventLimit(new PartnerEventLimit(DEFAULT_PARTNER, -1)), 400);
    }

    @Test
    void snapshots_are_saved_read_restored_and_deleted_alike_and_saving_a_missing_state_file_is_a_409_in_both() {
        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            Api api = face.api(DEFAULT_PARTNER);
            createEvent(api);
            List<Object> seen = new ArrayList<>();
            seen.add(control.saveSnapshot("one-event"));
            control.registerPartner(PARTNER, "secret-3001");
            createEvent(face.api(PARTNER));
            seen.add(control.saveSnapshot("partner-3001", PARTNER));
            createEvent(api);
            seen.add(control.snapshot("one-event"));
            seen.add(control.snapshots());
            seen.add(control.restoreSnapshot("one-event"));
            seen.add(control.health().partners());
            seen.add(control.deleteSnapshot("partner-3001"));
            seen.add(control.snapshots());
            return seen;
        });

        SnapshotView saved = (SnapshotView) answers.get(0);
        assertThat(saved.name()).isEqualTo("one-event");
        assertThat(saved.scope()).isEqualTo("all");
        assertThat(saved.takenAt()).isEqualTo("2030-04-01T12:00:00.000Z");
        assertThat(((SnapshotView) answers.get(1)).partnerId()).isEqualTo(PARTNER);
        assertThat(items(answers.get(5))).contains(new Health.PartnerCounts(DEFAULT_PARTNER, 1, 0));
        assertThat(items(answers.get(7))).extracting("name").containsExactly("one-event");
        refusedAlike(ControlPlane::saveState, 409);
        refusedAlike(control -> control.snapshot("nope"), 404);
        refusedAlike(control -> control.restoreSnapshot(""), 404);
        refusedAlike(control -> control.saveSnapshot("not a name"), 400);
    }

    @Test
    void a_call_shows_up_in_the_journal_through_both_faces() {
        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            Api api = face.api(DEFAULT_PARTNER);
            api.post("events/list", Map.of());
            api.post("events/create", Events.anEvent().without("name").body());
            JournalPage page = control.journal(JournalQuery.newest());
            JournalEntry listed = control.journalEntry(page.entries().get(1).id());
            JournalCounts counts = control.journalCounts();
            List<Object> seen = new ArrayList<>();
            seen.add(page.entries().stream().map(TwoFacesTest::withoutTiming).toList());
            seen.add(List.of(page.returned(), page.retained(), page.capacity(), page.recorded()));
            seen.add(withoutTiming(listed));
            seen.add(counts);
            return seen;
        });

        List<?> entries = (List<?>) answers.get(0);
        assertThat(entries).extracting("operation").containsExactly("events/create", "events/list");
        assertThat(entries).extracting("httpStatus").containsExactly(400, 200);
        JournalEntry listed = (JournalEntry) answers.get(2);
        assertThat(listed.operation()).isEqualTo("events/list");
        assertThat(listed.requestBody()).isEqualTo("{}");
        assertThat(listed.time()).isEqualTo("2030-04-01T12:00:00.000Z");
        assertThat(((JournalCounts) answers.get(3)).total()).isEqualTo(2);

        // The query's filters travel as query parameters: the remote face reads what the simulator holds.
        JournalEntry first = there.control().journal(JournalQuery.newest()).entries().get(0);
        List<JournalQuery> queries = List.of(
                JournalQuery.newest(),
                new JournalQuery(Set.of("events/list", "sessions/list"), null, null, null, null, null, 100, true),
                new JournalQuery(null, DEFAULT_PARTNER, StatusMatch.parse("4xx"), null, null, null, 100, false),
                new JournalQuery(null, null, StatusMatch.parse("200"), AT, AT.plusSeconds(1), null, 1, true),
                new JournalQuery(null, null, StatusMatch.parse("InvalidArgument"), null, null, null, 100, true),
                new JournalQuery(null, null, null, null, AT, null, 100, true),
                new JournalQuery(null, null, null, null, null, first.traceId(), 100, true));
        for (JournalQuery query : queries) {
            assertThat(remote.journal(query)).as("%s", query).isEqualTo(there.control().journal(query));
        }
        assertThat(remote.journal(queries.get(2)).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.requestBody()).as("bodies=false").isNull());
        assertThat(remote.journal(queries.get(5)).entries()).as("until is exclusive").isEmpty();

        int cleared = alike(face -> face.control().clearJournal());
        assertThat(cleared).isEqualTo(2);
        JournalCounts counts = alike(face -> face.control().journalCounts());
        assertThat(counts).isEqualTo(new JournalCounts(0, List.of()));
        refusedAlike(control -> control.journalEntry(999_999), 404);
    }

    /** A journal entry without what differs from run to run: its latency and trace id. */
    private static JournalEntry withoutTiming(JournalEntry e) {
        return new JournalEntry(e.id(), e.time(), e.method(), e.path(), e.operation(), e.partnerId(), e.userId(),
                e.httpStatus(), e.status(), 0, null, e.fault(), e.unknownFields(), e.requestBody(), e.requestBytes(),
                e.requestTruncated(), e.responseBody(), e.responseBytes(), e.responseTruncated());
    }

    private static final String LISTED_EVENT = """
            {"partnerId": 3001, "events": [
              {"templateId": "tm1000", "name": "Board meeting", "description": "quarterly",
               "startDate": "2030-05-01T14:00:00Z", "endDate": "2030-05-01T15:00:00Z", "timezone": "Europe/Berlin",
               "labels": ["internal", "board"],
               "users": [{"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com", "roles": ["Speaker"],
                          "title": "Chair", "company": "Analytical", "skipEmail": true},
                         {"firstName": "Grace", "lastName": "Hopper", "email": "grace@example.com",
                          "roles": ["Moderator", "Attendees"]}],
               "sessions": [{"name": "Q&A", "type": "MeetingEntry", "description": "questions", "visibility": "private",
                             "startDate": "2030-05-01T14:30:00Z", "endDate": "2030-05-01T15:00:00Z",
                             "tags": ["live"],
                             "speakers": [{"email": "ada@example.com", "order": 1, "role": "advancedSpeaker",
                                           "isHidden": false}],
                             "moderators": ["grace@example.com"]}]}]}
            """;

    @Test
    void a_generated_seed_and_a_listed_seed_make_the_same_records_through_both_faces() throws IOException {
        SeedRequest generated = new SeedRequest.Generated(PARTNER, new Generation(3, 7, 1, 2, 1,
                Instant.parse("2030-06-01T00:00:00Z"), Instant.parse("2030-07-01T00:00:00Z")));
        SeedRequest listed = SeedReader.read(new JsonBody((ObjectNode) Api.JSON.readTree(LISTED_EVENT), ""),
                DEFAULT_PARTNER);

        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            control.registerPartner(PARTNER, "secret-3001");
            List<Object> seen = new ArrayList<>();
            seen.add(timeless(control.seed(generated)));
            seen.add(timeless(control.seed(listed)));
            seen.add(control.health().partners());
            Api api = face.api(PARTNER);
            ApiResponse events = api.post("events/list", Map.of());
            seen.add(events.rawBody());
            long boardMeeting = events.json().path("events").get(0).path("id").asLong();
            seen.add(api.post("sessions/list", Map.of("eventId", boardMeeting)).rawBody());
            seen.add(api.post("event-users/list", Map.of("eventId", boardMeeting)).rawBody());
            return seen;
        });

        assertThat(((SeedResult) answers.get(0)).created().events()).isEqualTo(3);
        assertThat(((SeedResult) answers.get(0)).created().eventUsers()).isEqualTo(6);
        SeedResult.Created fromList = ((SeedResult) answers.get(1)).created();
        assertThat(fromList.events()).isEqualTo(1);
        assertThat(fromList.eventUsers()).isEqualTo(2);
        assertThat(fromList.speakers()).isEqualTo(1);
        assertThat(fromList.moderators()).isEqualTo(1);
        assertThat(items(answers.get(2))).extracting("partnerId", "events").contains(tuple(PARTNER, 4));
        assertThat((String) answers.get(3)).contains("Board meeting").contains("board");
        assertThat((String) answers.get(4)).contains("Q&A");
        assertThat((String) answers.get(5)).contains("grace@example.com");
        refusedAlike(control -> control.seed(new SeedRequest.Generated(424242, new Generation(1, 1, 0, 0, 0,
                Generation.DEFAULT_START_DATE_FROM, Generation.DEFAULT_START_DATE_FROM.plusSeconds(60)))), 404);
    }

    /** A seed's answer without its wall-clock duration. */
    private static SeedResult timeless(SeedResult result) {
        return new SeedResult(result.partnerId(), result.created(), 0);
    }

    @Test
    void an_event_is_published_and_cancelled_alike() {
        List<Object> answers = alike(face -> {
            ControlPlane control = face.control();
            control.freezeClockAt(AT);
            long eventId = createEvent(face.api(DEFAULT_PARTNER));
            return List.of(eventId, control.lifecycle(eventId), control.publishEvent(eventId),
                    control.cancelEvent(eventId), control.lifecycle(eventId));
        });

        long eventId = (Long) answers.get(0);
        assertThat(answers.subList(1, 5)).extracting("state")
                .containsExactly("draft", "scheduled", "cancelled", "cancelled");
        assertThat(((LifecycleView) answers.get(2)).publishedAt()).isEqualTo("2030-04-01T12:00:00.000Z");
        refusedAlike(control -> control.publishEvent(eventId), 409);
        refusedAlike(control -> control.lifecycle(999_999), 404);
    }

    // ---- refusals and transport

    @Test
    void a_refusal_is_the_same_through_both_faces() {
        ApiException defaultPartner = refusedAlike(control -> control.removePartner(DEFAULT_PARTNER), 409);
        assertThat(defaultPartner.status()).isEqualTo(RequestStatus.OperationNotAllowed);
        ApiException unknownRule = refusedAlike(control -> control.fault("nope"), 404);
        assertThat(unknownRule.status()).isEqualTo(RequestStatus.ResourceDoesNotExist);
        assertThat(unknownRule.getMessage()).isEqualTo("Fault rule nope does not exist");
        refusedAlike(control -> control.registerPartner(0, "secret"), 400);
        refusedAlike(control -> control.registerPartner(PARTNER, null), 400);
        refusedAlike(control -> control.resetPartner(-1), 400);
        refusedAlike(control -> control.mintKs(new KsRequest(null, null, 7, null, null, null)), 400);
        refusedAlike(control -> control.freezeClockAt(null), 400);
        refusedAlike(control -> control.jobProgression((Progression) null), 400);
        refusedAlike(control -> control.addFault(null), 400);
    }

    @Test
    void a_simulator_that_does_not_answer_is_an_illegal_state_naming_its_url() throws IOException {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
        assertThatThrownBy(() -> RemoteControlPlane.at(closed).health())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET " + closed + "/__sim/health")
                .hasMessageContaining("ConnectException")
                .hasCauseInstanceOf(ConnectException.class);

        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort();
            RemoteControlPlane impatient = RemoteControlPlane.at(url).withRequestTimeout(Duration.ofMillis(300));
            assertThatThrownBy(impatient::readClock)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GET " + url + "/__sim/clock")
                    .hasCauseInstanceOf(HttpTimeoutException.class);
        }

        assertThatThrownBy(() -> RemoteControlPlane.at("127.0.0.1:8080"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("127.0.0.1:8080");
    }

    @Test
    void with_an_admin_token_the_remote_face_sends_it_and_without_it_the_simulator_answers_401() {
        try (EventsSimulator guarded = EventsSimulator.start(SimulatorOptions.defaults().withAdminToken("t0ken"))) {
            assertThat(RemoteControlPlane.at(guarded.baseUrl(), "t0ken").health().ready()).isTrue();

            Throwable refused = catchThrowable(() -> RemoteControlPlane.at(guarded.baseUrl()).partners());

            assertThat(refused).isInstanceOf(ApiException.class);
            assertThat(((ApiException) refused).httpStatus()).isEqualTo(401);
            assertThat(((ApiException) refused).status()).isEqualTo(RequestStatus.NEW_LOGIN_REQUIRED);
            assertThat(refused).hasMessageContaining("X-Sim-Admin-Token");
        }
    }
}
