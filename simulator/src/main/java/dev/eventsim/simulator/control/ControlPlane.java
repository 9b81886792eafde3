package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.clock.SimClock;
import dev.eventsim.simulator.duplication.DuplicationBackend;
import dev.eventsim.simulator.duplication.JobSnapshot;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.FaultRule;
import dev.eventsim.simulator.faults.Faults;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.state.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The control plane for a test that runs the simulator in its own JVM: the tasks of {@code /__sim}
 * as typed calls on the same backends, with no HTTP in between. What one changes, the other sees.
 * Unknown ids fail as over HTTP (an {@code ApiException} with the 404's message); a value the HTTP
 * layer would refuse with a 400 is an {@link IllegalArgumentException}.
 */
public final class ControlPlane {
    private final SimClock clock;
    private final Partners partners;
    private final Store store;
    private final DuplicationBackend jobs;
    private final Faults faults;
    private final Snapshots snapshots;
    private final Runnable resetAll;

    public ControlPlane(SimClock clock, Partners partners, Store store, DuplicationBackend jobs, Faults faults,
                        Snapshots snapshots, Runnable resetAll) {
        this.clock = clock;
        this.partners = partners;
        this.store = store;
        this.jobs = jobs;
        this.faults = faults;
        this.snapshots = snapshots;
        this.resetAll = resetAll;
    }

    // ---- the clock (POST /__sim/clock/...)

    public SimClock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Stops the clock where it is. */
    public ControlPlane freezeClock() {
        clock.freeze();
        return this;
    }

    /** Stops the clock at {@code at}. */
    public ControlPlane freezeClockAt(Instant at) {
        clock.freeze();
        clock.set(Objects.requireNonNull(at, "at"));
        return this;
    }

    /** Jumps to {@code now}, frozen or running. */
    public ControlPlane setClock(Instant now) {
        clock.set(Objects.requireNonNull(now, "now"));
        return this;
    }

    public ControlPlane advanceClock(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative; use setClock to go back in time");
        }
        clock.advance(duration);
        return this;
    }

    /** Follows real time again from the current reading. */
    public ControlPlane resumeClock() {
        clock.resume();
        return this;
    }

    // ---- duplication jobs (/__sim/jobs)

    /** How jobs started from now on progress, e.g. {@code Progression.immediate()}. */
    public ControlPlane jobProgression(Progression progression) {
        jobs.setDefaultProgression(Objects.requireNonNull(progression, "progression"));
        return this;
    }

    /** Every job of every partner, moved on by time as {@code GET /__sim/jobs} does. */
    public List<JobSnapshot> jobs() {
        return jobs.all();
    }

    /** One job, read without counting a poll. */
    public JobSnapshot job(String jobId) {
        return jobs.read(jobId);
    }

    public JobSnapshot jobProgression(String jobId, Progression progression) {
        return jobs.setProgression(jobId, Objects.requireNonNull(progression, "progression"));
    }

    /** Forces an outcome: fail, pause, repeat, stuck, unknown, complete or resume. */
    public JobSnapshot forceJob(String jobId, Outcome outcome) {
        return jobs.force(jobId, Objects.requireNonNull(outcome, "outcome"));
    }

    // ---- fault rules (/__sim/faults)

    public FaultRule addFault(NewFaultRule rule) {
        return faults.rules().add(rule);
    }

    /** Every rule in creation order, spent ones included, with their counts. */
    public List<FaultRule> faults() {
        return faults.rules().all();
    }

    public FaultRule removeFault(String ruleId) {
        return faults.rules().remove(ruleId);
    }

    /** Removes every rule; answers how many there were. */
    public int removeFaults() {
        return faults.rules().clear();
    }

    // ---- partners and KSes (/__sim/partners, /__sim/ks)

    /** Registers a partner, or changes a known partner's admin secret (its old KSes stop working). */
    public Partner registerPartner(long partnerId, String adminSecret) {
        Partner partner = new Partner(partnerId, adminSecret);
        partners.register(partner);
        return partner;
    }

    /**
     * Forgets a partner registered at run time with everything it holds: its data, the fault rules,
     * rate limit and event limit aimed at it alone. Answers false for a partner the simulator does
     * not know; the default partner cannot be removed.
     */
    public boolean removePartner(long partnerId) {
        boolean removed = partners.remove(partnerId);
        faults.rules().removeFor(partnerId);
        faults.rateLimits().clear(partnerId);
        faults.eventLimits().clear(partnerId);
        store.resetPartner(partnerId);
        return removed;
    }

    /** A v2 ADMIN KS of a known partner, valid for {@code validity} from now on the simulator's clock. */
    public String adminKs(long partnerId, String userId, Duration validity) {
        return mintKs(partnerId, userId, KsType.ADMIN, validity);
    }

    /** A v2 KS of a known partner; a USER KS is what the API answers 403 to. */
    public String mintKs(long partnerId, String userId, KsType type, Duration validity) {
        Partner partner = partners.find(partnerId)
                .orElseThrow(() -> new IllegalArgumentException("unknown partner " + partnerId));
        return KsCodec.encodeV2(partnerId, partner.adminSecret(), type.code(), userId,
                clock.instant().plus(validity), "");
    }

    // ---- reset (/__sim/reset)

    /** Everything back to how the simulator started (see {@code EventsSimulator.reset()}). */
    public void reset() {
        resetAll.run();
    }

    /** Forgets one partner's data only; fault rules, the clock and other partners stay. */
    public void resetPartner(long partnerId) {
        store.resetPartner(partnerId);
    }

    // ---- snapshots (/__sim/snapshots)

    /** Saves everything under {@code name} (replacing a snapshot of that name). */
    public Snapshots.Snapshot saveSnapshot(String name) {
        return snapshots.save(checkedName(name), null);
    }

    /** Saves one partner's data under {@code name}. */
    public Snapshots.Snapshot saveSnapshot(String name, long partnerId) {
        return snapshots.save(checkedName(name), partnerId);
    }

    public Snapshots.Snapshot restoreSnapshot(String name) {
        return snapshots.restore(name);
    }

    public Snapshots.Snapshot deleteSnapshot(String name) {
        return snapshots.delete(name);
    }

    public List<Snapshots.Snapshot> snapshots() {
        return snapshots.all();
    }

    private static String checkedName(String name) {
        try {
            return SnapshotsController.checkName(Objects.requireNonNull(name, "name"));
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
