package dev.eventsim.client.errors;

/**
 * The request was refused as malformed or against the platform's rules: HTTP 400 (also 413),
 * {@code status} {@code InvalidArgument} or {@code OperationNotAllowed}. Never retried.
 */
public final class InvalidArgumentException extends EventsApiException {
    public InvalidArgumentException(ErrorDetails details) {
        super(details, null);
    }
}
