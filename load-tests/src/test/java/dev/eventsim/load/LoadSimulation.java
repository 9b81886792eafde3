package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.holdFor;
import static io.gatling.javaapi.core.CoreDsl.reachRps;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;

/**
 * What every simulation shares: the knobs, the target (started in {@link #before()}, cleaned up and
 * let go in {@link #after()}), the run's name, the feature chains, and the assertions that fail
 * the build when a run goes badly.
 */
abstract class LoadSimulation extends Simulation {
    protected final Knobs knobs = new Knobs();
    protected final Target target = Target.choose(knobs);
    protected final Run run = Run.startingNow();
    protected final Api api = new Api(target, run);

    protected final Events events = new Events(api,
            knobs.seconds("pollInterval", target.realRegion() ? 5 : 0.1),
            knobs.seconds("pollTimeout", target.realRegion() ? 300 : 30));
    protected final Sessions sessions = new Sessions(api);
    protected final TeamMembers teamMembers = new TeamMembers(api);
    protected final EventUsers eventUsers = new EventUsers(api);
    protected final SessionParticipants participants = new SessionParticipants(api);

    private final int seedEvents;
    private final Thresholds thresholds;

    /**
     * @param seedEventsOnSimulator events created before the run ({@code -DseedEvents}; at most 15 by
     *     default on a real region)
     * @param onSimulator the p95 and p99 a run on the simulator must stay within by default
     */
    protected LoadSimulation(int seedEventsOnSimulator, Thresholds onSimulator) {
        this.seedEvents = knobs.integer("seedEvents", target.realRegion() ? Math.min(seedEventsOnSimulator, 15)
                : seedEventsOnSimulator);
        this.thresholds = onSimulator;
    }

    /** Default percentile limits in milliseconds, each overridden by {@code -Dp95Ms} and {@code -Dp99Ms}. */
    protected record Thresholds(int p95Ms, int p99Ms) {
        static final Thresholds LOOPBACK = new Thresholds(500, 1000);
        static final Thresholds REAL_REGION = new Thresholds(2000, 4000);
    }

    /** Arriving users per second ({@code -Drate}); a real region gets 1 by default and at most 5. */
    protected double rate(double onSimulator) {
        double rate = knobs.decimal("rate", target.realRegion() ? RemoteService.DEFAULT_RATE : onSimulator);
        if (rate <= 0) {
            throw new IllegalArgumentException("-Drate must be above 0, got " + rate);
        }
        refuseAboveCap("rate", rate);
        return rate;
    }

    /** Concurrent or burst users ({@code -Dusers}); a real region gets 1 by default and at most 5. */
    protected int users(int onSimulator) {
        int users = knobs.integer("users", target.realRegion() ? 1 : onSimulator);
        if (users < 1) {
            throw new IllegalArgumentException("-Dusers must be 1 or more, got " + users);
        }
        refuseAboveCap("users", users);
        return users;
    }

    protected Duration duration(double seconds) {
        return knobs.seconds("duration", seconds);
    }

    protected Duration ramp(double seconds) {
        return knobs.seconds("ramp", seconds);
    }

    /**
     * Sets the run up: the protocol, the assertions (error rate and percentiles, so a bad run fails
     * the build), a hard stop, and for a real region a request throttle.
     */
    protected void start(Duration planned, PopulationBuilder... populations) {
        Duration maxDuration = knobs.seconds("maxDuration", planned.toMillis() / 1000.0 + 120);
        SetUp setUp = setUp(populations)
                .protocols(api.protocol())
                .assertions(assertions())
                .maxDuration(maxDuration);
        if (target instanceof RemoteService remote && remote.maxRps() > 0) {
            setUp.throttle(reachRps((int) Math.max(1, remote.maxRps())).in(Duration.ofSeconds(1)),
                    holdFor(maxDuration));
        }
    }

    private List<Assertion> assertions() {
        boolean region = target.realRegion();
        double maxErrorPercent = knobs.decimal("maxErrorPercent", region ? 1 : 0);
        Thresholds defaults = region ? Thresholds.REAL_REGION : thresholds;
        int p95 = knobs.integer("p95Ms", defaults.p95Ms());
        int p99 = knobs.integer("p99Ms", defaults.p99Ms());
        return List.of(
                global().allRequests().count().gt(0L),
                global().failedRequests().percent().lte(maxErrorPercent),
                global().responseTime().percentile(95.0).lte(p95),
                global().responseTime().percentile(99.0).lte(p99));
    }

    @Override
    public void before() {
        System.out.printf("Load run %s: %s%n  knobs: %s%n", run.prefix(), getClass().getSimpleName(), knobs.summary());
        try {
            target.start();
            System.out.printf("  target: %s%n", target.describe());
            if (seedEvents > 0) {
                long millis = SeedEvents.create(target, run, seedEvents);
                System.out.printf("  seeded %d events through the API in %d ms%n", seedEvents, millis);
            }
        } catch (RuntimeException e) {
            target.finish(run);
            throw e;
        }
    }

    @Override
    public void after() {
        target.finish(run);
    }

    private void refuseAboveCap(String knob, double value) {
        if (target.realRegion() && value > RemoteService.MAX_RATE) {
            throw new IllegalStateException("Refusing -D" + knob + "=" + value + " against a real region: the hard cap is "
                    + RemoteService.MAX_RATE);
        }
    }
}
