package dev.eventsim.junit;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.PagerOffset;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.clock.SimClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who a test is on its simulator: a partner, an ADMIN KS of it and a client. An isolated partner
 * is the test's own: registered for it, and removed with everything it holds when the store of
 * the test closes it.
 */
final class TestPartner implements AutoCloseable {
    /** Ids of isolated partners, unique in the JVM, far from the default partner's 1000001. */
    private static final AtomicLong NEXT_ID = new AtomicLong(5_000_001);
    // Twenty years on the simulator's clock: tests move the clock years ahead and keep their KS.
    private static final Duration KS_VALIDITY = Duration.ofDays(20 * 365);
    private static final String USER_ID = "admin";

    private final EventsSimulator simulator;
    private final Partner partner;
    private final boolean isolated;
    private final String ks;
    private final EventsClient client;

    private TestPartner(RunningSimulator running, Partner partner, boolean isolated, Settings settings) {
        this.simulator = running.simulator();
        this.partner = partner;
        this.isolated = isolated;
        this.ks = simulator.control().adminKs(partner.id(), USER_ID, KS_VALIDITY);
        this.client = client(running, partner, settings);
    }

    /** The simulator's default partner, shared by the tests of the class. */
    static TestPartner shared(RunningSimulator running, Settings settings) {
        return new TestPartner(running, running.simulator().partners().defaultPartner(), false, settings);
    }

    /** A new partner of the test's own. */
    static TestPartner isolated(RunningSimulator running, Settings settings) {
        EventsSimulator simulator = running.simulator();
        long id = NEXT_ID.getAndIncrement();
        while (simulator.partners().find(id).isPresent()) {
            id = NEXT_ID.getAndIncrement();
        }
        String secret = "isolated-secret-" + id;
        simulator.control().registerPartner(id, secret);
        Partner partner = new Partner(id, secret);
        return new TestPartner(running, partner, true, settings);
    }

    /**
     * A client that mints its KS locally and renews it on the simulator's clock, and waits by
     * moving that clock on: retries and duplication polls take no real time.
     */
    private static EventsClient client(RunningSimulator running, Partner partner, Settings settings) {
        EventsSimulator simulator = running.simulator();
        SimClock clock = simulator.clock();
        EventsClient.Builder builder = EventsClient.builder()
                .baseUrl(simulator.apiBaseUrl())
                .ksProvider(KsProvider.minting(partner.id(), partner.adminSecret(), USER_ID, Duration.ofDays(1), clock))
                .clock(clock)
                .sleeper(clock::advance)
                .pagerOffset(simulator.options().pagerPolicy().offsetMode() == PagerPolicy.OffsetMode.pages
                        ? PagerOffset.PAGES : PagerOffset.ITEMS)
                .httpClient(running.http())
                .clientTag("events-simulator-junit");
        settings.client().accept(builder);
        return builder.build();
    }

    EventsSimulator simulator() {
        return simulator;
    }

    long partnerId() {
        return partner.id();
    }

    boolean isolated() {
        return isolated;
    }

    String ks() {
        return ks;
    }

    EventsClient client() {
        return client;
    }

    SimulatorInfo info() {
        return new SimulatorInfo(simulator.baseUrl(), simulator.apiBaseUrl(), partner.id(), partner.adminSecret(),
                ks);
    }

    @Override
    public void close() {
        if (isolated) {
            simulator.control().removePartner(partner.id());
        }
    }
}
