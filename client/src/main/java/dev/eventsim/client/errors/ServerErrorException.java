package dev.eventsim.client.errors;

/**
 * The service failed: HTTP 5xx. Retried with backoff; after {@code events/create} the event may
 * nevertheless exist, which the client checks before retrying.
 */
public final class ServerErrorException extends EventsApiException {
    public ServerErrorException(ErrorDetails details) {
        super(details, null);
    }
}
