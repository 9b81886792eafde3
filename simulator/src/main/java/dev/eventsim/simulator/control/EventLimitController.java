package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import java.util.List;

/** {@code /__sim/event-limit}: sets, shows and clears how many events a partner may hold. */
public final class EventLimitController {
    private final ControlPlane control;

    public EventLimitController(ControlPlane control) {
        this.control = control;
    }

    /** The answer of the limit list; a {@code partnerId} null applies to every partner without its own. */
    public record EventLimitList(List<PartnerEventLimit> limits) {
    }

    public Object set(ControlRequest request) {
        Long partnerId = PartnerScope.optional(request.body());
        return control.setEventLimit(new PartnerEventLimit(partnerId, request.body().requiredLong("maxEvents")));
    }

    public Object list(ControlRequest request) {
        return new EventLimitList(control.eventLimits());
    }

    /** Clears every limit, or with {@code ?partnerId=N} that partner's own. */
    public Object clear(ControlRequest request) {
        return new EventLimitList(control.clearEventLimits(PartnerScope.query(request)));
    }
}
