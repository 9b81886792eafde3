package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.Caller;
import io.javalin.http.Context;

/**
 * What one surface of the simulator ({@code /api/v1}, the core API, the control plane) brings to
 * the {@link Pipeline}: its codec, how it knows its caller, the name fault rules match, and its
 * error envelope. The stages and their order are the pipeline's; a surface only fills them in.
 *
 * @param <C> the decoded call
 */
interface Surface<C> {

    /** The bytes of an answer and their media type. */
    record Answer(byte[] bytes, String contentType) {
    }

    /** One call through the stages after decoding; a surface that holds several calls in one (a multirequest) uses it. */
    @FunctionalInterface
    interface Stages<C> {
        /** The result, or {@link Pipeline#DROPPED} after a fault rule dropped the connection. */
        Object run(C call) throws Exception;
    }

    /**
     * Refuses, before the body is read, a call its headers alone rule out: the control plane's
     * admin token, so a stranger learns nothing from how a body is refused. By default nothing:
     * the Events API reads the body before the KS (docs/fidelity.md), the core API carries its KS
     * in the body.
     */
    default void admit(Context ctx) {
    }

    /** Reads the request (its body limit) and decodes it (its codec); a bad request throws in the surface's terms. */
    C decode(Context ctx) throws Exception;

    /** Who calls: the KS's caller, or null where none is needed (an admin token checked, an open action). */
    Caller authenticate(Context ctx, C call);

    /** The name rate limits and fault rules match ({@code events/create}, {@code session.start}); null where none apply. */
    String faultTarget(C call);

    /** The operation itself; {@code stages} runs an inner call through the same stages. */
    Object run(Context ctx, C call, Caller caller, Stages<C> stages) throws Exception;

    Answer encode(C call, Object result) throws Exception;

    /**
     * A failed call in the surface's envelope; the status and headers go on {@code ctx}. A surface
     * whose errors the one {@link ErrorRenderer} renders rethrows. {@code call} is null when decoding failed.
     */
    Answer error(Context ctx, C call, RuntimeException e);
}
