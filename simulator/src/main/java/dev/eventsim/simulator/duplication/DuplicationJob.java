package dev.eventsim.simulator.duplication;

import java.time.Instant;

/** A duplication job as stored; changed only under its partner's write lock. */
final class DuplicationJob {
    final String jobId;
    final long partnerId;
    final DuplicateRequest request;
    final Instant createdAt;
    Progression progression;
    int polls;
    JobState forced;
    JobState state = JobState.wait;
    Long eventId;
    String failure;

    DuplicationJob(String jobId, long partnerId, DuplicateRequest request, Instant createdAt, Progression progression) {
        this.jobId = jobId;
        this.partnerId = partnerId;
        this.request = request;
        this.createdAt = createdAt;
        this.progression = progression;
    }

    static DuplicationJob from(DuplicationJobRows.Job row) {
        DuplicationJob job = new DuplicationJob(row.jobId(), row.partnerId(), row.request(), row.createdAt(),
                row.progression());
        job.polls = row.polls();
        job.forced = row.forced();
        job.state = row.state();
        job.eventId = row.eventId();
        job.failure = row.failure();
        return job;
    }

    DuplicationJobRows.Job row() {
        return new DuplicationJobRows.Job(jobId, partnerId, request, createdAt, progression, polls, forced, state,
                eventId, failure);
    }

    JobSnapshot snapshot() {
        return new JobSnapshot(jobId, partnerId, request.sourceEventId(), state, eventId, polls, progression, forced,
                createdAt, failure);
    }
}
