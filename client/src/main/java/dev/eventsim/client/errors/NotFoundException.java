package dev.eventsim.client.errors;

/**
 * The event, session, team member, user or job named does not exist for this partner: HTTP 404,
 * {@code status} {@code ResourceDoesNotExist}. Never retried.
 */
public final class NotFoundException extends EventsApiException {
    public NotFoundException(ErrorDetails details) {
        super(details, null);
    }
}
