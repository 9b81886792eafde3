package dev.eventsim.simulator.duplication;

import java.time.Instant;

/** A job as read at one moment: its state, the new event once completed, and how it progresses. */
public record JobSnapshot(
        String jobId,
        long partnerId,
        long sourceEventId,
        JobState state,
        Long eventId,
        int polls,
        Progression progression,
        JobState forced,
        Instant createdAt,
        String failure) {
}
