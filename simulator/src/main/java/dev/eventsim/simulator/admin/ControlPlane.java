package dev.eventsim.simulator.admin;

import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import dev.eventsim.simulator.faults.RateLimit;
import dev.eventsim.simulator.journal.JournalCounts;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalPage;
import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.seeding.SeedRequest;
import dev.eventsim.simulator.seeding.SeedResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The control plane: every task of {@code /__sim}, typed. It has two faces that answer alike:
 * {@link LocalControlPlane} runs the tasks on a simulator in this JVM ({@code EventsSimulator.control()}),
 * and {@link RemoteControlPlane} sends them over HTTP to a simulator anywhere; the {@code /__sim}
 * routes are a thin mapping onto the local face. Each task answers what its route answers, as the
 * same record. A task refused over HTTP is refused here with the same {@code ApiException}
 * (its HTTP code, {@code status} and message): an unknown id a 404, a bad value a 400.
 * docs/control-plane.md lists the routes.
 */
public interface ControlPlane {

    // ---- health and reset (GET /__sim/health, POST /__sim/reset)

    Health health();

    /** Everything back to how the simulator started (see {@code EventsSimulator.reset()}). */
    ResetDone reset();

    /** Forgets one partner's data only; fault rules, the clock and other partners stay. */
    ResetDone resetPartner(long partnerId);

    // ---- partners and KSes (/__sim/partners, /__sim/ks)

    List<PartnerView> partners();

    /** Registers a partner, or changes a known partner's admin secret (its old KSes stop working). */
    PartnerView registerPartner(long partnerId, String adminSecret);

    /**
     * Forgets a partner registered at run time with everything it holds: its data, and the fault
     * rules, rate limit and event limit aimed at it alone. The default partner cannot be removed (409).
     */
    void removePartner(long partnerId);

    MintedKs mintKs(KsRequest request);

    /** An ADMIN KS of a known partner, valid for {@code validity} from now on the simulator's clock. */
    default String adminKs(long partnerId, String userId, Duration validity) {
        return mintKs(partnerId, userId, KsType.ADMIN, validity);
    }

    /** A v2 KS of a known partner; a USER KS is what the Events API answers 403 to. */
    default String mintKs(long partnerId, String userId, KsType type, Duration validity) {
        return mintKs(new KsRequest(partnerId, userId, type.code(), validity.toSeconds(), null, null)).ks();
    }

    // ---- the clock (/__sim/clock)

    ClockView readClock();

    /** The simulator's time now. */
    default Instant now() {
        return Instant.ofEpochMilli(readClock().epochMillis());
    }

    // The clock's changes answer this control plane, so that they chain:
    // control.freezeClockAt(at).advanceClock(Duration.ofSeconds(90)); readClock() reads it.

    /** Stops the clock where it is. */
    ControlPlane freezeClock();

    /** Stops the clock at {@code at}. */
    ControlPlane freezeClockAt(Instant at);

    /** Jumps to {@code now}, frozen or running; the one way back in time. */
    ControlPlane setClock(Instant now);

    /** Moves the clock forward; a negative duration is a 400. */
    ControlPlane advanceClock(Duration duration);

    /** Follows real time again from the current reading. */
    ControlPlane resumeClock();

    // ---- an event's lifecycle (/__sim/events/{id}/...)

    LifecycleView lifecycle(long eventId);

    LifecycleView publishEvent(long eventId);

    LifecycleView cancelEvent(long eventId);

    // ---- duplication jobs (/__sim/jobs)

    /** How jobs started from now on progress. */
    ProgressionView jobProgression();

    /** Sets how jobs started from now on progress, e.g. {@code Progression.immediate()}. */
    ProgressionView jobProgression(Progression progression);

    /** Every job of every partner, moved on by time. */
    List<JobView> jobs();

    /** One job, read without counting a poll. */
    JobView job(String jobId);

    JobView jobProgression(String jobId, Progression progression);

    /** Forces an outcome: fail, pause, repeat, stuck, unknown, complete or resume. */
    JobView forceJob(String jobId, Outcome outcome);

    // ---- fault rules, rate limits, event limits (/__sim/faults, /__sim/rate-limit, /__sim/event-limit)

    RuleView addFault(NewFaultRule rule);

    /** Every rule in creation order, spent ones included, with their counts. */
    List<RuleView> faults();

    RuleView fault(String ruleId);

    RuleView removeFault(String ruleId);

    /** Removes every rule; answers how many there were. */
    int removeFaults();

    RateLimitView setRateLimit(RateLimit limit);

    List<RateLimitView> rateLimits();

    /** Clears every rate limit, or with a partner id that partner's own. */
    List<RateLimitView> clearRateLimits(Long partnerId);

    PartnerEventLimit setEventLimit(PartnerEventLimit limit);

    List<PartnerEventLimit> eventLimits();

    /** Clears every event limit, or with a partner id that partner's own. */
    List<PartnerEventLimit> clearEventLimits(Long partnerId);

    // ---- snapshots and the state file (/__sim/snapshots, /__sim/state/save)

    /** Saves everything under {@code name} (replacing a snapshot of that name). */
    SnapshotView saveSnapshot(String name);

    /** Saves one partner's data under {@code name}. */
    SnapshotView saveSnapshot(String name, long partnerId);

    SnapshotView snapshot(String name);

    SnapshotView restoreSnapshot(String name);

    SnapshotView deleteSnapshot(String name);

    List<SnapshotView> snapshots();

    /** Writes the state file now; a simulator started without one answers 409. */
    StateSaved saveState();

    // ---- the request journal (/__sim/journal)

    JournalPage journal(JournalQuery query);

    JournalEntry journalEntry(long id);

    JournalCounts journalCounts();

    /** Empties the journal; answers how many entries it held. */
    int clearJournal();

    // ---- seeding (/__sim/seed)

    SeedResult seed(SeedRequest request);
}
