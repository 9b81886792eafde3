package dev.eventsim.simulator.api;

/** One API operation: takes the call, returns the object written as the JSON response body. */
@FunctionalInterface
public interface Operation {
    Object handle(ApiRequest request);
}
