package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.events.EventQuery;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.client.teammembers.TeamRole;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.Target;
import dev.eventsim.contract.targets.TargetExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The suites must leave a real account as they found it: whatever the fixtures made, the
 * clean-up deletes, copies of duplication jobs and untracked events included.
 */
@ExtendWith(TargetExtension.class)
class CleanUpConformanceIT {

    @Test
    void clean_up_deletes_events_copies_and_team_members_made_during_the_run(Target target) {
        Fixtures fixtures = new Fixtures(target);
        Event tracked = fixtures.event();
        Event copySource = fixtures.event();
        long copy = fixtures.completedDuplication(copySource).eventId().orElseThrow();
        String memberId = fixtures.teamMember(TeamRole.ORGANIZER).id();
        // made outside the fixtures' book-keeping, as the pact's own requests are: found by its name
        EventsClient client = fixtures.client();
        Event untracked = client.events().create(NewEvent.builder().templateId("tm0000")
                .name(Fixtures.PACT_NAME_PREFIX + " untracked").startDate(tracked.startDate())
                .endDate(tracked.endDate()).timezone(Fixtures.TIMEZONE).build());

        fixtures.cleanUp();

        List<Long> left = client.events().list(EventQuery.of(EventFilter.all()
                .withIdIn(List.of(tracked.id(), copySource.id(), copy, untracked.id())))).events().stream()
                .map(Event::id).toList();
        assertThat(left).as("events left behind").isEmpty();
        assertThat(client.teamMembers().streamAll()).as("team members left behind")
                .noneMatch(m -> m.id().equals(memberId));
    }
}
