package dev.eventsim.simulator.api;

import java.util.Map;

/**
 * An error the API answers with: an HTTP code, a contract {@code status} value and a message.
 * Built only through {@link ApiErrors}; rendered in one place by the HTTP layer.
 */
public final class ApiException extends RuntimeException {
    private final int httpStatus;
    private final RequestStatus status;
    private final Map<String, String> headers;

    ApiException(int httpStatus, RequestStatus status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public RequestStatus status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
