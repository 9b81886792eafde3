package dev.eventsim.contract.targets;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.simulator.admin.ControlPlane;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * An Events API in a region or at a URL, reached through its public API only: there is no
 * control plane, so what only a control plane can arrange is skipped.
 */
final class RegionTarget implements Target {
    private final URI apiBaseUrl;
    private final Credentials credentials;
    private final KsProvider adminKs;

    RegionTarget(URI apiBaseUrl, Credentials credentials) {
        this.apiBaseUrl = apiBaseUrl;
        this.credentials = credentials;
        this.adminKs = credentials.adminKs(Clock.systemUTC());
    }

    @Override
    public String describe() {
        return "the Events API at " + apiBaseUrl + " (public API only, "
                + (credentials instanceof Credentials.FixedKs ? Credentials.KS_VARIABLE
                : Credentials.PARTNER_ID_VARIABLE + " and " + Credentials.ADMIN_SECRET_VARIABLE) + ")";
    }

    @Override
    public URI apiBaseUrl() {
        return apiBaseUrl;
    }

    @Override
    public EventsClient client(RetryPolicy retryPolicy) {
        return EventsClient.builder()
                .baseUrl(apiBaseUrl)
                .ksProvider(adminKs)
                .retryPolicy(retryPolicy)
                .clientTag("events-contract-tests")
                .build();
    }

    @Override
    public EventsClient clientWithKs(String ks) {
        return EventsClient.builder().baseUrl(apiBaseUrl).ksProvider(KsProvider.fixed(ks))
                .retryPolicy(RetryPolicy.none()).clientTag("events-contract-tests").build();
    }

    @Override
    public String adminKs() {
        return adminKs.ks();
    }

    @Override
    public Optional<String> userKs() {
        return credentials.userKs(Clock.systemUTC());
    }

    @Override
    public Optional<ControlPlane> controlPlane() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing held open: the JDK's HTTP client needs no closing
    }
}
