package dev.eventsim.simulator.admin;

import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.duplication.JobSnapshot;

/** A duplication job as the control plane shows it; {@code jobState} as events/duplicateStatus names it. */
public record JobView(String jobId, long partnerId, long sourceEventId, String jobState, Long eventId, int polls,
                      ProgressionView progression, String forced, String createdAt, String failure) {
    static JobView of(JobSnapshot j) {
        return new JobView(j.jobId(), j.partnerId(), j.sourceEventId(), j.state().name(), j.eventId(), j.polls(),
                ProgressionView.of(j.progression()), j.forced() == null ? null : j.forced().name(),
                Timestamps.format(j.createdAt()), j.failure());
    }
}
