package dev.eventsim.contract.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.teammembers.NewTeamMember;
import dev.eventsim.client.teammembers.TeamRole;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.JobView;
import dev.eventsim.simulator.duplication.Progression;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suites' set-up and clean-up against a remote target, played by a second simulator on
 * loopback (as {@code -Dtarget=http://127.0.0.1:PORT} would reach it): the check before the run
 * fails in seconds naming the URL and the cause, and a run leaves nothing behind, the categories
 * the platform makes for each event included.
 */
class RemoteTargetTest {
    private EventsSimulator region;

    @BeforeEach
    void startTheRegion() {
        region = EventsSimulator.start(SimulatorOptions.defaults());
    }

    @AfterEach
    void stopTheRegion() {
        region.close();
    }

    @Test
    void nothing_listening_fails_the_check_within_seconds_naming_the_url_and_the_cause() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/api/v1";
        long started = System.nanoTime();

        assertThatThrownBy(() -> open(url, new Credentials.FixedKs("djJ8...")))
                .isInstanceOf(TargetUnusable.class)
                .hasMessageContaining(url)
                .hasMessageContaining("connection refused");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no retries").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_ks_the_target_refuses_fails_the_check_with_the_http_status_and_the_status() {
        String url = region.apiBaseUrl();

        assertThatThrownBy(() -> open(url, new Credentials.FixedKs("not-a-ks")))
                .isInstanceOf(TargetUnusable.class)
                .hasMessageContaining(url)
                .hasMessageContaining("HTTP 401, status NEW_LOGIN_REQUIRED")
                .hasMessageContaining("EVENTS_KS");
    }

    @Test
    void a_region_named_without_its_core_api_fails_the_check_saying_what_to_give() {
        Target target = Targets.open(new Targets.Remote(URI.create(region.apiBaseUrl()), null, credentials()));

        assertThatThrownBy(() -> Preflight.check(target)).isInstanceOf(TargetUnusable.class)
                .hasMessageContaining("-Dtarget.coreApiUrl");
    }

    @Test
    void a_run_leaves_no_event_team_member_category_or_job_behind() {
        region.control().jobProgression(Progression.immediate());
        Target target = open(region.apiBaseUrl(), credentials());
        Fixtures fixtures = new Fixtures(target);
        Event event = fixtures.event();
        fixtures.user(event.id(), EventUserRole.SPEAKER);
        fixtures.session(event);
        fixtures.teamMember(TeamRole.ORGANIZER);
        // a copy no test tracks: its id is seen in the duplicateStatus answer
        fixtures.client().events().duplicateStatus(fixtures.startDuplication(fixtures.event()));
        // what the pact's own requests make, through a client of their own: found by name
        EventsClient pact = EventsClient.builder().baseUrl(region.apiBaseUrl())
                .ksProvider(KsProvider.fixed(target.adminKs())).retryPolicy(RetryPolicy.none()).build();
        pact.events().create(NewEvent.builder().templateId("tm0000").name(Fixtures.PACT_NAME_PREFIX + " untracked")
                .startDate(event.startDate()).endDate(event.endDate()).timezone(Fixtures.TIMEZONE).build());
        pact.teamMembers().create(NewTeamMember.of("pact.member@" + Fixtures.EMAIL_DOMAIN, TeamRole.ADMIN, "Pact",
                "Member"));
        EventsClient client = fixtures.client();
        assertThat(client.events().list().totalCount()).as("made by the run").isEqualTo(4);

        fixtures.cleanUp();
        Fixtures.finalSweep(target);
        target.close();

        assertThat(client.events().list().totalCount()).as("events left").isZero();
        assertThat(client.teamMembers().streamAll()).as("team members left").isEmpty();
        assertThat(target.coreApi().countCategories()).as("categories left").isZero();
        assertThat(region.control().jobs()).as("jobs left running, or with a copy left")
                .allSatisfy(job -> assertThat(job.jobState()).isIn("completed", "failed"))
                .extracting(JobView::eventId).allSatisfy(copy -> assertThat(copy == null
                        || client.events().get(copy).isEmpty()).isTrue());
    }

    private Credentials credentials() {
        return new Credentials.PartnerSecret(SimulatorOptions.DEFAULT_PARTNER_ID, SimulatorOptions.DEFAULT_ADMIN_SECRET);
    }

    /** As {@code TargetExtension} opens a URL target: chosen, opened, checked. */
    private static Target open(String url, Credentials credentials) {
        Targets.Remote remote = new Targets.Remote(URI.create(url), URI.create(url.replaceFirst("/api/v1$", "")),
                credentials);
        Target target = Targets.open(remote);
        try {
            Preflight.check(target);
            return target;
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }
}
