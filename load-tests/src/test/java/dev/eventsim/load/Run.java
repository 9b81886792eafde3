package dev.eventsim.load;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run's name and what it created. Every event, copy and team member a run makes is named with
 * {@link #prefix()}, so clean-up on a real region can find them all again even when a virtual user
 * stopped half-way; the ids seen are kept as well.
 */
final class Run {
    private final String id;
    private final Set<Long> events = ConcurrentHashMap.newKeySet();
    private final Set<Long> deletedEvents = ConcurrentHashMap.newKeySet();
    private final Set<String> teamMembers = ConcurrentHashMap.newKeySet();
    private final Set<String> jobs = ConcurrentHashMap.newKeySet();

    Run(String id) {
        this.id = id;
    }

    /** A run id such as {@code k3x9q0}: base-36 milliseconds, short enough for names and emails. */
    static Run startingNow() {
        return new Run(Long.toString(System.currentTimeMillis(), 36));
    }

    String id() {
        return id;
    }

    /** {@code load-k3x9q0}: starts every event name and team member email of the run. */
    String prefix() {
        return "load-" + id;
    }

    /** A label only this run's events carry, for the labels filter. */
    String label(String colour) {
        return prefix() + "-" + colour;
    }

    /** A team-member (or event-user) address that no one else uses: unique per run, user and kind. */
    String email(String kind, long userId) {
        return prefix() + "-" + kind + "-" + userId + "@example.com";
    }

    void createdEvent(long eventId) {
        events.add(eventId);
    }

    void deletedEvent(long eventId) {
        deletedEvents.add(eventId);
    }

    void createdTeamMember(String id) {
        teamMembers.add(id);
    }

    void deletedTeamMember(String id) {
        teamMembers.remove(id);
    }

    void startedJob(String jobId) {
        jobs.add(jobId);
    }

    void finishedJob(String jobId) {
        jobs.remove(jobId);
    }

    /** Every event the run created (copies included), deleted or not: their categories stay behind. */
    Set<Long> events() {
        return Set.copyOf(events);
    }

    /** Events the run created and has not deleted, as far as it saw. */
    Set<Long> liveEvents() {
        Set<Long> live = new java.util.TreeSet<>(events);
        live.removeAll(deletedEvents);
        return live;
    }

    Set<String> teamMembers() {
        return Set.copyOf(teamMembers);
    }

    /** Duplication jobs whose completion the run did not see: their copies may still appear. */
    Set<String> unfinishedJobs() {
        return Set.copyOf(jobs);
    }
}
