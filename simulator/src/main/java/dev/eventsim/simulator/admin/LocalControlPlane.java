package dev.eventsim.simulator.admin;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.clock.SimClock;
import dev.eventsim.simulator.persistence.Snapshots;
import dev.eventsim.simulator.persistence.StateCapture;
import dev.eventsim.simulator.persistence.ChangeLog;
import dev.eventsim.simulator.persistence.StateFileException;
import dev.eventsim.simulator.duplication.DuplicationBackend;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.Faults;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import dev.eventsim.simulator.faults.RateLimit;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.journal.JournalCounts;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalPage;
import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.lifecycle.LifecycleBackend;
import dev.eventsim.simulator.seeding.SeedRequest;
import dev.eventsim.simulator.seeding.SeedResult;
import dev.eventsim.simulator.seeding.SeedingBackend;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The control plane's tasks, done once, on the backends of a simulator in this JVM. The
 * {@code /__sim} routes call these same methods; what one face changes, the other sees.
 */
public final class LocalControlPlane implements ControlPlane {
    static final int MAX_RATE_LIMIT = 100_000;
    private static final long DEFAULT_KS_SECONDS = 86_400;
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** The parts of a simulator the control plane works on. */
    public record Parts(String version, SimClock clock, Partners partners, Store store, DuplicationBackend jobs,
                        Faults faults, Snapshots snapshots, StateCapture capture, Supplier<ChangeLog> stateFile,
                        Journal journal, LifecycleBackend lifecycle, SeedingBackend seeding, Runnable resetAll) {
    }

    private final Parts parts;
    private final long startedNanos = System.nanoTime();

    public LocalControlPlane(Parts parts) {
        this.parts = parts;
    }

    /** The simulator's own clock, for an in-process caller that waits by moving it. */
    public SimClock clock() {
        return parts.clock();
    }

    // ---- health and reset

    @Override
    public Health health() {
        List<Health.PartnerCounts> counts = new ArrayList<>();
        for (Partner partner : parts.partners().all()) {
            PartnerData data = parts.store().partner(partner.id());
            counts.add(data.read(() -> new Health.PartnerCounts(partner.id(), EventsBackend.count(data),
                    SessionsBackend.count(data))));
        }
        long uptime = (System.nanoTime() - startedNanos) / 1_000_000;
        return new Health(true, parts.version(), uptime, Timestamps.format(parts.clock().instant()), counts);
    }

    @Override
    public ResetDone reset() {
        parts.resetAll().run();
        return settled(new ResetDone("all", null));
    }

    @Override
    public ResetDone resetPartner(long partnerId) {
        positive("partnerId", partnerId);
        parts.store().resetPartner(partnerId);
        return settled(new ResetDone("partner", partnerId));
    }

    // ---- partners and KSes

    @Override
    public List<PartnerView> partners() {
        long defaultId = parts.partners().defaultPartner().id();
        return parts.partners().all().stream().map(p -> new PartnerView(p.id(), p.adminSecret(), p.id() == defaultId))
                .toList();
    }

    @Override
    public PartnerView registerPartner(long partnerId, String adminSecret) {
        positive("partnerId", partnerId);
        if (adminSecret == null) {
            throw ApiErrors.missingField("adminSecret");
        }
        if (adminSecret.isBlank()) {
            throw ApiErrors.invalidArgument("adminSecret must not be empty");
        }
        parts.partners().register(new Partner(partnerId, adminSecret));
        settled(null);
        return new PartnerView(partnerId, adminSecret, partnerId == parts.partners().defaultPartner().id());
    }

