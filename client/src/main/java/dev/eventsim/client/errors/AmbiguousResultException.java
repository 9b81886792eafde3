package dev.eventsim.client.errors;

/**
 * An operation that makes something failed in a way that leaves open whether the service made it
 * — a 5xx, or a request that went out and got no whole answer — and the client could not find
 * out: the operation has nothing it can be looked up by ({@code events/duplicate}), the look
 * itself failed, or the call's deadline left no time for it. It is not sent again, since that
 * could make a second one. {@link #failure()} is what the attempt ended with; the trace id, HTTP
 * code and {@code status} are its. Never retried.
 */
public final class AmbiguousResultException extends EventsApiException {

    public AmbiguousResultException(EventsApiException failure, String why) {
        super(new ErrorDetails(failure.operation(), failure.httpStatus(), failure.status(),
                why + " (" + failure.getMessage() + ")", failure.traceId(), null), failure);
    }

    /** How the attempt failed: a {@link ServerErrorException} or a {@link TransportException}. */
    public EventsApiException failure() {
        return (EventsApiException) getCause();
    }
}
