package dev.eventsim.client.events;

import java.util.OptionalLong;

/**
 * A duplication job as {@code events/duplicateStatus} reports it. The contract types the new
 * event's id as a string; here it is the event id it names, present only once the job completed.
 *
 * @param jobState null when the service reports a state this client does not know
 */
public record DuplicationStatus(String jobId, JobState jobState, OptionalLong eventId) {
}
