package dev.eventsim.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.app.Gatling$;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The smoke simulation run by Gatling itself, as the build runs it, with one user: its assertions
 * fail a run in which no copy ever appears (every duplication job left at {@code wait}), though no
 * request failed, and pass the same run when the jobs complete.
 */
class SmokeRunTest {
    /** Gatling's exit codes (io.gatling.app.cli.StatusCode). */
    private static final int SUCCESS = 0;
    private static final int ASSERTIONS_FAILED = 2;

    private final Map<String, String> knobs = new LinkedHashMap<>(Map.of(
            "rate", "1", "duration", "1", "pollInterval", "0.1", "pollTimeout", "0.5"));

    @AfterEach
    void clearKnobs() {
        knobs.keySet().forEach(System::clearProperty);
    }

    @Test
    void a_run_whose_duplication_jobs_stay_at_wait_fails_its_assertions() {
        knobs.put("jobProgression", "never");

        assertThat(runSmoke()).as("Gatling's exit code").isEqualTo(ASSERTIONS_FAILED);
    }

    @Test
    void the_same_run_with_jobs_completing_passes() {
        knobs.put("jobProgression", "immediate");

        assertThat(runSmoke()).as("Gatling's exit code").isEqualTo(SUCCESS);
    }

    private int runSmoke() {
        knobs.forEach(System::setProperty);
        Path results = Path.of("target", "gatling-test-runs").toAbsolutePath();
        return Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", SmokeSimulation.class.getName(),
                "--results-folder", results.toString(),
                "--no-reports"});
    }
}
