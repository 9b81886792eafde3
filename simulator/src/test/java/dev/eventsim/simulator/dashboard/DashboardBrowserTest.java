package dev.eventsim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.admin.RuleView;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Given;
import dev.eventsim.simulator.support.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser: headless Chromium (Debian's package, installed by
 * {@code scripts/install-chromium.sh} when missing) loads {@code /__sim/ui} from a simulator on a
 * loopback port. Skipped where no Chromium can be found, installed or started.
 */
class DashboardBrowserTest extends ApiTest {
    private static final Path ARTIFACTS = Path.of("target", "dashboard");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static Path binary;

    @BeforeAll
    static void findChromium() throws IOException, InterruptedException {
        Files.createDirectories(ARTIFACTS);
        String configured = System.getProperty("dashboard.chromium"); // another Chromium or Chrome binary
        Optional<Path> found = configured == null ? Chromium.find()
                : Optional.of(Path.of(configured)).filter(Files::isExecutable);
        if (found.isEmpty() && configured == null) {
            Chromium.install(ARTIFACTS.resolve("install-chromium.log"));
            found = Chromium.find();
        }
        assumeTrue(found.isPresent(), "no Chromium here, and scripts/install-chromium.sh could not install it"
                + " (see simulator/target/dashboard/install-chromium.log)");
        binary = found.get();
    }

    /** A test run on the page: it gets the tab, the browser is stopped after it whatever happens. */
    @FunctionalInterface
    private interface PageTest {
        void run(BrowserPage page) throws IOException;
    }

    /**
     * Starts a browser, opens the dashboard of {@code on} in a tab, runs the test, requires a page
     * without script errors, failed loads or policy violations (but for answers with the
     * {@code refusals} codes the test provokes), and kills the browser.
     */
    private static void onDashboard(EventsSimulator on, PageTest test, int... refusals)
            throws IOException, InterruptedException {
        Chromium chromium;
        try {
            chromium = Chromium.launch(binary, ARTIFACTS.resolve("chromium.log"));
        } catch (IOException e) {
            assumeTrue(false, "Chromium did not start: " + e.getMessage());
            return;
        }
        try (BrowserPage page = BrowserPage.open(chromium, 1440, 1000)) {
            page.navigate(on.baseUrl() + "/__sim/ui");
            test.run(page);
            assertThat(page.problems()).as("what the page reported besides the refusals it was shown")
                    .filteredOn(problem -> IntStream.of(refusals).noneMatch(
                            code -> problem.contains("the server responded with a status of " + code)))
                    .isEmpty();
        } finally {
            chromium.close();
        }
    }

    private static String clockReads(String text) {
        return "document.querySelector('#clock-now').textContent === " + BrowserPage.quote(text);
    }

    @Test
    void an_event_created_through_the_api_appears_and_the_clock_advances_from_the_page() throws Exception {
        api.control().freezeClockAt(Instant.parse("2030-05-01T13:00:00Z"));
        onDashboard(simulator, page -> {
            page.waitUntil(clockReads("2030-05-01 13:00:00 UTC"), WAIT, "the frozen clock on the page");

            ApiResponse created = api.post("events/create", Events.anEvent().withTemplate("tm4000")
                    .withName("Dashboard launch party").body());
            assertThat(created.statusCode()).as("events/create: %s", created.rawBody()).isEqualTo(200);
            long eventId = created.json().path("event").path("id").asLong();
            api.control().publishEvent(eventId);
            String row = "#events tr[data-event-id='" + eventId + "']";

            page.waitUntil("document.querySelector('#events').innerText.includes('Dashboard launch party')", WAIT,
                    "the new event in the events panel");
            assertThat(page.text(row)).as("the event's row: id, template, state, two sessions of tm4000")
                    .contains(String.valueOf(eventId), "tm4000", "scheduled", "2030-05-01 14:00");

            page.click("#advance-1h");

            page.waitUntil(clockReads("2030-05-01 14:00:00 UTC"), WAIT, "the clock an hour later");
            assertThat(api.control().readClock().now())
                    .as("the button moved the simulator's clock, not only the page's").isEqualTo("2030-05-01T14:00:00.000Z");
            page.waitUntil("document.querySelector(" + BrowserPage.quote(row) + ").innerText.includes('live')", WAIT,
                    "the event live once the clock reaches its start");

            String traceId = created.header("x-traceid");
            String createCall = "[...document.querySelectorAll('#journal tr[data-operation=\"events/create\"]')]"
                    + ".find(r => r.innerText.includes(" + BrowserPage.quote(traceId) + "))";
            page.waitUntil(createCall, WAIT, "the events/create call in the journal tail");
            assertThat(page.evaluate(createCall + ".querySelector('.http').textContent").asText()).isEqualTo("200");
            assertThat(page.evaluate(createCall + ".querySelector('.http').className").asText())
                    .as("a 2xx is coloured as a success").contains("http-2xx");

            showEverythingFor(page, eventId);
            page.click("#notice"); // dismisses the "Clock advanced" note, which would cover the journal
            page.waitUntil("document.querySelector('#notice').hidden", WAIT, "the note dismissed");
            Path shot = page.screenshot(ARTIFACTS.resolve("dashboard.png"));
            assertThat(Files.readAllBytes(shot)).as("a PNG of the page").startsWith(0x89, 'P', 'N', 'G')
                    .hasSizeGreaterThan(20_000);
        });
    }