    @Override
    public void removePartner(long partnerId) {
        boolean removed;
        try {
            removed = parts.partners().remove(partnerId);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        if (!removed) {
            throw ApiErrors.partnerNotFound(partnerId);
        }
        parts.faults().rules().removeFor(partnerId);
        parts.faults().rateLimits().clear(partnerId);
        parts.faults().eventLimits().clear(partnerId);
        parts.store().resetPartner(partnerId);
        settled(null);
    }

    @Override
    public MintedKs mintKs(KsRequest request) {
        long partnerId = request.partnerId() == null ? parts.partners().defaultPartner().id() : request.partnerId();
        Partner partner = parts.partners().find(partnerId).orElseThrow(() -> ApiErrors.partnerNotFound(partnerId));
        String userId = request.userId() == null ? "admin" : request.userId();
        int type = request.type() == null ? KsType.ADMIN.code() : request.type();
        if (KsType.ofCode(type) == null) {
            throw ApiErrors.invalidArgument("type must be 2 (ADMIN) or 0 (USER), got " + type);
        }
        int version = request.version() == null ? 2 : request.version();
        if (version != 1 && version != 2) {
            throw ApiErrors.invalidArgument("version must be 1 or 2, got " + version);
        }
        long seconds = request.expiry() == null ? DEFAULT_KS_SECONDS : request.expiry();
        Instant expiresAt = plusClamped(parts.clock().instant(), seconds);
        String ks = version == 2
                ? KsCodec.encodeV2(partnerId, partner.adminSecret(), type, userId, expiresAt, request.privileges())
                : KsCodec.encodeV1(partnerId, partner.adminSecret(), type, userId, expiresAt, request.privileges());
        return new MintedKs(ks, partnerId, userId, type, Timestamps.format(expiresAt), version);
    }

    // ---- the clock

    @Override
    public ClockView readClock() {
        Instant now = parts.clock().instant();
        return new ClockView(Timestamps.format(now), now.toEpochMilli(), parts.clock().frozen());
    }

    @Override
    public LocalControlPlane freezeClock() {
        parts.clock().freeze();
        return settled(this);
    }

    @Override
    public LocalControlPlane freezeClockAt(Instant at) {
        required("at", at);
        parts.clock().freeze();
        parts.clock().set(at);
        return settled(this);
    }

    @Override
    public LocalControlPlane setClock(Instant now) {
        parts.clock().set(required("now", now));
        return settled(this);
    }

    @Override
    public LocalControlPlane advanceClock(Duration duration) {
        if (required("duration", duration).isNegative()) {
            throw ApiErrors.invalidArgument("duration must not be negative; use clock/set to go back in time");
        }
        parts.clock().advance(duration);
        return settled(this);
    }

    @Override
    public LocalControlPlane resumeClock() {
        parts.clock().resume();
        return settled(this);
    }

    // ---- lifecycle

    @Override
    public LifecycleView lifecycle(long eventId) {
        return LifecycleView.of(parts.lifecycle().read(eventId));
    }

    @Override
    public LifecycleView publishEvent(long eventId) {
        return LifecycleView.of(parts.lifecycle().publish(eventId));
    }

    @Override
    public LifecycleView cancelEvent(long eventId) {
        return LifecycleView.of(parts.lifecycle().cancel(eventId));
    }

    // ---- jobs

    @Override
    public ProgressionView jobProgression() {
        return ProgressionView.of(parts.jobs().defaultProgression());
    }

    @Override
    public ProgressionView jobProgression(Progression progression) {
        parts.jobs().setDefaultProgression(required("progression", progression));
        return settled(jobProgression());
    }

    @Override
    public List<JobView> jobs() {
        return parts.jobs().all().stream().map(JobView::of).toList();
    }

    @Override
    public JobView job(String jobId) {
        return JobView.of(parts.jobs().read(jobId));
    }

    @Override
    public JobView jobProgression(String jobId, Progression progression) {
        return JobView.of(parts.jobs().setProgression(jobId, required("progression", progression)));
    }

    @Override
    public JobView forceJob(String jobId, Outcome outcome) {
        return JobView.of(parts.jobs().force(jobId, required("outcome", outcome)));
    }

    // ---- faults and limits

    @Override
    public RuleView addFault(NewFaultRule rule) {
        return RuleView.of(parts.faults().rules().add(required("rule", rule)));
    }

    @Override
    public List<RuleView> faults() {
        return parts.faults().rules().all().stream().map(RuleView::of).toList();
    }

    @Override
    public RuleView fault(String ruleId) {
        return RuleView.of(parts.faults().rules().get(ruleId));
    }

    @Override
    public RuleView removeFault(String ruleId) {
        return RuleView.of(parts.faults().rules().remove(ruleId));
    }

    @Override
    public int removeFaults() {
        return parts.faults().rules().clear();
    }

    @Override
    public RateLimitView setRateLimit(RateLimit limit) {
        required("limit", limit);
        required("window", limit.window());
        if (limit.partnerId() != null) {
            positive("partnerId", limit.partnerId());
        }
        if (limit.limit() < 1 || limit.limit() > MAX_RATE_LIMIT) {
            throw ApiErrors.invalidArgument("limit must be between 1 and " + MAX_RATE_LIMIT + ", got " + limit.limit());
        }
        if (limit.window().toMillis() < 1 || limit.window().compareTo(Duration.ofDays(1)) > 0) {
            throw ApiErrors.invalidArgument("window must be between 1 ms and 1 day, got " + limit.window());
        }
        return RateLimitView.of(parts.faults().rateLimits().set(limit));
    }

    @Override
    public List<RateLimitView> rateLimits() {
        return parts.faults().rateLimits().all().stream().map(RateLimitView::of).toList();
    }

    @Override
    public List<RateLimitView> clearRateLimits(Long partnerId) {
        if (partnerId != null) {
            positive("partnerId", partnerId);
        }
        parts.faults().rateLimits().clear(partnerId);
        return rateLimits();
    }

    @Override
    public PartnerEventLimit setEventLimit(PartnerEventLimit limit) {
        required("limit", limit);
        if (limit.partnerId() != null) {
            positive("partnerId", limit.partnerId());
        }
        if (limit.maxEvents() < 0) {
            throw ApiErrors.invalidArgument("maxEvents must not be negative, got " + limit.maxEvents());
        }
        return parts.faults().eventLimits().set(limit);
    }

    @Override
    public List<PartnerEventLimit> eventLimits() {
        return parts.faults().eventLimits().all();
    }

    @Override
    public List<PartnerEventLimit> clearEventLimits(Long partnerId) {
        if (partnerId != null) {
            positive("partnerId", partnerId);
        }
        parts.faults().eventLimits().clear(partnerId);
        return eventLimits();
    }

    // ---- snapshots and the state file

    @Override
    public SnapshotView saveSnapshot(String name) {
        return SnapshotView.of(parts.snapshots().save(checkedName(name), null));
    }

    @Override
    public SnapshotView saveSnapshot(String name, long partnerId) {
        positive("partnerId", partnerId);
        return SnapshotView.of(parts.snapshots().save(checkedName(name), partnerId));
    }

    @Override
    public SnapshotView snapshot(String name) {
        return SnapshotView.of(parts.snapshots().get(name));
    }

    @Override
    public SnapshotView restoreSnapshot(String name) {
        return settled(SnapshotView.of(parts.snapshots().restore(name)));
    }

    @Override
    public SnapshotView deleteSnapshot(String name) {
        return SnapshotView.of(parts.snapshots().delete(name));
    }

    @Override
    public List<SnapshotView> snapshots() {
        return parts.snapshots().all().stream().map(SnapshotView::of).toList();
    }

    @Override
    public StateSaved saveState() {
        ChangeLog file = parts.stateFile().get();
        if (file == null) {
            throw ApiErrors.noStateFile();
        }
        long bytes;
        try {
            bytes = file.save();
        } catch (StateFileException e) {
            throw ApiErrors.internal(e.getMessage());
        }
        return new StateSaved(file.path().toString(), bytes, Timestamps.format(parts.clock().instant()));
    }

    // ---- the journal

    @Override
    public JournalPage journal(JournalQuery query) {
        required("query", query);
        if (query.partnerId() != null) {
            positive("partnerId", query.partnerId());
        }
        if (query.limit() > Journal.MAX_CAPACITY) {
            throw ApiErrors.invalidArgument("limit must be between 1 and " + Journal.MAX_CAPACITY + ", got "
                    + query.limit());
        }
        return parts.journal().find(query);
    }

    @Override
    public JournalEntry journalEntry(long id) {
        return parts.journal().entry(id).orElseThrow(() -> ApiErrors.journalEntryNotFound(id));
    }

    @Override
    public JournalCounts journalCounts() {
        return parts.journal().counts();
    }

    @Override
    public int clearJournal() {
        return parts.journal().clear();
    }

    // ---- seeding

    @Override
    public SeedResult seed(SeedRequest request) {
        return parts.seeding().seed(required("request", request));
    }

    /**
     * The end of a task that changed what the state file keeps: with a state file, the answer waits
     * until the change is logged (the partners, the clock and the progression go with every record).
     */
    private <T> T settled(T answer) {
        parts.store().changes().settle();
        return answer;
    }

    // ---- checks, as the HTTP side answers them

    /** A snapshot name a path can carry: 1 to 100 letters, digits, '.', '_' or '-'. */
    public static String checkedName(String name) {
        if (name == null) {
            throw ApiErrors.missingField("name");
        }
        if (!SNAPSHOT_NAME.matcher(name).matches()) {
            throw ApiErrors.invalidArgument("name '" + name + "' must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    private static void positive(String field, long value) {
        if (value <= 0) {
            throw ApiErrors.invalidArgument(field + " must be positive, got " + value);
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiErrors.missingField(field);
        }
        return Objects.requireNonNull(value);
    }

    /** An expiry past Instant's range is clamped: such a KS never expires. */
    private static Instant plusClamped(Instant now, long seconds) {
        return seconds > Instant.MAX.getEpochSecond() - now.getEpochSecond() ? Instant.MAX : now.plusSeconds(seconds);
    }
}
