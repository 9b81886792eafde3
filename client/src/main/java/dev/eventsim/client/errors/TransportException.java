package dev.eventsim.client.errors;

/**
 * No HTTP answer arrived: the connection could not be made, the answer did not come in time, or
 * the connection closed before a whole answer. {@link #httpStatus()} is 0 and {@link #traceId()}
 * null. Retried, except when the calling thread was interrupted.
 */
public final class TransportException extends EventsApiException {

    /** How the exchange failed, and so whether the service may have acted on the request. */
    public enum Kind {
        /** No connection was made; the service never saw the request. */
        CONNECT_FAILED(false),
        /** The request went out but no answer came within the request timeout. */
        TIMEOUT(true),
        /** The connection closed before a whole answer arrived. */
        CONNECTION_LOST(true),
        /**
         * The calling thread was interrupted while waiting for an answer or before a retry; not
         * retried. The thread's interrupt flag stays set; an interrupted wait before a retry has
         * the failure it was waiting to retry attached as suppressed.
         */
        INTERRUPTED(true);

        private final boolean requestMayHaveArrived;

        Kind(boolean requestMayHaveArrived) {
            this.requestMayHaveArrived = requestMayHaveArrived;
        }

        public boolean requestMayHaveArrived() {
            return requestMayHaveArrived;
        }
    }

    private final Kind kind;

    public TransportException(String operation, Kind kind, Throwable cause) {
        super(ErrorDetails.withoutAnswer(operation, kind + ": " + describe(cause)), cause);
        this.kind = kind;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the service may have received, and acted on, the request. */
    public boolean requestMayHaveArrived() {
        return kind.requestMayHaveArrived();
    }
}
