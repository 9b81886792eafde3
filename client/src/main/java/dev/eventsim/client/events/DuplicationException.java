package dev.eventsim.client.events;

/**
 * {@code duplicateAndWait} did not end with a new event: the job failed, or did not finish in
 * time, or polling it broke off. Carries the job id (to poll it again later, see
 * {@link Events#awaitDuplication(String)}) and the last state seen.
 */
public final class DuplicationException extends RuntimeException {

    /** Why waiting ended without an event. */
    public enum Reason {
        /** The job reported {@code failed}. */
        FAILED,
        /** The job was not completed or failed when the timeout ran out. */
        TIMED_OUT,
        /** A poll (or fetching the new event) failed; the cause says how. */
        POLLING_FAILED,
        /** The waiting thread was interrupted. */
        INTERRUPTED
    }

    private final String jobId;
    private final JobState lastJobState;
    private final Reason reason;

    public DuplicationException(String jobId, JobState lastJobState, Reason reason, String detail,
                                Throwable cause) {
        super("duplication job " + jobId + " " + detail + " (last jobState " + lastJobState + ")", cause);
        this.jobId = jobId;
        this.lastJobState = lastJobState;
        this.reason = reason;
    }

    public String jobId() {
        return jobId;
    }

    /** The state of the last successful poll; null if none succeeded. */
    public JobState lastJobState() {
        return lastJobState;
    }

    public Reason reason() {
        return reason;
    }
}
