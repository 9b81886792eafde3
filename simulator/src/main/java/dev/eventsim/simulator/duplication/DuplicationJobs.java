package dev.eventsim.simulator.duplication;

import dev.eventsim.simulator.state.PortableTable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's duplication jobs by id. Not event-scoped on purpose: a job outlives its source
 * event, and fails if the source is gone when it would complete.
 */
final class DuplicationJobs implements PortableTable {
    private final Map<String, DuplicationJob> byId = new LinkedHashMap<>();

    DuplicationJobs() {
    }

    DuplicationJobs(DuplicationJobRows rows) {
        rows.jobs().forEach(row -> put(DuplicationJob.from(row)));
    }

    @Override
    public DuplicationJobRows export() {
        return new DuplicationJobRows(byId.values().stream().map(DuplicationJob::row).toList());
    }

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
