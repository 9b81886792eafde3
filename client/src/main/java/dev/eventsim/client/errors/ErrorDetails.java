package dev.eventsim.client.errors;

import java.time.Duration;

/**
 * What an error answer said: the parts every {@link EventsApiException} carries.
 *
 * @param operation  the operation called, such as {@code events/create}
 * @param httpStatus the HTTP code, 0 without an answer
 * @param status     the body's request {@code status}, or null
 * @param message    the body's {@code message}, or a description of the failure
 * @param traceId    the {@code x-traceid} header, or null
 * @param retryAfter the {@code Retry-After} header read as a duration, or null
 */
public record ErrorDetails(String operation, int httpStatus, String status, String message, String traceId,
                           Duration retryAfter) {

    /** A failure without any HTTP answer. */
    public static ErrorDetails withoutAnswer(String operation, String message) {
        return new ErrorDetails(operation, 0, null, message, null, null);
    }
}
