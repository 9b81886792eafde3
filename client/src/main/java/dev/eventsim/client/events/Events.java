package dev.eventsim.client.events;

import dev.eventsim.client.PagerOffset;
import dev.eventsim.client.Sleeper;
import dev.eventsim.client.errors.ErrorDetails;
import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.UnexpectedResponseException;
import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.Instants;
import dev.eventsim.client.internal.PagedStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The {@code events/*} operations. Get it from {@code EventsClient.events()}. */
public final class Events {
    /** The most {@code events/list} serves per page (the official client's bound). */
    public static final int MAX_PAGE_SIZE = 15;

    record EventEnvelope(Event event) {
    }

    record IdRequest(long id) {
    }

    record JobRequest(String jobId) {
    }

    record DuplicationStarted(String jobId) {
    }

    record DuplicationStatusAnswer(String jobId, JobState jobState, String eventId) {
    }

    private final Caller caller;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PagerOffset pagerOffset;
    private final DuplicationPolling polling;
    private final Duration createdAtTolerance;

    /**
     * Made by {@code EventsClient}. Public only because the client builds it from another package;
     * its {@code Caller} is in the unexported {@code internal} package, so no one else can call it.
     */
    @SuppressWarnings("exports")
    public Events(Caller caller, Clock clock, Sleeper sleeper, PagerOffset pagerOffset, DuplicationPolling polling,
                  Duration createdAtTolerance) {
        this.caller = caller;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pagerOffset = pagerOffset;
        this.polling = polling;
        this.createdAtTolerance = createdAtTolerance;
    }

    /**
     * Creates an event. {@code events/create} is not idempotent, and the guide warns it may answer
     * 500 although the event was created: after a 5xx or a lost answer this looks for an event
     * of exactly that name and those dates created since the call began (by the clock, less a
     * tolerance for clock skew), newest first, and returns it if found; only if there is none
     * does it try again. So a retry never creates a second event.
     */
    public Event create(NewEvent event) {
        Instant startedAt = clock.instant();
        return caller.create("events/create", event, EventEnvelope.class,
                failure -> findCreated(event, startedAt).map(EventEnvelope::new)).event();
    }

    private Optional<Event> findCreated(NewEvent sent, Instant startedAt) {
        Instant notBefore = startedAt.minus(createdAtTolerance);
        try (Stream<Event> newestFirst = streamAll(EventFilter.all().withSearchTerm(sent.name()),
                EventOrder.NEWEST_FIRST)) {
            return newestFirst
                    .takeWhile(e -> !e.createdAt().isBefore(notBefore))
                    .filter(e -> sent.name().equals(e.name())
                            && Instants.sameMillisecond(e.startDate(), sent.startDate())
                            && Instants.sameMillisecond(e.endDate(), sent.endDate()))
                    .findFirst();
        }
    }

    public EventPage list(EventQuery query) {
        return caller.call("events/list", query, EventPage.class);
    }

    /** The first page with the service's defaults: 5 events, newest first. */
    public EventPage list() {
        return list(EventQuery.defaults());
    }

    /** The event with this id, if this partner has it. */
    public Optional<Event> get(long id) {
        return list(EventQuery.of(EventFilter.all().withIdIn(List.of(id)))).events().stream()
                .filter(e -> e.id() == id).findFirst();
    }

    /** Every event matching {@code filter}, oldest first (see {@link #streamAll(EventFilter, EventOrder)}). */
    public Stream<Event> streamAll(EventFilter filter) {
        return streamAll(filter, EventOrder.OLDEST_FIRST);
    }

    /**
     * Every event matching {@code filter}, in {@code order}, fetched 15 at a time as the stream is
     * read. The pages are checked against the {@code totalCount} of the first: if the list
     * changes meanwhile the stream fails with a {@code PagingException} instead of skipping or
     * repeating events.
     */
    public Stream<Event> streamAll(EventFilter filter, EventOrder order) {
        return PagedStream.of("events/list", pager -> {
            EventPage page = list(new EventQuery(filter, pager, order));
            return new PagedStream.Page<>(page.events(), page.totalCount());
        }, MAX_PAGE_SIZE, pagerOffset, Event::id);
    }

    /** Changes the fields set in {@code changes}; the others keep their value. */
    public Event update(EventChanges changes) {
        return caller.call("events/update", changes, EventEnvelope.class).event();
    }

    /** Deletes the event and answers it as it was. Its categories stay behind, as on the real platform. */
    public Event delete(long id) {
        return caller.call("events/delete", new IdRequest(id), EventEnvelope.class).event();
    }

    /**
     * Starts copying an event and answers the job id; see {@link #duplicateAndWait}. Neither the
     * job nor the copy can be looked up until the job is done, so after a failure that leaves open
     * whether the job started (a 5xx, a lost answer) this is not sent again: it throws an
     * {@code AmbiguousResultException} rather than risk a second copy.
     */
    public String duplicate(DuplicateEventRequest request) {
        return caller.createOnce("events/duplicate", request, DuplicationStarted.class).jobId();
    }

    public DuplicationStatus duplicateStatus(String jobId) {
        DuplicationStatusAnswer answer = caller.call("events/duplicateStatus", new JobRequest(jobId),
                DuplicationStatusAnswer.class);
        return new DuplicationStatus(answer.jobId(), answer.jobState(), eventId(answer.eventId()));
    }

    private static OptionalLong eventId(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new UnexpectedResponseException(new ErrorDetails("events/duplicateStatus", 200, "ok",
                    "eventId '" + text + "' is not an event id", null, null), e);
        }
    }

    /**
     * Copies an event and waits for the copy: starts the job, then polls it as the guide advises
     * (after 5 s, 10 s, 30 s, then every 30 s, for at most 5 minutes by default) until it completes
     * or fails, and answers the new event.
     *
     * @throws DuplicationException when the job fails, does not finish in time or cannot be polled;
     *                              it carries the job id and the last state seen
     */
    public Event duplicateAndWait(DuplicateEventRequest request) {
        return awaitDuplication(duplicate(request));
    }

    /** Waits for a duplication job already started, as {@link #duplicateAndWait} does. */
    public Event awaitDuplication(String jobId) {
        Instant deadline = clock.instant().plus(polling.timeout());
        JobState last = null;
        for (int poll = 0; ; poll++) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new DuplicationException(jobId, last, DuplicationException.Reason.TIMED_OUT,
                        "did not finish within " + polling.timeout(), null);
            }
            Duration wait = polling.intervalBefore(poll);
            pause(jobId, last, wait.compareTo(left) < 0 ? wait : left);
            DuplicationStatus status;
            try {
                status = duplicateStatus(jobId);
            } catch (EventsApiException e) {
                throw new DuplicationException(jobId, last, DuplicationException.Reason.POLLING_FAILED,
                        "could not be polled", e);
            }
            last = status.jobState();
            if (last == JobState.FAILED) {
                throw new DuplicationException(jobId, last, DuplicationException.Reason.FAILED, "failed", null);
            }
            if (last == JobState.COMPLETED) {
                return copy(jobId, status);
            }
        }
    }

    private Event copy(String jobId, DuplicationStatus status) {
        long id = status.eventId().orElseThrow(() -> new DuplicationException(jobId, status.jobState(),
                DuplicationException.Reason.POLLING_FAILED, "completed without an eventId", null));
        try {
            return get(id).orElseThrow(() -> new DuplicationException(jobId, status.jobState(),
                    DuplicationException.Reason.POLLING_FAILED, "completed, but its event " + id + " is not there",
                    null));
        } catch (EventsApiException e) {
            throw new DuplicationException(jobId, status.jobState(), DuplicationException.Reason.POLLING_FAILED,
                    "completed, but its event " + id + " could not be read", e);
        }
    }

    private void pause(String jobId, JobState last, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DuplicationException(jobId, last, DuplicationException.Reason.INTERRUPTED,
                    "was being waited for when the thread was interrupted", e);
        }
    }
}
