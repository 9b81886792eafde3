package dev.eventsim.load;

import static dev.eventsim.load.GatlingRun.ASSERTIONS_FAILED;
import static dev.eventsim.load.GatlingRun.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.duplication.Progression;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request is OK only when it answers {@code "status": "ok"}, not merely HTTP 200: the smoke run
 * through a proxy that keeps HTTP 200 but says {@code OperationNotAllowed} for events/update (whose
 * own check, the labels, still passes) fails its assertions, and the same run through the same
 * proxy, rewriting nothing, passes. The target is a URL, as {@code -Dtarget=http://...} gives one.
 */
class StatusCheckRunTest {
    private EventsSimulator region;
    private StatusRewritingProxy proxy;

    @BeforeEach
    void startTheRegionBehindTheProxy() throws IOException {
        region = EventsSimulator.start(SimulatorOptions.defaults().withHost("127.0.0.1").withPort(0)
                .withAuthMode(AuthMode.lenient));
        region.control().jobProgression(Progression.immediate());
        proxy = new StatusRewritingProxy(region.baseUrl());
    }

    @AfterEach
    void stopThem() {
        proxy.close();
        region.close();
    }

    @Test
    void a_run_in_which_an_operation_answers_http_200_without_status_ok_fails_its_assertions() {
        proxy.rewrite("events/update", "OperationNotAllowed");

        GatlingRun.Outcome run = GatlingRun.oneSmokeUser()
                .knob("target", proxy.apiBaseUrl()).run(SmokeSimulation.class);

        assertThat(proxy.rewritten()).as("answers rewritten").isPositive();
        assertThat(run.exitCode())
                .as("Gatling's exit code: the rewritten answers counted as failed requests; the run printed:%n%s",
                        run.console())
                .isEqualTo(ASSERTIONS_FAILED);
    }

    @Test
    void the_same_run_through_the_proxy_rewriting_nothing_passes() {
        GatlingRun.Outcome run = GatlingRun.oneSmokeUser()
                .knob("target", proxy.apiBaseUrl()).run(SmokeSimulation.class);

        assertThat(proxy.rewritten()).as("answers rewritten").isZero();
        assertThat(run.exitCode())
                .as("Gatling's exit code; the run printed:%n%s", run.console()).isEqualTo(SUCCESS);
    }
}
