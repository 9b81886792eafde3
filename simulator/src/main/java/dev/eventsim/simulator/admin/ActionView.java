package dev.eventsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.faults.FaultAction;

/** A fault rule's action as the control plane shows and takes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionView(String type, Integer httpStatus, String status, String message, Long retryAfterSeconds,
                         Long minMs, Long maxMs) {
    public static ActionView of(FaultAction action) {
        if (action instanceof FaultAction.Respond r) {
            return new ActionView("respond", r.httpStatus(), r.status().name(), r.message(), r.retryAfterSeconds(),
                    null, null);
        }
        if (action instanceof FaultAction.Latency l) {
            return new ActionView("latency", null, null, null, null, l.minMs(), l.maxMs());
        }
        if (action instanceof FaultAction.CommitThenFail c) {
            return new ActionView("commitThenFail", 500, "OperationNotAllowed", c.message(), null, null, null);
        }
        return new ActionView("drop", null, null, null, null, null, null);
    }
}