    /** Users, speakers, a job, fault rules and failed calls, so the screenshot shows every panel at work. */
    private void showEverythingFor(BrowserPage page, long eventId) {
        String sessionId = api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions").get(0)
                .path("id").asText();
        String ada = Given.aUser(api, Users.aUser(eventId).named("Ada", "Lovelace").withEmail("ada@example.com")
                .asSpeaker());
        String grace = Given.aUser(api, Users.aUser(eventId).named("Grace", "Hopper").withEmail("grace@example.com")
                .asModerator());
        Given.aUser(api, Users.aUser(eventId).named("Alan", "Turing").withEmail("alan@example.com"));
        api.post("session-participants/add", Map.of("eventId", eventId, "sessionId", sessionId,
                "speakers", List.of(Map.of("userId", ada, "order", 1)), "moderatorIds", List.of(grace)));
        api.post("events/create", Events.anEvent().withTemplate("tm2000").withName("Partner summit")
                .with("labels", List.of("emea")).withDates("2030-06-10T09:00:00Z", "2030-06-10T17:00:00Z").body());
        api.post("events/duplicate", Map.of("sourceEventId", eventId,
                "event", Map.of("name", "Dashboard launch party (EMEA)", "timezone", "Europe/Berlin")));
        api.control().addFault(NewFaultRule.of(FaultAction.respond(503, "Service unavailable"))
                .withOperations("events/list").withTimes(1));
        api.control().addFault(NewFaultRule.of(FaultAction.commitThenFail())
                .withOperations("events/create").withProbability(0.25));
        api.post("events/list", Map.of());
        api.post("events/delete", Map.of("id", 99));
        page.waitUntil("document.querySelector('#journal tr[data-operation=\"events/delete\"] .http-4xx')"
                + " && document.querySelector('#jobs [data-job-id]') && document.querySelector('#faults [data-fault-id]')",
                WAIT, "the last call in the journal, the job and the fault rules");
        page.click("#events tr[data-event-id='" + eventId + "']");
        page.waitUntil("document.querySelector('#events .event-detail')?.innerText.includes('Ada Lovelace')", WAIT,
                "the event's sessions and users, opened");
        page.click("#fault-details summary");
        page.waitUntil("document.querySelector('#fault-details').open", WAIT, "the fault form, opened");
    }

