package dev.eventsim.simulator.duplication;

import dev.eventsim.simulator.state.TableRows;
import java.time.Instant;
import java.util.List;

/** A partner's duplication jobs as snapshots and the state file keep them, everything a job holds. */
public record DuplicationJobRows(List<Job> jobs) implements TableRows {
    public DuplicationJobRows {
        jobs = List.copyOf(jobs);
    }

    /** One job: the request, where it stands, and how it progresses. */
    public record Job(String jobId, long partnerId, DuplicateRequest request, Instant createdAt,
                      Progression progression, int polls, JobState forced, JobState state, Long eventId,
                      String failure) {
    }

    @Override
    public int size() {
        return jobs.size();
    }
}
