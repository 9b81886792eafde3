package dev.eventsim.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.admin.LocalControlPlane;
import dev.eventsim.simulator.apptokens.AppTokenActions;
import dev.eventsim.simulator.apptokens.AppTokensBackend;
import dev.eventsim.simulator.auth.KsValidator;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.auth.SessionActions;
import dev.eventsim.simulator.auth.SessionGuard;
import dev.eventsim.simulator.categories.CategoriesBackend;
import dev.eventsim.simulator.categories.CategoryActions;
import dev.eventsim.simulator.entries.EntriesBackend;
import dev.eventsim.simulator.entries.EntryActions;
import dev.eventsim.simulator.clock.SimClock;
import dev.eventsim.simulator.control.ClockController;
import dev.eventsim.simulator.control.EventLimitController;
import dev.eventsim.simulator.control.FaultsController;
import dev.eventsim.simulator.control.RateLimitController;
import dev.eventsim.simulator.control.ControlRoutes;
import dev.eventsim.simulator.control.HealthController;
import dev.eventsim.simulator.control.PartnersController;
import dev.eventsim.simulator.control.ResetController;
import dev.eventsim.simulator.persistence.SimulatorImage;
import dev.eventsim.simulator.persistence.Snapshots;
import dev.eventsim.simulator.control.SnapshotsController;
import dev.eventsim.simulator.persistence.StateCapture;
import dev.eventsim.simulator.persistence.ChangeLog;
import dev.eventsim.simulator.persistence.Recovery;
import dev.eventsim.simulator.persistence.StateFile;
import dev.eventsim.simulator.control.StateFileController;
import dev.eventsim.simulator.control.JobsController;
import dev.eventsim.simulator.control.JournalController;
import dev.eventsim.simulator.control.LifecycleController;
import dev.eventsim.simulator.control.OverviewController;
import dev.eventsim.simulator.control.SeedingController;
import dev.eventsim.simulator.duplication.DuplicationBackend;
import dev.eventsim.simulator.duplication.DuplicationController;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.eventusers.EventUsersBackend;
import dev.eventsim.simulator.eventusers.EventUsersController;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.events.EventsController;
import dev.eventsim.simulator.faults.EventLimits;
import dev.eventsim.simulator.faults.Faults;
import dev.eventsim.simulator.http.ApiRoutes;
import dev.eventsim.simulator.http.CoreApiRoutes;
import dev.eventsim.simulator.http.HttpServer;
import dev.eventsim.simulator.http.EdgeSettings;
import dev.eventsim.simulator.api.Json;
import dev.eventsim.simulator.journal.CallLog;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.journal.RequestMetrics;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.categories.LeftoverCategories;
import dev.eventsim.simulator.events.EventTable;
import dev.eventsim.simulator.lifecycle.LifecycleBackend;
import dev.eventsim.simulator.participants.ParticipantsBackend;
import dev.eventsim.simulator.participants.ParticipantsController;
import dev.eventsim.simulator.seeding.SeedFile;
import dev.eventsim.simulator.seeding.SeedResult;
import dev.eventsim.simulator.seeding.SeedingBackend;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.sessions.SessionsController;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKinds;
import dev.eventsim.simulator.teammembers.TeamMembersBackend;
import dev.eventsim.simulator.teammembers.TeamMembersController;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A running simulator: start it, point a client at {@link #apiBaseUrl()}, close it. */
public final class EventsSimulator implements AutoCloseable {
    private final SimulatorOptions options;
    private final SimClock clock;
    private final Partners partners;
    private final Store store;
    private final DuplicationBackend duplication;
    private final Faults faults;
    private final StateCapture capture;
    private final StateFile stateFile;
    private ChangeLog changeLog;
    private final Journal journal;
    private final RequestMetrics metrics;
    private final CallLog callLog;
    private final SeedingBackend seeding;
    private final SeedFile seedFile;
    private final LocalControlPlane controlPlane;
    private final AppTokensBackend appTokens;
    private final SessionGuard guard;
    private final Set<String> operations;
    private final Set<String> coreOperations;
    private volatile List<SeedResult> seeded = List.of();
    private boolean stateLoaded;
    private final ControlRoutes control;
    private final Javalin app;

    private EventsSimulator(SimulatorOptions options) {
        this.options = options;
        this.clock = SimClock.system();
        this.partners = new Partners(options.partners());
        this.store = new Store(options.seed());
        ObjectMapper mapper = Json.mapper();
        SessionGuard guard = new SessionGuard(store, clock);
        KsValidator auth = new KsValidator(partners, clock, options.authMode(), guard);
        this.duplication = new DuplicationBackend(store, clock);
        this.journal = new Journal(options.journalSize(), Journal.DEFAULT_BODY_LIMIT);
        this.metrics = new RequestMetrics();
        this.callLog = new CallLog(options.log(), System.out);
        ParticipantsBackend participants = new ParticipantsBackend(store);
        EventLimits eventLimits = new EventLimits();
        TableKinds tables = PartnerTables.all();
        this.capture = new StateCapture(version(), store, clock, partners, duplication, tables);
        this.stateFile = options.stateFile() == null ? null : new StateFile(options.stateFile(), tables);
        LeftoverCategories.Dropped droppedCategories = new LeftoverCategories.Dropped();
        EventsBackend events = new EventsBackend(store, clock, eventLimits, options.leftoverCategories(),
                droppedCategories);
        SessionsBackend sessions = new SessionsBackend(store, clock);
        EventUsersBackend eventUsers = new EventUsersBackend(store, clock);
        this.seeding = new SeedingBackend(store, clock, partners, events, sessions, eventUsers, participants);
        this.seedFile = options.seedFile() == null ? null
                : SeedFile.read(options.seedFile(), partners.defaultPartner().id());
        EventsController eventsController = new EventsController(events, options.pagerPolicy());
        watch(metrics, store, auth, eventsController, droppedCategories);
        metrics.watchCache(journal.size());
        ApiRoutes routes = new ApiRoutes(
                eventsController,
                new DuplicationController(duplication),
                new SessionsController(sessions, participants),
                new TeamMembersController(new TeamMembersBackend(store, clock), options.pagerPolicy()),
                new EventUsersController(eventUsers, options.pagerPolicy()),
                new ParticipantsController(participants));
        this.appTokens = new AppTokensBackend(store, clock);
        this.guard = guard;
        SessionActions sessionActions = new SessionActions(partners, clock, guard);
        CategoriesBackend categories = new CategoriesBackend(store, clock);
        EntriesBackend entries = new EntriesBackend(store, categories);
        CoreApiRoutes coreRoutes = new CoreApiRoutes(sessionActions,
                new AppTokenActions(appTokens, sessionActions, guard, partners, clock),
                new EntryActions(entries), new CategoryActions(categories, entries::entryCounts));
        this.operations = routes.operations();
        this.coreOperations = coreRoutes.operations();
        Set<String> faultable = new java.util.HashSet<>(operations);
        faultable.addAll(coreOperations);
        this.faults = new Faults(options.seed(), faultable, clock, eventLimits);
        Snapshots snapshots = new Snapshots(capture, clock);
        LifecycleBackend lifecycle = new LifecycleBackend(store, clock);
        this.controlPlane = new LocalControlPlane(new LocalControlPlane.Parts(version(), clock, partners, store,
                duplication, faults, snapshots, capture, this::changeLog, journal, lifecycle, seeding, this::reset));
        this.control = new ControlRoutes(
                new HealthController(controlPlane),
                new ResetController(controlPlane),
                new PartnersController(controlPlane),
                new ClockController(controlPlane),
                new LifecycleController(controlPlane), new JobsController(controlPlane),
                new FaultsController(controlPlane), new RateLimitController(controlPlane),
                new EventLimitController(controlPlane),
                new SnapshotsController(controlPlane),
                new StateFileController(controlPlane),
                new JournalController(controlPlane),
                new SeedingController(controlPlane, partners),
                new OverviewController(store, partners, lifecycle, clock, appTokens, guard));
        this.app = HttpServer.create(routes, coreRoutes, control, auth, mapper, new EdgeSettings(options.adminToken(),
                options.host(), options.allowedHosts(), options.unknownFields(), options.idleTimeout()),
                faults, journal, metrics, callLog, clock);
        if (stateFile != null) {
            Recovery.Recovered recovered = Recovery.read(stateFile, version());
            recovered.image().ifPresent(image -> {
                loadState(image);
                stateLoaded = true;
            });
            // From here on every answered write is logged; what was just loaded is not logged again.
            this.changeLog = ChangeLog.start(stateFile, capture, options.stateSync(), store.changes(), recovered);
        }
    }

    /** What /metrics shows of the simulator's own memory: leftover categories and every cache (docs/journal-and-metrics.md). */
    private static void watch(RequestMetrics metrics, Store store, KsValidator auth, EventsController events,
                              LeftoverCategories.Dropped dropped) {
        metrics.watch("sim.leftover.categories.kept", "Categories of deleted events kept, as the platform keeps them",
                () -> LeftoverCategories.kept(store));
        metrics.watch("sim.leftover.categories.dropped.total",
                "Categories of deleted events removed to stay within --leftover-categories-max", dropped::count);
        metrics.watchCache(auth.decodedTokens());
        metrics.watchCache(Timestamps.parses());
        events.keptJson().forEach(metrics::watchCache);
        metrics.watchCache(EventTable.keptAnswers(
                () -> store.current().partners().stream().map(p -> p.existingTable(EventTable.class))
                        .filter(Objects::nonNull).toList()));
    }

    private ChangeLog changeLog() {
        return changeLog;
    }

    /** The saved state, then the partners of the command line over it: its secrets win. */
    private void loadState(SimulatorImage image) {
        try {
            capture.restore(image);
        } catch (IllegalArgumentException e) {
            throw stateFile.inconsistent(e);
        }
        options.partners().forEach(partners::register);
    }

    public static EventsSimulator start(SimulatorOptions options) {
        EventsSimulator simulator = new EventsSimulator(options);
        // A loaded state file already holds what an earlier run seeded: seed only a fresh simulator.
        if (!simulator.stateLoaded) {
            simulator.seedFromFile();
        }
        try {
            simulator.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            simulator.metrics.close();
            simulator.callLog.close();
            if (simulator.changeLog != null) {
                simulator.changeLog.close(); // stops its flusher; the state file then holds what was loaded
            }
            throw e;
        }
        simulator.metrics.setUpInBackground(); // once the port answers: the start need not wait for it
        return simulator;
    }

    public int port() {
        return app.port();
    }

    /** {@code http://host:port}, the root of the core API and the control plane. */
    public String baseUrl() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port();
    }

    /** {@code http://host:port/api/v1}, the base URL of the Events API. */
    public String apiBaseUrl() {
        return baseUrl() + "/api/v1";
    }

    /** The {@code /api/v1} operations of the route table ({@code events/create}, ...), for drift checks. */
    public Set<String> operations() {
        return operations;
    }

    /** The core API's actions as fault rules and the journal name them ({@code session.start}, {@code multirequest}). */
    public Set<String> coreOperations() {
        return coreOperations;
    }

    /** The control plane's route table: every task under {@code /__sim}. */
    public List<ControlRoutes.Route> controlRoutes() {
        return control.routes();
    }

    public SimulatorOptions options() {
        return options;
    }

    public SimClock clock() {
        return clock;
    }

    public Partners partners() {
        return partners;
    }

    /** The control plane in-process: clock, jobs, faults, partners, KSes, reset, snapshots; no HTTP. */
    public LocalControlPlane control() {
        return controlPlane;
    }

    /** Takes and restores images of this simulator's state (tests compare them across the state file). */
    StateCapture capture() {
        return capture;
    }

    /** The simulator's version, from its jar's manifest ("dev" when run from classes). */
    public static String version() {
        String version = EventsSimulator.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * Back to how the simulator started: every partner's data and jobs forgotten, partners
     * registered since start-up removed, the clock on real time, jobs on their default progression,
     * no fault rules, rate limits or event limits, the request journal and its counts empty
     * ({@code /metrics} keeps counting: it is the process's), and the seed file's events (if any)
     * seeded again.
     */
    public void reset() {
        partners.resetToStartUp();
        store.reset();
        clock.reset();
        duplication.setDefaultProgression(Progression.DEFAULT);
        faults.reset();
        journal.reset();
        seedFromFile();
    }

    /** What the seed file made at start-up or at the last full reset; empty without a seed file. */
    public List<SeedResult> seeded() {
        return seeded;
    }

    /** The seed file is part of how the simulator starts, so start-up and every full reset apply it. */
    private void seedFromFile() {
        if (seedFile != null) {
            seeded = seedFile.applyTo(seeding);
        }
    }

    /** An ADMIN KS (v2) for a partner the simulator knows, valid from now on the simulator's clock. */
    public String adminKs(long partnerId, String userId, Duration validity) {
        return controlPlane.adminKs(partnerId, userId, validity);
    }

    /** An ADMIN KS of the default partner for user {@code admin}, valid for a day. */
    public String adminKs() {
        return adminKs(partners.defaultPartner().id(), "admin", Duration.ofDays(1));
    }

    /** Stops the server; with a state file, then folds its change log into it (nothing changes it after the stop). */
    @Override
    public void close() {
        app.stop();
        callLog.close();
        try {
            if (changeLog != null) {
                changeLog.close();
            }
        } finally {
            metrics.close();
        }
    }
}
