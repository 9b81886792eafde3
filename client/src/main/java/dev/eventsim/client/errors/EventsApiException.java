package dev.eventsim.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to the Events API that did not succeed. The subclass says what kind of failure it was
 * (by HTTP code, then by the body's {@code status}); each carries what the service said and the
 * {@code x-traceid} to quote when reporting a problem.
 */
public abstract sealed class EventsApiException extends RuntimeException
        permits InvalidArgumentException, UnauthorizedException, ForbiddenException, NotFoundException,
        ConflictException, RateLimitedException, ServerErrorException, TransportException, AmbiguousResultException,
        UnexpectedResponseException {

    private final String operation;
    private final int httpStatus;
    private final String status;
    private final String serverMessage;
    private final String traceId;
    private final Duration retryAfter;

    EventsApiException(ErrorDetails details, Throwable cause) {
        super(describe(details), cause);
        this.operation = details.operation();
        this.httpStatus = details.httpStatus();
        this.status = details.status();
        this.serverMessage = details.message();
        this.traceId = details.traceId();
        this.retryAfter = details.retryAfter();
    }

    private static String describe(ErrorDetails d) {
        StringBuilder text = new StringBuilder(d.operation()).append(": ");
        if (d.httpStatus() > 0) {
            text.append("HTTP ").append(d.httpStatus()).append(' ');
        }
        if (d.status() != null) {
            text.append(d.status()).append(' ');
        }
        text.append(d.message() == null ? "(no message)" : d.message());
        if (d.traceId() != null) {
            text.append(" [x-traceid ").append(d.traceId()).append(']');
        }
        return text.toString();
    }

    /** The operation called, such as {@code events/create}. */
    public String operation() {
        return operation;
    }

    /** The HTTP status code; 0 when no HTTP answer arrived (see {@link TransportException}). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The body's request {@code status} ({@code InvalidArgument}, {@code NEW_LOGIN_REQUIRED}, ...), or null. */
    public String status() {
        return status;
    }

    /** The service's own explanation, or the transport failure's. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The answer's {@code x-traceid} header, or null when there was no answer or no header. */
    public String traceId() {
        return traceId;
    }

    /** How long the service asked the caller to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
