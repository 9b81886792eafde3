package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.holdFor;
import static io.gatling.javaapi.core.CoreDsl.reachRps;

import dev.eventsim.load.LoadPlan.Thresholds;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every simulation shares: the knobs and the plan they make, the target (started in
 * {@link #before()}, cleaned up and let go in {@link #after()}), the run's name, the feature
 * chains, and the assertions that fail the build when a run goes badly.
 */
abstract class LoadSimulation extends Simulation {
    protected final Knobs knobs = new Knobs();
    protected final Target target = orStop(() -> Target.choose(knobs, System.getenv()));
    protected final LoadPlan plan = orStop(() -> new LoadPlan(knobs, target));
    protected final Run run = Run.startingNow();
    protected final Api api = new Api(target, run);

    protected final Events events = new Events(api, plan.pollInterval(), plan.pollTimeout());
    protected final Sessions sessions = new Sessions(api);
    protected final TeamMembers teamMembers = new TeamMembers(api);
    protected final EventUsers eventUsers = new EventUsers(api);
    protected final SessionParticipants participants = new SessionParticipants(api);

    private final int seedEvents;
    private final Thresholds thresholds;
    private Duration maxDuration;

    /**
     * @param seedEventsOnSimulator events created before the run by default
     * @param onSimulator the percentiles a run on the simulator must stay within by default
     */
    protected LoadSimulation(int seedEventsOnSimulator, Thresholds onSimulator) {
        this.seedEvents = plan.seedEvents(seedEventsOnSimulator);
        this.thresholds = onSimulator;
    }

    /**
     * Sets the run up: the protocol, the assertions (error rate and percentiles, so a bad run fails
     * the build), a hard stop, and for a real region a request throttle.
     */
    protected void start(Duration planned, PopulationBuilder... populations) {
        start(planned, List.of(), populations);
    }

    /**
     * The same, asserting as well on {@code groups}: a group fails when a request in it fails or
     * the scenario marks it failed (a copy that never appeared), and fails the run like a request.
     */
    protected void start(Duration planned, List<String> groups, PopulationBuilder... populations) {
        maxDuration = plan.maxDuration(planned);
        SetUp setUp = setUp(populations)
                .protocols(api.protocol())
                .assertions(assertions(groups))
                .maxDuration(maxDuration);
        if (target instanceof RemoteService remote && remote.maxRps() > 0) {
            // a whole number: RemoteService refuses a fraction
            setUp.throttle(reachRps((int) remote.maxRps()).in(Duration.ofSeconds(1)), holdFor(maxDuration));
        }
    }

    private List<Assertion> assertions(List<String> groups) {
        double maxErrorPercent = plan.maxErrorPercent();
        Thresholds limits = plan.thresholds(thresholds);
        List<Assertion> assertions = new ArrayList<>(List.of(
                global().allRequests().count().gt(0L),
                global().failedRequests().percent().lte(maxErrorPercent)));
        for (String group : groups) {
            assertions.add(details(group).failedRequests().percent().lte(maxErrorPercent));
        }
        // A limit of 0 asserts nothing on time: the smoke run in `mvn verify` is a test, and tests
        // never fail on wall-clock time (the figures are still printed and in the report).
        if (limits.p95Ms() > 0) {
            assertions.add(global().responseTime().percentile(95.0).lte(limits.p95Ms()));
        }
        if (limits.p99Ms() > 0) {
            assertions.add(global().responseTime().percentile(99.0).lte(limits.p99Ms()));
        }
        return assertions;
    }

    /**
     * A refused run ends here: its reason on one line of the error stream and a non-zero exit,
     * rather than Gatling's "Run crashed" and two stack traces that say no more.
     */
    static <T> T orStop(Supplier<T> step) {
        try {
            return step.get();
        } catch (RunRefused refused) {
            System.out.flush();
            System.err.println("Load run refused: " + refused.getMessage());
            System.err.flush();
            // not 2: the Gatling plugin reads 2 as "assertions failed"
            System.exit(1);
            throw refused;
        }
    }

    @Override
    public void before() {
        System.out.printf("Load run %s: %s%n  knobs: %s%n", run.prefix(), getClass().getSimpleName(), knobs.summary());
        System.out.printf("  plan: %s%sstopped after %d s at most%n", plan.demand(), plan.demand().isEmpty() ? "" : ", ",
                maxDuration.toSeconds());
        try {
            long started = System.nanoTime();
            orStop(() -> {
                target.start();
                return target;
            });
            System.out.printf("  target: %s, ready in %d ms%n", target.describe(), (System.nanoTime() - started) / 1_000_000);
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
}
