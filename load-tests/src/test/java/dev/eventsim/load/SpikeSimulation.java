package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stressPeakUsers;

import dev.eventsim.load.LoadPlan.Thresholds;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;

/**
 * A burst: a steady trickle of users, then {@code users} arriving within {@code ramp} seconds (a
 * sign-up rush before a town hall), then the trickle again. Each creates an event, lists, reads
 * its sessions and deletes it.
 */
public class SpikeSimulation extends LoadSimulation {

    public SpikeSimulation() {
        super(15, new Thresholds(1000, 2000));
        double rate = plan.rate(2, 4);
        int users = plan.users(200);
        Duration ramp = plan.ramp(2);
        Duration duration = plan.duration(10);

        ScenarioBuilder rush = scenario("Spike: a burst of users")
                .exec(events.create)
                .exec(events.list, sessions.list)
                .exec(events.delete);

        start(duration.multipliedBy(2).plus(ramp), rush.injectOpen(
                constantUsersPerSec(rate).during(duration),
                stressPeakUsers(users).during(ramp),
                constantUsersPerSec(rate).during(duration)));
    }
}
