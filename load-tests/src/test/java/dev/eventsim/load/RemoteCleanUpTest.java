package dev.eventsim.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clean-up of a URL target, played by a simulator on loopback, keeps to the target's rules: it
 * reads the team's pages as the target counts {@code pager.offset} ({@code -DpagerOffset}), and
 * sends no call, the core API's included, faster than {@code -DmaxRps}.
 */
class RemoteCleanUpTest {
    private static final List<String> KNOBS = List.of("pagerOffset", "maxRps");

    private EventsSimulator region;

    @AfterEach
    void stopTheRegion() {
        KNOBS.forEach(System::clearProperty);
        region.close();
    }

    @Test
    void with_pager_offset_pages_the_clean_up_finds_the_run_s_team_members_past_the_first_page() {
        region = start(SimulatorOptions.defaults()
                .withPagerPolicy(new PagerPolicy(PagerPolicy.LimitMode.reject, PagerPolicy.OffsetMode.pages)));
        System.setProperty("pagerOffset", "pages");
        RemoteService target = remote();
        target.start();
        Run run = Run.startingNow();
        EventsApiClient client = target.client();
        // colleagues fill the clean-up's first page of 500
        for (int i = 0; i < 500; i++) {
            createTeamMember(client, "colleague-" + i + "@example.com");
        }
        // the run's member, whose id the run never saw: only its email's prefix finds it
        createTeamMember(client, run.email("team", 1));

        target.finish(run);

        assertThat(client.require("team-members/list", Map.of()).path("totalCount").asInt())
                .as("team members left: the colleagues only").isEqualTo(500);
    }

    @Test
    void the_clean_up_sends_no_call_faster_than_max_rps_the_core_api_s_included() {
        region = start(SimulatorOptions.defaults());
        System.setProperty("maxRps", "5");
        RemoteService target = remote();
        target.start();
        Run run = Run.startingNow();
        SeedEvents.create(target, run, 2);
        Instant cleanUp = region.control().now();

        target.finish(run);

        List<JournalEntry> calls = region.control()
                .journal(new JournalQuery(null, null, null, cleanUp, null, null, 1000, false))
                .entries().stream().sorted(Comparator.comparingLong(JournalEntry::id)).toList();
        assertThat(calls).extracting(JournalEntry::operation).as("the clean-up's calls")
                .contains("events/delete", "category.list", "category.delete");
        // 5 a second is one each 200 ms; half of that leaves room for a late arrival on a busy machine
        assertThat(gaps(calls)).as("the time between a call and the one before it")
                .allSatisfy(gap -> assertThat(gap.millis()).as(gap.toString()).isGreaterThanOrEqualTo(100));
    }

    /** A call and the time since the one before it arrived. */
    private record Gap(String operation, long millis) {
    }

    private static List<Gap> gaps(List<JournalEntry> calls) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < calls.size(); i++) {
            Duration since = Duration.between(Instant.parse(calls.get(i - 1).time()), Instant.parse(calls.get(i).time()));
            gaps.add(new Gap(calls.get(i).operation(), since.toMillis()));
        }
        return gaps;
    }

    private static void createTeamMember(EventsApiClient client, String email) {
        client.require("team-members/create", Map.of("email", email, "role", "Organizer",
                "firstName", "Load", "lastName", "Test"));
    }

    private static EventsSimulator start(SimulatorOptions options) {
        return EventsSimulator.start(options.withHost("127.0.0.1").withPort(0));
    }

    private RemoteService remote() {
        String ks = region.control().adminKs(region.partners().defaultPartner().id(), "load-tests", Duration.ofHours(1));
        return new RemoteService(region.apiBaseUrl(), ks, false, region.baseUrl(), new Knobs());
    }
}
