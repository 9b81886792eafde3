package dev.eventsim.contract.targets;

import dev.eventsim.client.Pager;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.TransportException;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.events.EventOrder;
import dev.eventsim.client.events.EventQuery;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

/**
 * One check before the suites send anything: the target answers, accepts the KS, and its core API
 * (through which the clean-up deletes categories) answers too. Each call is sent once, without
 * retries, so a target that is down fails the run in seconds, naming the URL and the cause.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(Target target) {
        try {
            target.client(RetryPolicy.none()).events()
                    .list(new EventQuery(EventFilter.all(), Pager.first(1), EventOrder.NEWEST_FIRST));
        } catch (TransportException e) {
            throw new TargetUnusable("The target " + target.apiBaseUrl() + " does not answer: " + cause(e.getCause()));
        } catch (EventsApiException e) {
            throw new TargetUnusable("The target " + target.apiBaseUrl() + " refused " + e.operation() + ": HTTP "
                    + e.httpStatus() + ", status " + e.status() + ": " + e.serverMessage()
                    + (e.httpStatus() == 401 ? " (the KS is not accepted; it comes from " + target.credentialsSource()
                    + ")" : ""));
        }
        try {
            target.coreApi().countCategories();
        } catch (IllegalStateException e) {
            throw new TargetUnusable(e.getMessage() + " (the clean-up deletes through it the categories the platform"
                    + " keeps for every deleted event; -D" + Targets.CORE_API_PROPERTY + " names it)");
        }
    }

    /** What went wrong in a few words: the JDK's HTTP client often throws without a message. */
    static String cause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within the connect timeout (" + t.getClass().getSimpleName() + ")";
            }
            if (t instanceof ConnectException) {
                return "connection refused (" + t.getClass().getSimpleName() + ")";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage() + " (UnknownHostException)";
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage() + " (" + t.getClass().getSimpleName() + ")";
            }
        }
        return error == null ? "no answer" : error.getClass().getSimpleName();
    }
}
