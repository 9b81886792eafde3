package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.eventsim.load.LoadPlan.Thresholds;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An event's life as an integration lives it: create it from a preset template, add sessions,
 * invite speakers and put them on a session, list, update, duplicate it and poll the job until the
 * copy is there, then delete both.
 */
public class EventLifecycleSimulation extends LoadSimulation {

    public EventLifecycleSimulation() {
        super(0, Thresholds.LOOPBACK);
        int sessionsPerEvent = knobs.integer("sessionsPerEvent", 2);
        int speakersPerEvent = knobs.integer("speakersPerEvent", 2);
        // create, 4 lists, update, duplicate, 2 deletes; a session and two calls a speaker; the polls
        double rate = plan.rate(2, 9 + sessionsPerEvent + 2 * speakersPerEvent + plan.maxPolls());
        Duration ramp = plan.ramp(5);
        Duration duration = plan.duration(30);

        ScenarioBuilder lifecycle = scenario("Event lifecycle")
                .exec(s -> s.set("templateId", Events.PRESET_TEMPLATES.get((int) (s.userId() % Events.PRESET_TEMPLATES.size()))))
                .exec(events.create)
                .exec(repeat(sessionsPerEvent, "sessionNo").on(
                        exec(s -> s.set("sessionType", Sessions.TYPES.get(s.getInt("sessionNo") % Sessions.TYPES.size())))
                                .exec(sessions.create)))
                .exec(repeat(speakersPerEvent, "speakerNo").on(
                        exec(eventUsers.inviteSpeaker, participants.addSpeaker)))
                .exec(events.list, sessions.list, eventUsers.list, sessions.speakerList)
                .exec(events.update)
                .exec(events.duplication)
                .exec(events.deleteCopy, events.delete);

        List<OpenInjectionStep> steps = new ArrayList<>();
        if (!ramp.isZero()) {
            steps.add(rampUsersPerSec(0).to(rate).during(ramp));
        }
        steps.add(constantUsersPerSec(rate).during(duration));
        start(ramp.plus(duration), List.of(Events.DUPLICATION), lifecycle.injectOpen(steps));
    }
}
