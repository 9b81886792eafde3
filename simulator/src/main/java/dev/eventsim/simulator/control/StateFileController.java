package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;

/** {@code POST /__sim/state/save}: writes the state file now (409 when the simulator has none). */
public final class StateFileController {
    private final ControlPlane control;

    public StateFileController(ControlPlane control) {
        this.control = control;
    }

    public Object save(ControlRequest request) {
        return control.saveState();
    }
}
