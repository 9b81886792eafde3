package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;

/** {@code GET /__sim/health}: ready, version, uptime, and what each partner holds. */
public final class HealthController {
    private final ControlPlane control;

    public HealthController(ControlPlane control) {
        this.control = control;
    }

    public Object health(ControlRequest request) {
        return control.health();
    }
}
