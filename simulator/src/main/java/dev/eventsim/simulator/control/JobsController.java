package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.JobView;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import java.time.Duration;
import java.util.List;

/** Lists duplication jobs, forces their outcome, and chooses how they progress. */
public final class JobsController {
    private final ControlPlane control;

    public JobsController(ControlPlane control) {
        this.control = control;
    }

    /** The answer of the job list. */
    public record JobList(List<JobView> jobs) {
    }

    public Object list(ControlRequest request) {
        return new JobList(control.jobs());
    }

    public Object read(ControlRequest request) {
        return control.job(request.path("jobId"));
    }

    public Object force(ControlRequest request) {
        String outcome = request.body().requiredString("outcome");
        Outcome forced;
        try {
            forced = Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.invalidArgument("outcome '" + outcome
                    + "' is not one of fail, pause, repeat, stuck, unknown, complete, resume");
        }
        return control.forceJob(request.path("jobId"), forced);
    }

    public Object setProgression(ControlRequest request) {
        return control.jobProgression(request.path("jobId"), progression(request.body()));
    }

    public Object readDefaultProgression(ControlRequest request) {
        return control.jobProgression();
    }

    public Object setDefaultProgression(ControlRequest request) {
        return control.jobProgression(progression(request.body()));
    }

    static Progression progression(JsonBody body) {
        String mode = body.requiredString("mode");
        return switch (mode) {
            case "immediate" -> Progression.immediate();
            case "polls" -> {
                long polls = body.requiredLong("polls");
                if (polls < 0 || polls > 1_000_000) {
                    throw ApiErrors.invalidArgument("polls must be between 0 and 1000000, got " + polls);
                }
                yield Progression.afterPolls((int) polls);
            }
            case "duration" -> {
                Duration after = Durations.read(body, "after");
                if (after == null) {
                    throw ApiErrors.missingField("after");
                }
                if (after.isNegative()) {
                    throw ApiErrors.invalidArgument("after must not be negative");
                }
                yield Progression.afterDuration(after);
            }
            default -> throw ApiErrors.invalidArgument("mode '" + mode + "' is not one of immediate, polls, duration");
        };
    }
}
