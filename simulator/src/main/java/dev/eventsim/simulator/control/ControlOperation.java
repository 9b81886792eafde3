package dev.eventsim.simulator.control;

/** One control plane task: takes the call, returns the object written as the JSON answer. */
@FunctionalInterface
public interface ControlOperation {
    Object handle(ControlRequest request);
}
