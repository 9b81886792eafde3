package dev.eventsim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.RemoteControlPlane;
import dev.eventsim.simulator.admin.RuleView;
import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.duplication.JobState;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import dev.eventsim.simulator.faults.RateLimit;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-process control plane drives the same backends as {@code /__sim}: each side sees what the other did. */
class ControlPlaneTest extends ApiTest {
    private static final Instant AT = Instant.parse("2030-05-01T13:00:00Z");
    private ControlPlane control;

    @BeforeEach
    void controlPlane() {
        control = simulator.control();
    }

    private int listStatus(Api as) {
        return as.post("events/list", Map.of()).statusCode();
    }

    @Test
    void the_clock_frozen_and_advanced_in_process_is_the_clock_the_http_control_plane_reads() {
        control.freezeClockAt(AT).advanceClock(Duration.ofSeconds(90));

        ApiResponse clock = api.rawControl("GET", "/__sim/clock", null);

        assertThat(clock.json().path("now").asText()).isEqualTo("2030-05-01T13:01:30.000Z");
        assertThat(clock.json().path("frozen").asBoolean()).isTrue();
        assertThat(control.now()).isEqualTo(AT.plusSeconds(90));
    }

    @Test
    void set_moves_the_clock_back_and_resume_lets_it_run_again() {
        control.freezeClockAt(AT).setClock(AT.minusSeconds(3600)).resumeClock();

        assertThat(control.readClock().frozen()).isFalse();
        assertThat(control.now()).as("running on from where it was set, not from real time")
                .isBetween(AT.minusSeconds(3600), AT);
    }

