package dev.eventsim.contract.targets;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.simulator.admin.ControlPlane;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * An Events API in a region or at a URL, reached through its public API only: there is no
 * control plane, so what only a control plane can arrange is skipped.
 */
final class RegionTarget implements Target {
    /** A target that does not answer is known in seconds, not after the default ten. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI apiBaseUrl;
    private final URI coreApiUrl;
    private final Credentials credentials;
    private final KsProvider adminKs;
    private final EventsMade eventsMade = new EventsMade();
    private CoreApi coreApi;

    /** {@code coreApiUrl} null: not known (a region named without {@code -Dtarget.coreApiUrl}). */
    RegionTarget(URI apiBaseUrl, URI coreApiUrl, Credentials credentials) {
        this.apiBaseUrl = apiBaseUrl;
        this.coreApiUrl = coreApiUrl;
        this.credentials = credentials;
        this.adminKs = credentials.adminKs(Clock.systemUTC());
    }

    @Override
    public String describe() {
        return "the Events API at " + apiBaseUrl + " (public API only; core API at "
                + (coreApiUrl == null ? "(not given)" : coreApiUrl) + "; KS from " + credentialsSource() + ")";
    }

    @Override
    public String credentialsSource() {
        return credentials instanceof Credentials.FixedKs ? Credentials.KS_VARIABLE
                : Credentials.PARTNER_ID_VARIABLE + " and " + Credentials.ADMIN_SECRET_VARIABLE;
    }

    @Override
    public synchronized CoreApi coreApi() {
        if (coreApiUrl == null) {
            throw new TargetUnusable("The core API of " + apiBaseUrl + " is not known: give its service URL with -D"
                    + Targets.CORE_API_PROPERTY + "=https://... (the clean-up deletes through it the categories the"
                    + " platform keeps for every deleted event)");
        }
        if (coreApi == null) {
            coreApi = new CoreApi(coreApiUrl, adminKs.ks(), CoreApi.REGION_REQUESTS_PER_SECOND);
        }
        return coreApi;
    }

    @Override
    public EventsMade eventsMade() {
        return eventsMade;
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
                .connectTimeout(CONNECT_TIMEOUT)
                .listener(eventsMade)
                .clientTag("events-contract-tests")
                .build();
    }

    @Override
    public EventsClient clientWithKs(String ks) {
        return EventsClient.builder().baseUrl(apiBaseUrl).ksProvider(KsProvider.fixed(ks))
                .connectTimeout(CONNECT_TIMEOUT).listener(eventsMade)
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
