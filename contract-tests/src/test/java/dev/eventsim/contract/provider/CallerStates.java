package dev.eventsim.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import dev.eventsim.contract.ProviderStates;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.control.Durations;
import dev.eventsim.simulator.faults.RateLimit;
import java.util.Map;

/** Who calls and how often: the KS an interaction is sent with, and the rate limit. */
final class CallerStates {
    private final Fixtures fixtures;
    private final StateSetUp states;

    CallerStates(Fixtures fixtures, StateSetUp states) {
        this.fixtures = fixtures;
        this.states = states;
    }

    /** The pact sends {@code Bearer ${userKs}}: a USER KS of the same partner, minted here. */
    @State(ProviderStates.THE_CALLER_HOLDS_A_USER_KS)
    @Needs(value = Needs.Capability.USER_KS,
            because = "a USER KS is minted from the partner id and admin secret (EVENTS_PARTNER_ID and"
                    + " EVENTS_ADMIN_SECRET); an ADMIN KS alone (EVENTS_KS) cannot make one")
    Map<String, Object> theCallerHoldsAUserKs() {
        return states.run(ProviderStates.THE_CALLER_HOLDS_A_USER_KS, () -> Map.of("userKs", fixtures.target().userKs().orElseThrow()));
    }

    /** Nothing to set up: the request keeps the invalid KS the pact gives it. */
    @State(ProviderStates.THE_CALLER_HAS_NO_VALID_KS)
    void theCallerHasNoValidKs() {
    }

    /**
     * Parameters {@code limit} and {@code window}: the simulator allows that many calls per window,
     * and the state uses them up, so the interaction's call is refused.
     */
    @State(ProviderStates.THE_RATE_LIMIT_IS_REACHED)
    @Needs(value = Needs.Capability.CONTROL_PLANE,
            because = "only the simulator's control plane can lower a rate limit; pushing a real region over its"
                    + " limit would disturb every other client of the account")
    void theRateLimitIsReached(Map<String, Object> params) {
        states.run(ProviderStates.THE_RATE_LIMIT_IS_REACHED, () -> {
            int limit = ((Number) params.getOrDefault("limit", 1)).intValue();
            String window = (String) params.getOrDefault("window", "1h");
            controlPlane().setRateLimit(new RateLimit(null, limit, Durations.parse("window", window)));
            for (int i = 0; i < limit; i++) {
                fixtures.client().events().list();
            }
        });
    }

    @State(value = ProviderStates.THE_RATE_LIMIT_IS_REACHED, action = StateChangeAction.TEARDOWN)
    void theRateLimitIsLifted() {
        controlPlane().clearRateLimits(null);
    }

    private ControlPlane controlPlane() {
        return fixtures.target().controlPlane().orElseThrow();
    }
}
