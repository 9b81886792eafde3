package dev.eventsim.client.errors;

/**
 * The request clashes with what is stored (an email already invited to the event): HTTP 409. Nothing
 * was changed; never retried.
 */
public final class ConflictException extends EventsApiException {
    public ConflictException(ErrorDetails details) {
        super(details, null);
    }
}
