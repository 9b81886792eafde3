package dev.eventsim.client.errors;

/**
 * An answer the contract does not describe: an HTTP code outside the documented ones, or a body
 * that is not the JSON expected. Never retried.
 */
public final class UnexpectedResponseException extends EventsApiException {
    public UnexpectedResponseException(ErrorDetails details) {
        super(details, null);
    }

    public UnexpectedResponseException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
