package dev.eventsim.simulator.coreapi;

/**
 * One core API call as an action receives it: its parameters and, where the action needs one,
 * the caller's checked KS ({@code session}, null for an action that takes none and got none).
 */
public record CoreCall(String service, String action, CoreParams params, CoreSession session) {

    /** {@code category->list}, as the core API names a service action in its errors. */
    public String serviceAction() {
        return service + "->" + action;
    }

    public long partnerId() {
        return session.partnerId();
    }
}
