package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.Caller;
import io.javalin.http.Context;

/** What the API's handlers leave on a request for the journal: who called, and the body as read. */
public final class RequestAttributes {
    static final String CALLER = "eventsim.caller";
    static final String REQUEST_BODY = "eventsim.request-body";
    static final String RESPONSE_BODY = "eventsim.response-body";
    static final String UNKNOWN_FIELDS = "eventsim.unknown-fields";

    private RequestAttributes() {
    }

    /** The caller of a valid KS; the journal shows its partner and user. */
    public static void caller(Context ctx, Caller caller) {
        ctx.attribute(CALLER, caller);
    }

    /** The request body bytes a handler consumed from the stream, so the journal need not read them again. */
    static void requestBody(Context ctx, byte[] bytes) {
        ctx.attribute(REQUEST_BODY, bytes);
    }

    /** The answer's bytes a handler set as the result, so the journal need not read them back from the result. */
    static void responseBody(Context ctx, byte[] bytes) {
        ctx.attribute(RESPONSE_BODY, bytes);
    }

    /** The fields the call sent that its operation does not take (--unknown-fields=warn), for the journal. */
    static void unknownFields(Context ctx, String names) {
        ctx.attribute(UNKNOWN_FIELDS, names);
    }
}
