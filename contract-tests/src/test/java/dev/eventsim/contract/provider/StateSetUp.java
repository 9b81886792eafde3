package dev.eventsim.contract.provider;

import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.contract.targets.Target;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the provider states of one interaction and keeps the first failure, so the test reports
 * the call that failed (its HTTP status and {@code status}) rather than Pact's bare "Provider state
 * change callback failed". A state that fails answers no ids; the interaction is then not sent.
 */
final class StateSetUp {
    private String failedState;
    private RuntimeException failure;

    Map<String, Object> run(String state, Supplier<Map<String, Object>> setUp) {
        if (failure != null) {
            return Map.of();
        }
        try {
            return setUp.get();
        } catch (RuntimeException e) {
            failedState = state;
            failure = e;
            return Map.of();
        }
    }

    void run(String state, Runnable setUp) {
        run(state, () -> {
            setUp.run();
            return Map.of();
        });
    }

    /** Fails the test, naming the state and the call, when a state could not be set up. */
    void assertSetUp(Target target) {
        if (failure != null) {
            throw new AssertionError("The provider state '" + failedState + "' could not be set up against "
                    + target.apiBaseUrl() + ": " + describe(failure), failure);
        }
    }

    static String describe(RuntimeException failure) {
        if (failure instanceof EventsApiException e && e.httpStatus() > 0) {
            return e.operation() + " answered HTTP " + e.httpStatus() + ", status " + e.status() + ": "
                    + e.serverMessage() + (e.traceId() == null ? "" : " [x-traceid " + e.traceId() + "]");
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
