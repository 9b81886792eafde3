package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.eventsim.load.LoadPlan.Thresholds;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers paging through events 15 at a time, each with one of the contract's filters and one
 * ordering, over events seeded before the run: a closed model of {@code users} readers, each
 * replaced by a new one when it reaches its last page.
 */
public class ReadHeavySimulation extends LoadSimulation {

    public ReadHeavySimulation() {
        super(45, Thresholds.LOOPBACK);
        int users = plan.users(10);
        Duration ramp = plan.ramp(5);
        Duration duration = plan.duration(30);
        int maxPages = knobs.integer("pages", 4);
        boolean offsetCountsPages = RemoteService.offsetCountsPages(knobs);

        ScenarioBuilder readers = scenario("Read-heavy: paging through events")
                .exec(new EventPages(api, maxPages, offsetCountsPages).pageThrough);

        List<ClosedInjectionStep> steps = new ArrayList<>();
        if (!ramp.isZero()) {
            steps.add(rampConcurrentUsers(0).to(users).during(ramp));
        }
        steps.add(constantConcurrentUsers(users).during(duration));
        start(ramp.plus(duration), readers.injectClosed(steps));
    }
}
