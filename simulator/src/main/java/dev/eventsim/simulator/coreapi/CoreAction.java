package dev.eventsim.simulator.coreapi;

/**
 * One core API action: takes the call, returns the result the codec writes (a Kaltura object, a
 * list response, a bare value, or null for a void action), or throws a {@link CoreApiException}.
 */
@FunctionalInterface
public interface CoreAction {
    Object handle(CoreCall call);
}
