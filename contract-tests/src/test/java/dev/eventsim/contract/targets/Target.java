package dev.eventsim.contract.targets;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.simulator.admin.ControlPlane;
import java.net.URI;
import java.util.Optional;

/**
 * Where the provider verification and the conformance suite send their calls: the simulator
 * started in-process (the default), or an Events API in a region or at a URL
 * ({@code -Dtarget=nvp|eu|de|<url>}). Both are driven through the public API the same way; only
 * the simulator also has a control plane.
 */
public interface Target extends AutoCloseable {

    /** One line for logs and skip reasons. */
    String describe();

    /** The base URL of the Events API, ending in {@code /api/v1}. */
    URI apiBaseUrl();

    /** A client with an ADMIN KS and the given retry policy. */
    EventsClient client(RetryPolicy retryPolicy);

    /** A client with an ADMIN KS that retries as the guide advises. */
    default EventsClient client() {
        return client(RetryPolicy.defaults());
    }

    /** A client sending this KS, trying each call once: for the answers to a bad KS. */
    EventsClient clientWithKs(String ks);

    /** A valid ADMIN KS (with a user id), the one every request of the pact is sent with. */
    String adminKs();

    /** A USER KS of the same partner, when one can be minted (it needs the admin secret). */
    Optional<String> userKs();

    /** The core API beside the Events API, through which the clean-up deletes categories. */
    CoreApi coreApi();

    /** Every event the target's clients created, for the clean-up. */
    EventsMade eventsMade();

    /** Where the KS comes from, for messages (never the KS itself). */
    String credentialsSource();

    /** The simulator's control plane ({@code /__sim}), over HTTP; empty for a real service. */
    Optional<ControlPlane> controlPlane();

    /** Lets go of the target: the in-process simulator stops. */
    @Override
    void close();
}
