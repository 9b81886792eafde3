package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;

/** {@code POST /__sim/reset}: everything, or with {@code {"partnerId": N}} one partner's data. */
public final class ResetController {
    private final ControlPlane control;

    public ResetController(ControlPlane control) {
        this.control = control;
    }

    public Object reset(ControlRequest request) {
        Long partnerId = request.body().optionalLong("partnerId");
        return partnerId == null ? control.reset() : control.resetPartner(partnerId);
    }
}
