package dev.eventsim.client.errors;

/**
 * No usable KS: HTTP 401, {@code status} {@code NEW_LOGIN_REQUIRED} (missing, badly signed, expired or
 * unknown partner). Never retried.
 */
public final class UnauthorizedException extends EventsApiException {
    public UnauthorizedException(ErrorDetails details) {
        super(details, null);
    }
}
