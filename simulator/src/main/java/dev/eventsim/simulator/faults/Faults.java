package dev.eventsim.simulator.faults;

import java.time.Clock;
import java.util.Set;

/** Everything the control plane can make go wrong: fault rules, rate limits and event limits. */
public final class Faults {
    private final FaultRules rules;
    private final RateLimits rateLimits;
    private final EventLimits eventLimits;

    public Faults(long seed, Set<String> operations, Clock clock, EventLimits eventLimits) {
        this.rules = new FaultRules(seed, operations, clock);
        this.rateLimits = new RateLimits(clock);
        this.eventLimits = eventLimits;
    }

    public FaultRules rules() {
        return rules;
    }

    public RateLimits rateLimits() {
        return rateLimits;
    }

    public EventLimits eventLimits() {
        return eventLimits;
    }

    /** Forgets every rule, rate limit (with its counts) and event limit, as a full reset does. */
    public void reset() {
        rules.reset();
        rateLimits.reset();
        eventLimits.reset();
    }
}
