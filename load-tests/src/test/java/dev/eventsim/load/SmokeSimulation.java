package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.eventsim.load.LoadPlan.Thresholds;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.List;

/**
 * Every /api/v1 operation at least once per virtual user, at a low rate: the short run that
 * {@code mvn verify} makes against the in-process simulator. Any failed request fails the build;
 * by default it asserts no percentile (limits 0; {@code -Dp95Ms}/{@code -Dp99Ms} set some), because
 * a test never fails on wall-clock time: it proves the operations work under load, the other
 * simulations measure.
 */
public class SmokeSimulation extends LoadSimulation {

    public SmokeSimulation() {
        super(0, new Thresholds(0, 0));
        // 21 requests besides the duplicateStatus polls
        double rate = plan.rate(2, 21 + plan.maxPolls());
        Duration duration = plan.duration(5);

        ScenarioBuilder everyOperation = scenario("Smoke: every operation")
                .exec(events.create)
                .exec(sessions.create, sessions.list)
                .exec(eventUsers.inviteSpeaker, eventUsers.list, eventUsers.update)
                .exec(participants.addSpeaker, participants.updateSpeaker, participants.list, sessions.speakerList)
                .exec(events.list, events.update)
                .exec(events.duplication, events.deleteCopy)
                .exec(participants.removeSpeaker, eventUsers.delete)
                .exec(teamMembers.create, teamMembers.update, teamMembers.list, teamMembers.delete)
                .exec(events.delete);

        start(duration, List.of(Events.DUPLICATION), everyOperation.injectOpen(constantUsersPerSec(rate).during(duration)));
    }
}
