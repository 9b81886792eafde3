package dev.eventsim.simulator.faults;

import java.util.Objects;
import java.util.Set;

/**
 * A fault rule as the control plane asks for it. Empty {@code operations}: every /api/v1
 * operation; null {@code partnerId}: every partner. At most one of {@code probability} and
 * {@code times}; with neither, the rule fires on every matching call. A null {@code seed} is
 * derived from the simulator's seed and the rule's place, so a seeded run repeats either way.
 *
 * <p>In-process, build one from its action and narrow it:
 * {@code NewFaultRule.of(FaultAction.respond(503, "busy")).withOperations("events/list").withTimes(2)}.
 */
public record NewFaultRule(Set<String> operations, Long partnerId, Double probability, Integer times, Long seed,
                           FaultAction action) {

    // POST /__sim/faults checks these first and names the field; these guard in-process callers.
    public NewFaultRule {
        operations = Set.copyOf(operations);
        Objects.requireNonNull(action, "action");
        if (probability != null && times != null) {
            throw new IllegalArgumentException("give either probability or times, not both");
        }
        if (probability != null && (probability < 0 || probability > 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, got " + probability);
        }
        if (times != null && (times < 1 || times > 1_000_000)) {
            throw new IllegalArgumentException("times must be between 1 and 1000000, got " + times);
        }
    }

    /** A rule doing {@code action} to every call of every partner. */
    public static NewFaultRule of(FaultAction action) {
        return new NewFaultRule(Set.of(), null, null, null, null, action);
    }

    /** Only calls of these operations, such as {@code events/create}. */
    public NewFaultRule withOperations(String... names) {
        return new NewFaultRule(Set.of(names), partnerId, probability, times, seed, action);
    }

    /** Only calls of this partner. */
    public NewFaultRule withPartnerId(long value) {
        return new NewFaultRule(operations, value, probability, times, seed, action);
    }

    /** The next {@code value} matching calls only; then the rule is spent. */
    public NewFaultRule withTimes(int value) {
        return new NewFaultRule(operations, partnerId, probability, value, seed, action);
    }

    /** Each matching call with this probability, drawn from the rule's seeded random. */
    public NewFaultRule withProbability(double value) {
        return new NewFaultRule(operations, partnerId, value, times, seed, action);
    }

    public NewFaultRule withSeed(long value) {
        return new NewFaultRule(operations, partnerId, probability, times, value, action);
    }
}
