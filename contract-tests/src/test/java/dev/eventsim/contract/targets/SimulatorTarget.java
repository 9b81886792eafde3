package dev.eventsim.contract.targets;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.RemoteControlPlane;
import java.net.URI;
import java.util.Optional;

/**
 * The default target: a simulator started in this JVM on a free loopback port. The suites reach
 * it over HTTP like any other service; KSes are minted by the client from the simulator's
 * default partner and admin secret, as they would be for a real partner; its control plane too is
 * reached over HTTP ({@code RemoteControlPlane}).
 */
final class SimulatorTarget implements Target {
    private final EventsSimulator simulator;
    private final Credentials credentials;
    private final KsProvider adminKs;
    private final ControlPlane controlPlane;
    private final EventsMade eventsMade = new EventsMade();
    private final CoreApi coreApi;

    SimulatorTarget() {
        this.simulator = EventsSimulator.start(SimulatorOptions.defaults());
        this.credentials = new Credentials.PartnerSecret(SimulatorOptions.DEFAULT_PARTNER_ID,
                SimulatorOptions.DEFAULT_ADMIN_SECRET);
        this.adminKs = credentials.adminKs(simulator.clock());
        this.controlPlane = RemoteControlPlane.at(simulator.baseUrl());
        // the simulator has no rate limit unless told: its clean-up is not paced
        this.coreApi = new CoreApi(URI.create(simulator.baseUrl()), adminKs.ks(), 0);
    }

    @Override
    public CoreApi coreApi() {
        return coreApi;
    }

    @Override
    public EventsMade eventsMade() {
        return eventsMade;
    }

    @Override
    public String credentialsSource() {
        return "the simulator's default partner";
    }

    @Override
    public String describe() {
        return "the in-process simulator at " + simulator.apiBaseUrl();
    }

    @Override
    public URI apiBaseUrl() {
        return URI.create(simulator.apiBaseUrl());
    }

    /**
     * The client waits on the simulator's clock, moving it instead of sleeping: a duplication
     * job's three seconds pass at once, and no test sleeps.
     */
    @Override
    public EventsClient client(RetryPolicy retryPolicy) {
        return EventsClient.builder()
                .baseUrl(simulator.apiBaseUrl())
                .ksProvider(adminKs)
                .retryPolicy(retryPolicy)
                .clock(simulator.clock())
                .sleeper(simulator.clock()::advance)
                .listener(eventsMade)
                .clientTag("events-contract-tests")
                .build();
    }

    @Override
    public EventsClient clientWithKs(String ks) {
        return EventsClient.builder().baseUrl(simulator.apiBaseUrl()).ksProvider(KsProvider.fixed(ks))
                .listener(eventsMade).retryPolicy(RetryPolicy.none()).clientTag("events-contract-tests").build();
    }

    @Override
    public String adminKs() {
        return adminKs.ks();
    }

    @Override
    public Optional<String> userKs() {
        return credentials.userKs(simulator.clock());
    }

    @Override
    public Optional<ControlPlane> controlPlane() {
        return Optional.of(controlPlane);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
