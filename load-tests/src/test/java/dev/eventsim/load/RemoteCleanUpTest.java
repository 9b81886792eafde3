package dev.eventsim.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clean-up of a URL target, played by a simulator on loopback, keeps to the target's rules: it
 * reads the team's pages as the target counts {@code pager.offset} ({@code -DpagerOffset}).
 */
class RemoteCleanUpTest {
    private static final List<String> KNOBS = List.of("pagerOffset");

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
