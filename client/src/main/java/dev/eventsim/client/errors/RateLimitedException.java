package dev.eventsim.client.errors;

/**
 * Too many requests: HTTP 429, {@code status} {@code RateLimitReached}. Retried after the
 * {@link #retryAfter() Retry-After} the service gave (or the backoff when it gave none).
 */
public final class RateLimitedException extends EventsApiException {
    public RateLimitedException(ErrorDetails details) {
        super(details, null);
    }
}
