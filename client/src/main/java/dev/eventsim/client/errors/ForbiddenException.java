package dev.eventsim.client.errors;

/**
 * The KS is valid but may not do this (a USER KS where an ADMIN one is needed): HTTP 403,
 * {@code status} {@code Forbidden}. Never retried.
 */
public final class ForbiddenException extends EventsApiException {
    public ForbiddenException(ErrorDetails details) {
        super(details, null);
    }
}
