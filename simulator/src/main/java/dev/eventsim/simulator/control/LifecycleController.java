package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;

/** {@code /__sim/events/{eventId}/...}: an event's lifecycle, read, published or cancelled. */
public final class LifecycleController {
    private final ControlPlane control;

    public LifecycleController(ControlPlane control) {
        this.control = control;
    }

    public Object read(ControlRequest request) {
        return control.lifecycle(request.pathLong("eventId"));
    }

    public Object publish(ControlRequest request) {
        return control.publishEvent(request.pathLong("eventId"));
    }

    public Object cancel(ControlRequest request) {
        return control.cancelEvent(request.pathLong("eventId"));
    }
}