    @Test
    void an_app_token_and_an_ended_session_appear_in_the_core_api_panel() throws Exception {
        CoreApi core = new CoreApi(api, simulator.adminKs(simulator.partners().defaultPartner().id(), "admin",
                Duration.ofDays(1)));
        String tokenId = core.call("appToken", "add", Map.of("appToken[description]", "Dashboard token",
                "appToken[hashType]", "SHA256")).json().path("id").asText();
        String userKs = api.postForm("/api_v3/service/session/action/start", Map.of("partnerId", "1000001",
                "secret", SimulatorOptions.DEFAULT_ADMIN_SECRET, "userId", "viewer", "format", "1")).json().asText();
        core.withKs(userKs).call("session", "end", Map.of());
        onDashboard(simulator, page -> {
            page.waitUntil("document.querySelector('#core').innerText.includes('Dashboard token')", WAIT,
                    "the app token in the core API panel");
            assertThat(page.text("#core tr[data-app-token='" + tokenId + "']"))
                    .contains(tokenId, "SHA256", "active", "86400 s");
            assertThat(page.text("#core .ended-sessions-table")).as("the KS session.end ended").contains("KS");
            assertThat(page.text("#journal tr[data-operation='appToken.add'] td:nth-child(6)"))
                    .as("the Status column of a core API result").isEqualTo("ok");
            assertThat(page.text("#refresh-state")).as("24-hour UTC, as the rest of the page")
                    .matches("updated \\d{2}:\\d{2}:\\d{2} UTC");
        });
    }

    @Test
    void a_fault_rule_added_through_the_form_applies_and_its_remove_button_removes_it() throws Exception {
        onDashboard(simulator, page -> {
            page.waitUntil("document.querySelector('#faults').innerText.includes('No fault rules')", WAIT, "no rules yet");
            page.click("#fault-details summary");
            page.fill("#fault-operations", "events/list");
            page.fill("#fault-when", "times");
            page.fill("#fault-times", "2");
            page.fill("#fault-action", "respond");
            page.fill("#fault-http-status", "503");
            page.fill("#fault-retry-after", "7");
            page.click("#fault-add");

            page.waitUntil("document.querySelector('#faults [data-fault-id=\"f1\"]')", WAIT, "the new rule in the list");
            RuleView rule = api.control().fault("f1");
            assertThat(rule.operations()).containsExactly("events/list");
            assertThat(rule.times()).isEqualTo(2);
            assertThat(rule.action().httpStatus()).isEqualTo(503);
            assertThat(rule.action().retryAfterSeconds()).isEqualTo(7);
            assertThat(api.post("events/list", Map.of()).statusCode()).as("the rule acts on the API").isEqualTo(503);

            page.click("#faults [data-remove-fault='f1']");

            page.waitUntil("!document.querySelector('#faults [data-fault-id]')", WAIT, "the rule gone from the list");
            assertThat(api.control().faults()).isEmpty();
            assertThat(api.post("events/list", Map.of()).statusCode()).isEqualTo(200);
        });
    }

    @Test
    void the_pause_button_stops_the_updates_and_resuming_brings_the_news() throws Exception {
        onDashboard(simulator, page -> {
            page.waitUntil("document.querySelector('#events').innerText.includes('No events yet')", WAIT, "an empty partner");

            page.click("#pause-polling");
            page.waitUntil("document.querySelector('#refresh-state').textContent === 'updates paused'", WAIT, "paused");
            Given.anEvent(api);
            assertThat(page.text("#pause-polling")).isEqualTo("Resume updates");
            page.click("#pause-polling");

            page.waitUntil("document.querySelector('#events').innerText.includes('Quarterly town hall')", WAIT,
                    "the event created meanwhile");
            assertThat(page.text("#pause-polling")).isEqualTo("Pause");
        });
    }

    @Test
    void clicking_a_call_in_the_journal_shows_what_was_sent_and_answered() throws Exception {
        ApiResponse refused = api.post("events/delete", Map.of("id", 4242));
        assertThat(refused.statusCode()).isEqualTo(404);
        onDashboard(simulator, page -> {
            String row = "#journal tr[data-operation='events/delete']";
            page.waitUntil("document.querySelector(" + BrowserPage.quote(row + " .http-4xx") + ")", WAIT,
                    "the refused call, amber");

            page.click(row);

            page.waitUntil("document.querySelector('#journal .bodies')?.innerText.includes('Event 4242 does not exist')",
                    WAIT, "the answer's body under the row");
            assertThat(page.text("#journal .bodies")).as("the request body, pretty-printed")
                    .contains("POST /api/v1/events/delete", "\"id\": 4242");
        });
    }

