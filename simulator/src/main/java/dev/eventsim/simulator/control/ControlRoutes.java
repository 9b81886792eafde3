package dev.eventsim.simulator.control;

import java.util.List;

/**
 * The control plane's route table, under {@code /__sim}: JSON in and out, no KS. Each task is a
 * small controller; this table shows them all.
 */
public final class ControlRoutes {
    public static final String PREFIX = "/__sim";

    /** The HTTP methods the control plane uses. */
    public enum Method {
        GET,
        POST,
        DELETE
    }

    /** One control task at a path ({@code {name}} marks a path parameter). */
    public record Route(Method method, String path, ControlOperation handler) {
    }

    private final HealthController health;
    private final ResetController reset;
    private final PartnersController partners;
    private final ClockController clock;
    private final LifecycleController lifecycle;
    private final JobsController jobs;
    private final FaultsController faults;
    private final RateLimitController rateLimit;
    private final EventLimitController eventLimit;
    private final SnapshotsController snapshots;
    private final StateFileController stateFile;
    private final JournalController journal;
    private final SeedingController seeding;
    private final OverviewController overview;

    public ControlRoutes(HealthController health, ResetController reset, PartnersController partners,
                         ClockController clock, LifecycleController lifecycle, JobsController jobs,
                         FaultsController faults, RateLimitController rateLimit, EventLimitController eventLimit,
                         SnapshotsController snapshots, StateFileController stateFile, JournalController journal,
                         SeedingController seeding, OverviewController overview) {
        this.health = health;
        this.reset = reset;
        this.partners = partners;
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.jobs = jobs;
        this.faults = faults;
        this.rateLimit = rateLimit;
        this.eventLimit = eventLimit;
        this.snapshots = snapshots;
        this.stateFile = stateFile;
        this.journal = journal;
        this.seeding = seeding;
        this.overview = overview;
    }

    public List<Route> routes() {
        return List.of(
                new Route(Method.GET, PREFIX + "/health", health::health),
                new Route(Method.POST, PREFIX + "/reset", reset::reset),

                new Route(Method.GET, PREFIX + "/partners", partners::list),
                new Route(Method.POST, PREFIX + "/partners", partners::register),
                new Route(Method.DELETE, PREFIX + "/partners/{partnerId}", partners::remove),
                new Route(Method.POST, PREFIX + "/ks", partners::mintKs),

                new Route(Method.GET, PREFIX + "/clock", clock::read),
                new Route(Method.POST, PREFIX + "/clock/freeze", clock::freeze),
                new Route(Method.POST, PREFIX + "/clock/resume", clock::resume),
                new Route(Method.POST, PREFIX + "/clock/set", clock::set),
                new Route(Method.POST, PREFIX + "/clock/advance", clock::advance),

                new Route(Method.GET, PREFIX + "/events/{eventId}/lifecycle", lifecycle::read),
                new Route(Method.POST, PREFIX + "/events/{eventId}/publish", lifecycle::publish),
                new Route(Method.POST, PREFIX + "/events/{eventId}/cancel", lifecycle::cancel),

                new Route(Method.GET, PREFIX + "/jobs", jobs::list),
                new Route(Method.GET, PREFIX + "/jobs/progression", jobs::readDefaultProgression),
                new Route(Method.POST, PREFIX + "/jobs/progression", jobs::setDefaultProgression),
                new Route(Method.GET, PREFIX + "/jobs/{jobId}", jobs::read),
                new Route(Method.POST, PREFIX + "/jobs/{jobId}/progression", jobs::setProgression),
                new Route(Method.POST, PREFIX + "/jobs/{jobId}/force", jobs::force),

                new Route(Method.POST, PREFIX + "/faults", faults::add),
                new Route(Method.GET, PREFIX + "/faults", faults::list),
                new Route(Method.DELETE, PREFIX + "/faults", faults::clear),
                new Route(Method.GET, PREFIX + "/faults/{ruleId}", faults::read),
                new Route(Method.DELETE, PREFIX + "/faults/{ruleId}", faults::remove),
                new Route(Method.POST, PREFIX + "/rate-limit", rateLimit::set),
                new Route(Method.GET, PREFIX + "/rate-limit", rateLimit::list),
                new Route(Method.DELETE, PREFIX + "/rate-limit", rateLimit::clear),
                new Route(Method.POST, PREFIX + "/event-limit", eventLimit::set),
                new Route(Method.GET, PREFIX + "/event-limit", eventLimit::list),
                new Route(Method.DELETE, PREFIX + "/event-limit", eventLimit::clear),


                new Route(Method.GET, PREFIX + "/snapshots", snapshots::list),
                new Route(Method.POST, PREFIX + "/snapshots", snapshots::save),
                new Route(Method.GET, PREFIX + "/snapshots/{name}", snapshots::read),
                new Route(Method.POST, PREFIX + "/snapshots/{name}/restore", snapshots::restore),
                new Route(Method.DELETE, PREFIX + "/snapshots/{name}", snapshots::delete),
                new Route(Method.POST, PREFIX + "/state/save", stateFile::save),


                new Route(Method.GET, PREFIX + "/journal", journal::list),
                new Route(Method.DELETE, PREFIX + "/journal", journal::clear),
                new Route(Method.GET, PREFIX + "/journal/counts", journal::counts),
                new Route(Method.GET, PREFIX + "/journal/{id}", journal::read),


                new Route(Method.POST, PREFIX + "/seed", seeding::seed),

                // the dashboard's read model; the page itself is served by http.DashboardHandler at /__sim/ui
                new Route(Method.GET, PREFIX + "/overview", overview::read));
    }
}
