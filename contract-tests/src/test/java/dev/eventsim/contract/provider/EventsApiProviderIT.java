package dev.eventsim.contract.provider;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import dev.eventsim.contract.PactFile;
import dev.eventsim.contract.ProviderStates;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.Target;
import dev.eventsim.contract.targets.TargetExtension;
import java.net.URI;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the pact the consumer tests wrote (earlier in the same build) against the target:
 * the simulator started in-process by default, a real region with {@code -Dtarget}. Each
 * interaction's provider states are set up through the public API (the control plane only where
 * nothing else can), every request carries a valid ADMIN KS unless the interaction is about the
 * KS itself, and what the states and the interaction created is deleted afterwards. The pacts
 * come from a Pact Broker when one is configured, else from the local folder ({@link BrokerOrFolder}).
 */
@Provider(PactFile.PROVIDER)
@PactSource(BrokerOrFolder.class)
@ExtendWith(TargetExtension.class)
class EventsApiProviderIT {
    private final StateSetUp states = new StateSetUp();

    /**
     * From a broker: the pacts of the consumers' main branches and of the versions deployed or
     * released (Pact's recommended selectors); {@code -Dpactbroker.consumerversionselectors.rawjson}
     * is not read while this method exists.
     */
    @PactBrokerConsumerVersionSelectors
    public static SelectorBuilder consumerVersionSelectors() {
        return new SelectorBuilder().mainBranch().deployedOrReleased();
    }

    @BeforeEach
    void setUp(PactVerificationContext context, Target target, Fixtures fixtures) {
        StateRequirements.assumeMet(context.getInteraction(), target);
        context.setTarget(testTarget(target.apiBaseUrl()));
        context.withStateChangeHandlers(new EventStates(fixtures, states), new DuplicationStates(fixtures, states),
                new PeopleStates(fixtures, states), new TeamStates(fixtures, states), new CallerStates(fixtures, states));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void the_target_honours_the_interaction(PactVerificationContext context, HttpRequest request, Target target) {
        states.assertSetUp(target);
        if (!sendsItsOwnKs(context.getInteraction())) {
            // A KS expires, so it cannot live in the pact: the pact has an example, the target gets a valid one.
            request.setHeader("Authorization", "Bearer " + target.adminKs());
        }
        context.verifyInteraction();
    }

    private static boolean sendsItsOwnKs(Interaction interaction) {
        return interaction.getProviderStates().stream()
                .anyMatch(state -> ProviderStates.OWN_AUTHORIZATION.contains(state.getName()));
    }

    /** Pact's paths start with {@code /api/v1}: the target is the service root (and any prefix before it). */
    private static TestTarget testTarget(URI apiBaseUrl) {
        String prefix = apiBaseUrl.getPath().replaceFirst("/api/v1/?$", "");
        String path = prefix.isEmpty() ? "/" : prefix;
        boolean https = "https".equals(apiBaseUrl.getScheme());
        int port = apiBaseUrl.getPort() > 0 ? apiBaseUrl.getPort() : https ? 443 : 80;
        return https ? new HttpsTestTarget(apiBaseUrl.getHost(), port, path, false, SendOnce::new)
                : new HttpTestTarget(apiBaseUrl.getHost(), port, path, SendOnce::new);
    }
}
