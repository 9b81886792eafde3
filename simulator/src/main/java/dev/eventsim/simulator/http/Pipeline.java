package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.faults.InjectedFault;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The one way in: every call of every surface passes these stages in this order — admit (what
 * the headers alone decide: the control plane's admin token), decode, authenticate (a KS or
 * none), rate limits and fault rules where the surface has a target for them, the operation,
 * encode. The journal and the metrics ({@link CallRecorder})
 * wrap the chain, so they also see the calls refused before it (unknown paths, foreign hosts).
 * A surface differs only in what it brings: its codec, its caller and its error envelope.
 */
final class Pipeline<C> implements Handler {
    /** What the stages return after a fault rule dropped the connection: nothing more is written. */
    static final Object DROPPED = new Object();
    /** Answers up to this size fit Jetty's response buffer (32 KiB), so nothing is sent before the call ends. */
    private static final int BUFFERED_ANSWER_BYTES = 16 * 1024;

    private final Surface<C> surface;
    private final FaultInjection faults;

    Pipeline(Surface<C> surface, FaultInjection faults) {
        this.surface = surface;
        this.faults = faults;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        C call = null;
        Surface.Answer answer;
        try {
            surface.admit(ctx);
            call = surface.decode(ctx);
            Object result = stages(ctx, call);
            if (result == DROPPED) {
                return;
            }
            answer = surface.encode(call, result);
        } catch (RuntimeException e) {
            answer = surface.error(ctx, call, e);
        }
        write(ctx, answer);
    }

    /** Authenticate, limits and faults, the operation: one call after decoding. */
    private Object stages(Context ctx, C call) throws Exception {
        Caller caller = surface.authenticate(ctx, call);
        if (caller != null) {
            RequestAttributes.caller(ctx, caller);
        }
        String target = surface.faultTarget(call);
        InjectedFault fault = target == null ? null : faults.before(ctx, target, caller);
        if (FaultInjection.dropped(fault)) {
            return DROPPED;
        }
        Object result = surface.run(ctx, call, caller, inner -> stages(ctx, inner));
        if (result != DROPPED) {
            faults.after(fault);
        }
        return result;
    }

    private static void write(Context ctx, Surface.Answer answer) throws java.io.IOException {
        RequestAttributes.responseBody(ctx, answer.bytes()); // the last step: nothing can answer otherwise after it
        ctx.contentType(answer.contentType());
        if (answer.bytes().length <= BUFFERED_ANSWER_BYTES) {
            // Straight into the response's buffer, which Jetty sends when the call ends (after the
            // journal has recorded it); Javalin's result would first copy the bytes through a stream.
            ctx.outputStream().write(answer.bytes());
        } else {
            ctx.result(answer.bytes());
        }
    }
}
