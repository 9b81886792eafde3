package dev.eventsim.client;

import java.lang.System.Logger.Level;

/** {@link ExchangeListener#logging}: one line per request and per answer. */
final class LoggingListener implements ExchangeListener {
    private final System.Logger logger;

    LoggingListener(System.Logger logger) {
        this.logger = logger;
    }

    @Override
    public void onRequest(OutgoingRequest request) {
        logger.log(Level.DEBUG, () -> "-> " + request.operation() + " attempt " + request.attempt());
        logger.log(Level.TRACE, () -> "-> " + request.operation() + " " + request.body());
    }

    @Override
    public void onResponse(ReceivedResponse response) {
        Level level = response.statusCode() < 400 ? Level.DEBUG : Level.WARNING;
        logger.log(level, () -> "<- " + response.operation() + " HTTP " + response.statusCode() + " in "
                + response.elapsed().toMillis() + " ms, x-traceid " + response.traceId());
        logger.log(Level.TRACE, () -> "<- " + response.operation() + " " + response.body());
    }

    @Override
    public void onTransportFailure(TransportFailure failure) {
        logger.log(Level.WARNING, () -> "<- " + failure.operation() + " no answer after "
                + failure.elapsed().toMillis() + " ms: " + failure.error());
    }
}