    @Test
    void a_negative_advance_is_refused_as_over_http() {
        assertThatThrownBy(() -> control.advanceClock(Duration.ofSeconds(-1)))
                .isInstanceOf(ApiException.class).hasMessageContaining("clock/set")
                .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isEqualTo(400));
    }

    @Test
    void a_fault_added_in_process_fires_on_the_api_is_listed_over_http_and_stops_once_removed() {
        RuleView rule = control.addFault(NewFaultRule.of(FaultAction.respond(503, "busy"))
                .withOperations("events/list"));

        ApiResponse refused = api.post("events/list", Map.of());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.message()).isEqualTo("busy");
        assertThat(api.rawControl("GET", "/__sim/faults", null).json().path("rules").get(0).path("id").asText())
                .isEqualTo(rule.id());
        assertThat(control.faults()).singleElement().satisfies(r -> assertThat(r.fired()).isEqualTo(1));

        control.removeFault(rule.id());

        assertThat(listStatus(api)).isEqualTo(200);
        assertThat(control.faults()).isEmpty();
    }

    @Test
    void a_fault_rule_for_a_number_of_calls_is_spent_after_them() {
        control.addFault(NewFaultRule.of(FaultAction.respond(500, null)).withOperations("events/list").withTimes(2));

        assertThat(listStatus(api)).isEqualTo(500);
        assertThat(listStatus(api)).isEqualTo(500);
        assertThat(listStatus(api)).isEqualTo(200);
        assertThat(control.removeFaults()).as("a spent rule stays listed until removed").isEqualTo(1);
    }

    @Test
    void a_fault_rule_that_cannot_be_is_refused_before_it_is_stored() {
        assertThatThrownBy(() -> NewFaultRule.of(FaultAction.drop()).withTimes(1).withProbability(0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultAction.respond(200, "fine"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.addFault(NewFaultRule.of(FaultAction.drop()).withOperations("events/nap")))
                .isInstanceOf(ApiException.class).hasMessageContaining("events/nap");
    }

    @Test
    void jobs_follow_the_progression_chosen_in_process_and_can_be_forced() {
        long source = Given.anEvent(api);
        control.jobProgression(Progression.afterPolls(5));
        String jobId = api.post("events/duplicate", Map.of("sourceEventId", source,
                "event", Map.of("name", "Copy", "timezone", "UTC"))).json().path("jobId").asText();

        assertThat(control.job(jobId).jobState()).isEqualTo(JobState.wait.name());
        control.forceJob(jobId, Outcome.complete);

        ApiResponse status = api.post("events/duplicateStatus", Map.of("jobId", jobId));
        assertThat(status.json().path("jobState").asText()).isEqualTo("completed");
        assertThat(control.jobs()).singleElement().satisfies(j -> assertThat(j.eventId()).isNotNull());
    }

    @Test
    void a_job_progression_set_in_process_applies_to_that_job() {
        long source = Given.anEvent(api);
        String jobId = api.post("events/duplicate", Map.of("sourceEventId", source,
                "event", Map.of("name", "Copy", "timezone", "UTC"))).json().path("jobId").asText();

        control.jobProgression(jobId, Progression.immediate());

        assertThat(control.job(jobId).jobState()).isEqualTo(JobState.completed.name());
    }

    @Test
    void an_unknown_job_fails_as_the_http_control_plane_answers_404() {
        assertThatThrownBy(() -> control.forceJob("9999", Outcome.fail))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isEqualTo(404));
    }

    @Test
    void a_partner_registered_in_process_is_served_with_a_ks_minted_in_process() {
        control.registerPartner(2001, "secret-2001");
        Api partner = api.withKs(control.adminKs(2001, "me@example.com", Duration.ofHours(1)));
        Given.anEvent(partner);

        assertThat(partner.post("events/list", Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt())
                .as("the default partner does not see it").isZero();
        assertThat(api.withKs(control.mintKs(2001, "me@example.com", KsType.USER, Duration.ofHours(1)))
                .post("events/list", Map.of()).statusCode()).as("a USER KS").isEqualTo(403);
    }

    @Test
    void removing_a_partner_forgets_its_ks_its_data_and_the_faults_aimed_at_it_alone() {
        control.registerPartner(2001, "secret-2001");
        Api partner = api.withKs(control.adminKs(2001, "me@example.com", Duration.ofHours(1)));
        Given.anEvent(partner);
        control.addFault(NewFaultRule.of(FaultAction.respond(503, null)).withPartnerId(2001));
        RuleView everyone = control.addFault(NewFaultRule.of(FaultAction.latency(0)));

        control.removePartner(2001);

        assertThat(listStatus(partner)).isEqualTo(401);
        assertThat(control.faults()).as("a rule for every partner stays").extracting(RuleView::id)
                .containsExactly(everyone.id());
        control.registerPartner(2001, "secret-2001");
        assertThat(partner.post("events/list", Map.of()).json().path("totalCount").asInt())
                .as("registered again, it starts empty").isZero();
        assertThatThrownBy(() -> control.removePartner(simulator.partners().defaultPartner().id()))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).httpStatus()).as("as over HTTP").isEqualTo(409));
    }

    @Test
    void deleting_a_partner_over_http_also_drops_the_faults_and_limits_aimed_at_it_alone() {
        RemoteControlPlane overHttp = api.control();
        overHttp.registerPartner(2001, "secret-2001");
        overHttp.addFault(NewFaultRule.of(FaultAction.drop()).withPartnerId(2001));
        overHttp.addFault(NewFaultRule.of(new FaultAction.Latency(0, 0)));
        overHttp.setRateLimit(new RateLimit(2001L, 5, Duration.ofSeconds(1)));
        overHttp.setEventLimit(new PartnerEventLimit(2001L, 3));

        ApiResponse removed = api.rawControl("DELETE", "/__sim/partners/2001", null);

        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(api.rawControl("GET", "/__sim/faults", null).json().path("rules")).as("the rule for every partner stays")
                .hasSize(1);
        assertThat(api.rawControl("GET", "/__sim/rate-limit", null).json().path("limits")).isEmpty();
        assertThat(api.rawControl("GET", "/__sim/event-limit", null).json().path("limits")).isEmpty();
        assertThat(control.faults()).as("the in-process face reads the same").hasSize(1);
    }

    @Test
    void reset_in_process_is_the_full_reset_and_reset_partner_touches_one_partner() {
        control.registerPartner(2001, "secret-2001");
        Api partner = api.withKs(control.adminKs(2001, "me@example.com", Duration.ofDays(1)));
        Given.anEvent(api);
        Given.anEvent(partner);

        control.resetPartner(2001);
        assertThat(partner.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isEqualTo(1);

        control.freezeClockAt(AT).reset();
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(simulator.partners().find(2001)).as("registered at run time").isEmpty();
        assertThat(control.readClock().frozen()).isFalse();
    }

    @Test
    void a_snapshot_saved_in_process_is_listed_over_http_and_restores_the_state() {
        Given.anEvent(api);
        control.saveSnapshot("one-event");
        Given.anEvent(api);

        control.restoreSnapshot("one-event");

        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
        assertThat(api.rawControl("GET", "/__sim/snapshots", null).json().path("snapshots").get(0).path("name")
                .asText()).isEqualTo("one-event");
        assertThat(control.deleteSnapshot("one-event").name()).isEqualTo("one-event");
        assertThat(control.snapshots()).isEmpty();
    }

    @Test
    void a_partner_snapshot_restores_that_partner_only() {
        control.registerPartner(2001, "secret-2001");
        Api partner = api.withKs(control.adminKs(2001, "me@example.com", Duration.ofDays(1)));
        control.saveSnapshot("empty-2001", 2001);
        Given.anEvent(partner);
        Given.anEvent(api);

        control.restoreSnapshot("empty-2001");

        assertThat(partner.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_snapshot_name_a_path_could_not_carry_is_refused() {
        assertThatThrownBy(() -> control.saveSnapshot("a/b")).isInstanceOf(ApiException.class)
                .hasMessageContaining("'a/b'")
                .satisfies(e -> assertThat(((ApiException) e).httpStatus()).as("as over HTTP").isEqualTo(400));
    }
}
