package dev.eventsim.simulator.faults;

/** The fault chosen for one call: the rule that fired, its action and, for latency, the delay drawn. */
public record InjectedFault(String ruleId, FaultAction action, long latencyMs) {
}
