package dev.eventsim.simulator.faults;

import dev.eventsim.simulator.api.ApiErrors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The fault rules of the control plane, in creation order: the first rule that matches a call
 * fires. Each rule draws from its own seeded random, so the same rules and calls give the same
 * faults in every run.
 */
public final class FaultRules {
    private final long simulatorSeed;
    private final Set<String> knownOperations;
    private final Clock clock;
    private State state = new State();

    /** Everything a reset forgets, rebuilt whole. */
    private static final class State {
        final Map<String, Armed> rules = new LinkedHashMap<>();
        long created;
    }

    /** A stored rule and the random it draws from. */
    private static final class Armed {
        FaultRule rule;
        final Random random;

        Armed(FaultRule rule) {
            this.rule = rule;
            this.random = new Random(rule.seed());
        }
    }

    public FaultRules(long simulatorSeed, Set<String> knownOperations, Clock clock) {
        this.simulatorSeed = simulatorSeed;
        this.knownOperations = Set.copyOf(knownOperations);
        this.clock = clock;
    }

    public synchronized FaultRule add(NewFaultRule request) {
        for (String operation : request.operations()) {
            if (!knownOperations.contains(operation)) {
                throw ApiErrors.invalidArgument("operations: '" + operation
                        + "' is not an /api/v1 operation (events/create) or core API action (session.start) of the simulator");
            }
        }
        long number = ++state.created;
        long seed = request.seed() != null ? request.seed() : derivedSeed(number);
        FaultRule rule = new FaultRule("f" + number, request.operations(), request.partnerId(), request.probability(),
                request.times(), seed, request.action(), clock.instant(), 0, null);
        state.rules.put(rule.id(), new Armed(rule));
        return rule;
    }

    public synchronized List<FaultRule> all() {
        List<FaultRule> rules = new ArrayList<>(state.rules.size());
        state.rules.values().forEach(armed -> rules.add(armed.rule));
        return rules;
    }

    public synchronized FaultRule get(String ruleId) {
        return armed(ruleId).rule;
    }

    public synchronized FaultRule remove(String ruleId) {
        FaultRule rule = armed(ruleId).rule;
        state.rules.remove(ruleId);
        return rule;
    }

    /** Removes every rule; returns how many there were. Rule ids keep counting up. */
    public synchronized int clear() {
        int count = state.rules.size();
        state.rules.clear();
        return count;
    }

    /** Removes the rules aimed at one partner (not those for every partner); returns how many. */
    public synchronized int removeFor(long partnerId) {
        int before = state.rules.size();
        state.rules.values().removeIf(armed -> armed.rule.partnerId() != null && armed.rule.partnerId() == partnerId);
        return before - state.rules.size();
    }

    /** Forgets every rule and starts the ids (and the seeds derived from them) over. */
    public synchronized void reset() {
        state = new State();
    }

    /**
     * The fault for one call, if a rule fires: rules are tried in creation order; a rule with a
     * probability draws once each time it is tried; the first rule that fires counts the call.
     */
    public synchronized Optional<InjectedFault> match(String operation, long partnerId) {
        for (Armed armed : state.rules.values()) {
            FaultRule rule = armed.rule;
            if (!rule.appliesTo(operation, partnerId)) {
                continue;
            }
            if (rule.probability() != null && armed.random.nextDouble() >= rule.probability()) {
                continue;
            }
            Long latency = null;
            if (rule.action() instanceof FaultAction.Latency range) {
                latency = range.minMs() + (range.maxMs() == range.minMs() ? 0
                        : armed.random.nextLong(range.maxMs() - range.minMs() + 1));
            }
            armed.rule = rule.firedOnce(latency);
            return Optional.of(new InjectedFault(rule.id(), rule.action(), latency == null ? 0 : latency));
        }
        return Optional.empty();
    }

    private Armed armed(String ruleId) {
        Armed armed = state.rules.get(ruleId);
        if (armed == null) {
            throw ApiErrors.faultRuleNotFound(ruleId);
        }
        return armed;
    }

    /** A rule's seed when none is given: the simulator's seed mixed with the rule's number. */
    private long derivedSeed(long number) {
        return simulatorSeed * 0x9E3779B97F4A7C15L + number;
    }
}
