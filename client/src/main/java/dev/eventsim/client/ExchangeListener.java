package dev.eventsim.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hears every HTTP attempt the client makes, retries and recovery searches included: for logging,
 * metrics or tests that count calls. It runs on the calling thread; what it throws reaches the
 * caller. The KS is never passed to it.
 */
public interface ExchangeListener {

    /** Just before a request is sent. {@code attempt} counts from 1 for each call. */
    default void onRequest(OutgoingRequest request) {
    }

    /** An HTTP answer arrived, successful or not. */
    default void onResponse(ReceivedResponse response) {
    }

    /** No HTTP answer arrived: connection failure, timeout or a dropped connection. */
    default void onTransportFailure(TransportFailure failure) {
    }

    /** A request as sent. */
    record OutgoingRequest(String operation, URI uri, int attempt, String body) {
    }

    /** An answer as received; {@code traceId} is its {@code x-traceid} header (null when absent). */
    record ReceivedResponse(String operation, int attempt, int statusCode, String traceId, String body,
                            Duration elapsed) {
    }

    /** An attempt that got no answer. */
    record TransportFailure(String operation, int attempt, IOException error, Duration elapsed) {
    }

    /** Hears nothing. */
    static ExchangeListener none() {
        return new ExchangeListener() {
        };
    }

    /**
     * Logs one line per request and answer to {@code logger}: DEBUG for successes (with bodies
     * at TRACE), WARNING for error answers and transport failures.
     */
    static ExchangeListener logging(System.Logger logger) {
        return new LoggingListener(logger);
    }

    /** Passes each notification to every listener, in order. */
    static ExchangeListener all(List<ExchangeListener> listeners) {
        List<ExchangeListener> copy = new ArrayList<>(listeners);
        return new ExchangeListener() {
            @Override
            public void onRequest(OutgoingRequest request) {
                copy.forEach(l -> l.onRequest(request));
            }

            @Override
            public void onResponse(ReceivedResponse response) {
                copy.forEach(l -> l.onResponse(response));
            }

            @Override
            public void onTransportFailure(TransportFailure failure) {
                copy.forEach(l -> l.onTransportFailure(failure));
            }
        };
    }
}
