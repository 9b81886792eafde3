package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.faults.EventLimits;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import java.util.List;

/** {@code /__sim/event-limit}: sets, shows and clears how many events a partner may hold. */
public final class EventLimitController {
    private final EventLimits limits;

    public EventLimitController(EventLimits limits) {
        this.limits = limits;
    }

    /** The answer of the limit list; a {@code partnerId} null applies to every partner without its own. */
    public record EventLimitList(List<PartnerEventLimit> limits) {
    }

    public Object set(ControlRequest request) {
        Long partnerId = PartnerScope.optional(request.body());
        long maxEvents = request.body().requiredLong("maxEvents");
        if (maxEvents < 0) {
            throw ApiErrors.invalidArgument("maxEvents must not be negative, got " + maxEvents);
        }
        return limits.set(new PartnerEventLimit(partnerId, maxEvents));
    }

    public Object list(ControlRequest request) {
        return new EventLimitList(limits.all());
    }

    /** Clears every limit, or with {@code ?partnerId=N} that partner's own. */
    public Object clear(ControlRequest request) {
        limits.clear(PartnerScope.query(request));
        return list(request);
    }
}
