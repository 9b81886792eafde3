package dev.eventsim.client.errors;

/**
 * The service failed: HTTP 5xx. Retried with backoff. After an operation that makes something
 * (a create, an invitation, a participant added) the thing may nevertheless exist, which the
 * client looks for before sending it again; see {@link AmbiguousResultException}.
 */
public final class ServerErrorException extends EventsApiException {
    public ServerErrorException(ErrorDetails details) {
        super(details, null);
    }
}
