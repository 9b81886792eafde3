package dev.eventsim.simulator.duplication;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partner's duplication jobs by id. Not event-scoped on purpose: a job outlives its source
 * event, and fails if the source is gone when it would complete.
 */
final class DuplicationJobs {
    private final Map<String, DuplicationJob> byId = new LinkedHashMap<>();

    DuplicationJob get(String jobId) {
        return byId.get(jobId);
    }

    void put(DuplicationJob job) {
        byId.put(job.jobId, job);
    }

    Collection<DuplicationJob> all() {
        return byId.values();
    }
}
