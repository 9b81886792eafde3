package dev.eventsim.simulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.duplication.DuplicationBackend;
import dev.eventsim.simulator.duplication.JobSnapshot;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import java.time.Duration;
import java.util.List;

/** Lists duplication jobs, forces their outcome, and chooses how they progress. */
public final class JobsController {
    private final DuplicationBackend backend;

    public JobsController(DuplicationBackend backend) {
        this.backend = backend;
    }

    /** How a job progresses, as the control plane shows and takes it; fields of other modes are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgressionView(String mode, Integer polls, String after) {
        static ProgressionView of(Progression p) {
            return switch (p.mode()) {
                case immediate -> new ProgressionView("immediate", null, null);
                case polls -> new ProgressionView("polls", p.polls(), null);
                case duration -> new ProgressionView("duration", null, p.after().toString());
            };
        }
    }

    /** A job as the control plane shows it. */
    public record JobView(String jobId, long partnerId, long sourceEventId, String jobState, Long eventId, int polls,
                          ProgressionView progression, String forced, String createdAt, String failure) {
        static JobView of(JobSnapshot j) {
            return new JobView(j.jobId(), j.partnerId(), j.sourceEventId(), j.state().name(), j.eventId(), j.polls(),
                    ProgressionView.of(j.progression()), j.forced() == null ? null : j.forced().name(),
                    Timestamps.format(j.createdAt()), j.failure());
        }
    }

    /** The answer of the job list. */
    public record JobList(List<JobView> jobs) {
    }

    public Object list(ControlRequest request) {
        return new JobList(backend.all().stream().map(JobView::of).toList());
    }

    public Object read(ControlRequest request) {
        return JobView.of(backend.read(request.path("jobId")));
    }

    public Object force(ControlRequest request) {
        String outcome = request.body().requiredString("outcome");
        try {
            return JobView.of(backend.force(request.path("jobId"), Outcome.valueOf(outcome)));
        } catch (IllegalArgumentException e) {
            throw ApiErrors.invalidArgument("outcome '" + outcome
                    + "' is not one of fail, pause, repeat, stuck, unknown, complete, resume");
        }
    }

    public Object setProgression(ControlRequest request) {
        return JobView.of(backend.setProgression(request.path("jobId"), progression(request.body())));
    }

    public Object readDefaultProgression(ControlRequest request) {
        return ProgressionView.of(backend.defaultProgression());
    }

    public Object setDefaultProgression(ControlRequest request) {
        backend.setDefaultProgression(progression(request.body()));
        return ProgressionView.of(backend.defaultProgression());
    }

    /** {@code {"mode": "immediate"}}, {@code {"mode": "polls", "polls": 3}} or {@code {"mode": "duration", "after": "5s"}}. */
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
