package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.events.DuplicateEventRequest;
import dev.eventsim.client.events.DuplicationStatus;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.JobState;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.TargetExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * events/duplicate and duplicateStatus, waited for as the guide advises. On the simulator the
 * client waits on the simulator's clock (no sleeping); a real job is polled in real time.
 */
@ExtendWith(TargetExtension.class)
class DuplicationConformanceIT {

    @Test
    void duplicate_and_wait_makes_a_copy_with_the_new_name_and_the_sessions(Fixtures fixtures) {
        Event source = fixtures.event();
        fixtures.session(source);
        String copyName = fixtures.name("copy");

        Event copy = fixtures.client().events().duplicateAndWait(DuplicateEventRequest.builder(source.id())
                .name(copyName).timezone("Asia/Tokyo").build());
        fixtures.trackEvent(copy.id());

        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.name()).isEqualTo(copyName);
        assertThat(copy.timezone()).isEqualTo("Asia/Tokyo");
        assertThat(fixtures.client().sessions().list(copy.id())).as("the source's sessions come along").hasSize(1);
    }

    @Test
    void a_completed_job_names_its_copy_and_stays_completed(Fixtures fixtures) {
        DuplicationStatus status = fixtures.completedDuplication(fixtures.event());

        DuplicationStatus again = fixtures.client().events().duplicateStatus(status.jobId());

        assertThat(status.jobState()).isEqualTo(JobState.COMPLETED);
        assertThat(status.eventId()).isPresent();
        assertThat(again).as("a completed job is final").isEqualTo(status);
        assertThat(fixtures.client().events().get(status.eventId().getAsLong())).isPresent();
    }

    @Test
    void the_status_of_a_job_that_never_was_is_not_found(Fixtures fixtures) {
        assertThatThrownBy(() -> fixtures.client().events().duplicateStatus("999999999"))
                .isInstanceOf(NotFoundException.class);
    }
}
