package dev.eventsim.simulator.lifecycle;

/**
 * Where an event is in its life. Not part of API bodies (the contract has no such field):
 * the control plane shows it.
 */
public enum LifecycleState {
    /** Created and not published yet. */
    draft,
    /** Published, and the clock is before its startDate. */
    scheduled,
    /** Published, and the clock is within [startDate, endDate). */
    live,
    /** Published, and the clock is at or after its endDate. */
    ended,
    /** Cancelled on request; final. */
    cancelled
}
