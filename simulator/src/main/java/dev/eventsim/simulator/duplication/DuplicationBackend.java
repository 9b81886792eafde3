package dev.eventsim.simulator.duplication;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.api.Timezones;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Duplication jobs: started by events/duplicate, moved on by each events/duplicateStatus poll
 * according to their {@link Progression} (read against the clock, never a timer), and steered
 * by the control plane.
 */
public final class DuplicationBackend {
    /** The job table, as snapshots and the state file name it. */
    public static final TableKind<DuplicationJobRows> TABLE = new TableKind<>("duplicationJobs",
            DuplicationJobs.class, DuplicationJobRows.class, DuplicationJobs::new);

    private final Store store;
    private final Clock clock;
    private volatile Progression defaultProgression = Progression.DEFAULT;

    public DuplicationBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public String start(long partnerId, DuplicateRequest request) {
        Timezones.check("event.timezone", request.timezone());
        if (request.startDate() != null && request.endDate() != null && !request.endDate().isAfter(request.startDate())) {
            throw ApiErrors.invalidArgument("event.endDate must be after event.startDate");
        }
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            if (!partner.hasEvent(request.sourceEventId())) {
                throw ApiErrors.eventNotFound(request.sourceEventId());
            }
            DuplicationJob job = new DuplicationJob(store.ids().nextJobId(), partnerId, request, clock.instant(),
                    defaultProgression);
            partner.table(DuplicationJobs.class, DuplicationJobs::new).put(job);
            return job.jobId;
        });
    }

    /** One events/duplicateStatus poll: counts the poll, moves the job on, reports it. */
    public JobSnapshot poll(long partnerId, String jobId) {
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            DuplicationJob job = job(partner, jobId);
            job.polls++;
            moveOn(partner, job);
            return job.snapshot();
        });
    }

    // ---- control plane

    public List<JobSnapshot> all() {
        List<JobSnapshot> jobs = new ArrayList<>();
        for (PartnerData partner : store.current().partners()) {
            partner.write(() -> {
                for (DuplicationJob job : partner.table(DuplicationJobs.class, DuplicationJobs::new).all()) {
                    moveOn(partner, job);
                    jobs.add(job.snapshot());
                }
                return null;
            });
        }
        return jobs;
    }

    /** Reads a job without counting a poll (time-based progress still applies). */
    public JobSnapshot read(String jobId) {
        return onJob(jobId, (partner, job) -> moveOn(partner, job));
    }

    public JobSnapshot force(String jobId, Outcome outcome) {
        return onJob(jobId, (partner, job) -> {
            if (job.state.isFinal()) {
                throw ApiErrors.conflict("Job " + jobId + " is already " + job.state + "; it cannot be changed");
            }
            job.forced = switch (outcome) {
                case fail -> JobState.failed;
                case pause -> JobState.paused;
                case repeat -> JobState.repeat;
                case stuck -> JobState.wait;
                case unknown -> JobState.unknown;
                case complete -> JobState.completed;
                case resume -> null;
            };
            moveOn(partner, job);
        });
    }

    public JobSnapshot setProgression(String jobId, Progression progression) {
        return onJob(jobId, (partner, job) -> {
            job.progression = progression;
            moveOn(partner, job);
        });
    }

    public Progression defaultProgression() {
        return defaultProgression;
    }

    /** The progression of jobs started from now on. */
    public void setDefaultProgression(Progression progression) {
        defaultProgression = progression;
    }

    // ---- rules

    private void moveOn(PartnerData partner, DuplicationJob job) {
        if (job.state.isFinal()) {
            return;
        }
        if (job.forced != null && job.forced != JobState.completed) {
            job.state = job.forced;
            if (job.state == JobState.failed) {
                job.failure = "failed on request of the control plane";
            }
            return;
        }
        if (job.forced == JobState.completed || due(job, clock.instant())) {
            complete(partner, job);
        } else {
            job.state = JobState.wait;
        }
    }

    private static boolean due(DuplicationJob job, Instant now) {
        Progression p = job.progression;
        return switch (p.mode()) {
            case immediate -> true;
            case polls -> job.polls > p.polls();
            case duration -> !now.isBefore(job.createdAt.plus(p.after()));
        };
    }

    private void complete(PartnerData partner, DuplicationJob job) {
        try {
            job.eventId = EventCopier.copy(partner, store.ids(), job.request, clock.instant()).id();
            job.state = JobState.completed;
        } catch (ApiException e) {
            job.state = JobState.failed;
            job.failure = e.getMessage();
        }
    }

    private interface JobAction {
        void apply(PartnerData partner, DuplicationJob job);
    }

    private JobSnapshot onJob(String jobId, JobAction action) {
        for (PartnerData partner : store.current().partners()) {
            JobSnapshot found = partner.write(() -> {
                DuplicationJob job = partner.table(DuplicationJobs.class, DuplicationJobs::new).get(jobId);
                if (job == null) {
                    return null;
                }
                action.apply(partner, job);
                return job.snapshot();
            });
            if (found != null) {
                return found;
            }
        }
        throw ApiErrors.jobNotFound(jobId);
    }

    private static DuplicationJob job(PartnerData partner, String jobId) {
        DuplicationJob job = partner.table(DuplicationJobs.class, DuplicationJobs::new).get(jobId);
        if (job == null) {
            throw ApiErrors.jobNotFound(jobId);
        }
        return job;
    }
}
