package dev.eventsim.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import dev.eventsim.client.events.DuplicationStatus;
import dev.eventsim.contract.ProviderStates;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.simulator.admin.ControlPlane;
import java.util.Map;

/**
 * Duplication jobs: a finished one through the public API where the target allows, a running one
 * only through the control plane.
 */
final class DuplicationStates {
    private final Fixtures fixtures;
    private final StateSetUp states;

    DuplicationStates(Fixtures fixtures, StateSetUp states) {
        this.fixtures = fixtures;
        this.states = states;
    }

    /** The simulator completes the job at once when told to; a real service is polled until it finishes. */
    @State(ProviderStates.A_DUPLICATION_JOB_HAS_COMPLETED)
    Map<String, Object> aDuplicationJobHasCompleted() {
        return states.run(ProviderStates.A_DUPLICATION_JOB_HAS_COMPLETED, () -> {
            DuplicationStatus status = fixtures.completedDuplication(fixtures.event());
            return Map.of("jobId", status.jobId());
        });
    }

    @State(ProviderStates.A_DUPLICATION_JOB_IS_STILL_RUNNING)
    @Needs(value = Needs.Capability.CONTROL_PLANE,
            because = "only the simulator's control plane can hold a duplication job unfinished; a real job finishes"
                    + " whenever the platform gets to it")
    Map<String, Object> aDuplicationJobIsStillRunning() {
        return states.run(ProviderStates.A_DUPLICATION_JOB_IS_STILL_RUNNING, () -> {
            ControlPlane controlPlane = fixtures.target().controlPlane().orElseThrow();
            return Map.of("jobId", fixtures.stuckDuplication(fixtures.event(), controlPlane));
        });
    }
}
