package dev.eventsim.simulator.faults;

import java.util.Set;

/**
 * A fault rule as the control plane asks for it. Empty {@code operations}: every /api/v1
 * operation; null {@code partnerId}: every partner. At most one of {@code probability} and
 * {@code times}; with neither, the rule fires on every matching call. A null {@code seed} is
 * derived from the simulator's seed and the rule's place, so a seeded run repeats either way.
 */
public record NewFaultRule(Set<String> operations, Long partnerId, Double probability, Integer times, Long seed,
                           FaultAction action) {

    public NewFaultRule {
        operations = Set.copyOf(operations);
    }
}
