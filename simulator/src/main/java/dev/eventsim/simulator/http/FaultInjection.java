package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.FaultRule;
import dev.eventsim.simulator.faults.Faults;
import dev.eventsim.simulator.faults.InjectedFault;
import dev.eventsim.simulator.journal.Journal;
import io.javalin.http.Context;
import java.util.Map;
import org.eclipse.jetty.server.Request;

/**
 * Applies the control plane's rate limits and fault rules to one /api/v1 call or core API action. It runs after the
 * KS and content type checks (an unauthenticated call stays a 401 and is never counted; the
 * partner is known for matching) and just before the operation: a 429, {@code respond} or
 * {@code drop} leaves the state untouched; {@code commitThenFail} lets the operation apply, then fails.
 */
final class FaultInjection {
    private final Faults faults;

    FaultInjection(Faults faults) {
        this.faults = faults;
    }

    /**
     * Before the operation: throws the 429 or the chosen answer, waits out a latency, or drops the
     * connection. Returns the fault that fired (null if none); after a drop the caller must stop.
     */
    InjectedFault before(Context ctx, String operation, Caller caller) throws InterruptedException {
        if (!FaultRule.isCoreApi(operation)) {
            faults.rateLimits().admit(caller.partnerId()); // the Events API's cap; the core API has none here
        }
        // A core API call without a KS (session.start) has no partner: only rules for every partner match it.
        InjectedFault fault = faults.rules().match(operation, caller == null ? -1 : caller.partnerId()).orElse(null);
        if (fault == null) {
            return null;
        }
        FaultAction action = fault.action();
        // The journal shows which rule touched the call, whatever the client ends up seeing.
        ctx.attribute(Journal.FAULT_ATTRIBUTE, fault.ruleId() + " " + actionName(action));
        if (action instanceof FaultAction.Respond respond) {
            String message = respond.message() != null ? respond.message()
                    : "Fault injected by the simulator (rule " + fault.ruleId() + ")";
            throw ApiErrors.injected(respond.httpStatus(), respond.status(), message,
                    respond.retryAfterSeconds() == null ? Map.of()
                            : Map.of("Retry-After", respond.retryAfterSeconds().toString()));
        }
        if (action instanceof FaultAction.Latency) {
            // The delay is for the client to live through; nothing simulated reads wall-clock time.
            Thread.sleep(fault.latencyMs());
        }
        if (action instanceof FaultAction.Drop) {
            drop(ctx);
        }
        return fault;
    }

    private static String actionName(FaultAction action) {
        if (action instanceof FaultAction.Respond) {
            return "respond";
        }
        if (action instanceof FaultAction.Latency) {
            return "latency";
        }
        return action instanceof FaultAction.Drop ? "drop" : "commitThenFail";
    }

    static boolean dropped(InjectedFault fault) {
        return fault != null && fault.action() instanceof FaultAction.Drop;
    }

    /** After the operation ran (and applied its changes): {@code commitThenFail} answers 500 instead of the result. */
    void after(InjectedFault fault) {
        if (fault != null && fault.action() instanceof FaultAction.CommitThenFail fail) {
            throw ApiErrors.internal(fail.message() != null ? fail.message()
                    : "Internal server error (fault rule " + fault.ruleId() + "; the operation was applied)");
        }
    }

    /** Closes the connection under the request: the client reads no status line, only the end of the stream. */
    private static void drop(Context ctx) {
        Request.getBaseRequest(ctx.req()).getHttpChannel().abort(new DroppedByFaultRule());
    }

    /** Why the connection was aborted, for Jetty's debug log. */
    private static final class DroppedByFaultRule extends Exception {
        DroppedByFaultRule() {
            super("connection dropped by a fault rule", null, false, false);
        }
    }
}