    @Test
    void a_rule_the_simulator_refuses_shows_its_message_next_to_the_form() throws Exception {
        onDashboard(simulator, page -> {
            page.waitUntil("document.querySelector('#faults').innerText.includes('No fault rules')", WAIT, "no rules yet");
            page.click("#fault-details summary");
            page.fill("#fault-operations", "events/explode");
            page.click("#fault-add");

            page.waitUntil("document.querySelector('#fault-error').textContent.includes('events/explode')", WAIT,
                    "the simulator's message naming the unknown operation");
            assertThat(api.control().faults()).isEmpty();
        }, 400);
    }

    @Test
    void resetting_a_partner_asks_first_and_leaves_the_other_partners_alone() throws Exception {
        api.control().registerPartner(3003, "secret-3003");
        Api other = api.withKs(api.control().mintKs(new KsRequest(3003L, null, null, null, null, null)).ks());
        Given.anEvent(api);
        Given.anEvent(other);
        String defaultCard = "#partners [data-partner-id='" + SimulatorOptions.DEFAULT_PARTNER_ID + "']";
        onDashboard(simulator, page -> {
            page.waitUntil("document.querySelector(" + BrowserPage.quote(defaultCard) + ")?.innerText.includes('1 events')"
                    + " && document.querySelector('#partners [data-partner-id=\"3003\"]')", WAIT, "both partners");

            page.click(defaultCard + " [data-reset-partner]");
            page.waitUntil("document.querySelector('#confirm-dialog').open", WAIT, "the confirmation");
            // Cancel, and ask again at once, before the browser delivers the first answer's 'close' event.
            page.evaluate("document.querySelector('#confirm-cancel').click();"
                    + " document.querySelector(" + BrowserPage.quote(defaultCard + " [data-reset-partner]") + ").click()");
            page.waitUntil("document.querySelector('#confirm-dialog').open", WAIT, "the confirmation, again");
            assertThat(totalEvents(api)).as("cancelled: nothing reset").isEqualTo(1);

            page.click("#confirm-ok");

            page.waitUntil("document.querySelector(" + BrowserPage.quote(defaultCard) + ").innerText.includes('0 events')",
                    WAIT, "the default partner emptied");
            assertThat(totalEvents(api)).isZero();
            assertThat(totalEvents(other)).as("the other partner keeps its event").isEqualTo(1);
        });
    }

    private static int totalEvents(Api as) {
        return as.post("events/list", Map.of()).json().path("totalCount").asInt();
    }

    @Test
    void with_an_admin_token_the_page_asks_for_it_once_and_then_shows_the_simulator() throws Exception {
        try (EventsSimulator guarded = EventsSimulator.start(SimulatorOptions.defaults().withAdminToken("s3cret"))) {
            onDashboard(guarded, page -> {
                page.waitUntil("document.querySelector('#token-dialog').open", WAIT, "the token prompt");
                assertThat(page.text("#clock-now")).as("no data without the token").isEqualTo("—");

                page.fill("#token-input", "guess");
                page.click("#token-submit");
                page.waitUntil("document.querySelector('#token-dialog').open"
                        + " && !document.querySelector('#token-refused').hidden", WAIT, "the wrong token refused");

                page.fill("#token-input", "s3cret");
                page.click("#token-submit");
                page.waitUntil("document.querySelector('#clock-now').textContent.endsWith('UTC')"
                        + " && document.querySelector('#partners [data-partner-id]')", WAIT, "the data, with the token");
                assertThat(page.evaluate("document.querySelector('#token-dialog').open").asBoolean()).isFalse();

                page.navigate(guarded.baseUrl() + "/__sim/ui");
                page.waitUntil("document.querySelector('#partners [data-partner-id]')", WAIT, "the data after a reload");
                assertThat(page.evaluate("document.querySelector('#token-dialog').open").asBoolean())
                        .as("the tab keeps the token: asked once").isFalse();
            }, 401);
        }
    }
}
