package dev.eventsim.load;

import static dev.eventsim.load.GatlingRun.ASSERTIONS_FAILED;
import static dev.eventsim.load.GatlingRun.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The smoke simulation run by Gatling itself, as the build runs it, with one user: its assertions
 * fail a run in which no copy ever appears (every duplication job left at {@code wait}), though no
 * request failed, and pass the same run when the jobs complete.
 */
class SmokeRunTest {

    @Test
    void a_run_whose_duplication_jobs_stay_at_wait_fails_its_assertions() {
        GatlingRun.Outcome run = GatlingRun.oneSmokeUser()
                .knob("jobProgression", "never").run(SmokeSimulation.class);

        assertThat(run.exitCode())
                .as("Gatling's exit code; the run printed:%n%s", run.console()).isEqualTo(ASSERTIONS_FAILED);
    }

    @Test
    void the_same_run_with_jobs_completing_passes() {
        GatlingRun.Outcome run = GatlingRun.oneSmokeUser()
                .knob("jobProgression", "immediate").run(SmokeSimulation.class);

        assertThat(run.exitCode())
                .as("Gatling's exit code; the run printed:%n%s", run.console()).isEqualTo(SUCCESS);
    }
}
