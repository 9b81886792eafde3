package dev.eventsim.simulator.http;

import dev.eventsim.simulator.apptokens.AppTokenActions;
import dev.eventsim.simulator.auth.SessionActions;
import dev.eventsim.simulator.categories.CategoryActions;
import dev.eventsim.simulator.coreapi.Access;
import dev.eventsim.simulator.coreapi.CoreRoute;
import dev.eventsim.simulator.entries.EntryActions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The route table of the core API (api_v3): every service action the simulator answers, with the
 * KS each needs, at a glance. Service and action names are matched ignoring case, as there;
 * {@code multirequest} runs several of them in one call. docs/core-api.md describes each.
 */
public final class CoreApiRoutes {
    public static final String BASE = "/api_v3/";

    private final SessionActions session;
    private final AppTokenActions appToken;
    private final EntryActions entries;
    private final CategoryActions category;

    public CoreApiRoutes(SessionActions session, AppTokenActions appToken, EntryActions entries,
                         CategoryActions category) {
        this.session = session;
        this.appToken = appToken;
        this.entries = entries;
        this.category = category;
    }

    public List<CoreRoute> routes() {
        return List.of(
                new CoreRoute("session", "start", Access.NONE, session::start),
                new CoreRoute("session", "get", Access.ADMIN, session::get),
                new CoreRoute("session", "end", Access.NONE, session::end),
                new CoreRoute("session", "startWidgetSession", Access.NONE, session::startWidgetSession),

                new CoreRoute("appToken", "add", Access.ADMIN, appToken::add),
                new CoreRoute("appToken", "get", Access.ADMIN, appToken::get),
                new CoreRoute("appToken", "list", Access.ADMIN, appToken::list),
                new CoreRoute("appToken", "update", Access.ADMIN, appToken::update),
                new CoreRoute("appToken", "delete", Access.ADMIN, appToken::delete),
                new CoreRoute("appToken", "startSession", Access.SESSION, appToken::startSession),

                new CoreRoute("baseEntry", "get", Access.SESSION, entries::baseEntryGet),
                new CoreRoute("baseEntry", "list", Access.SESSION, entries::baseEntryList),
                new CoreRoute("media", "get", Access.SESSION, entries::mediaGet),
                new CoreRoute("media", "list", Access.SESSION, entries::mediaList),

                new CoreRoute("category", "get", Access.ADMIN, category::get),
                new CoreRoute("category", "list", Access.ADMIN, category::list),
                new CoreRoute("category", "delete", Access.ADMIN, category::delete));
    }

    /** The names fault rules and the journal use: {@code session.start}, ..., and {@code multirequest}. */
    public Set<String> operations() {
        Set<String> names = routes().stream().map(CoreRoute::operation).collect(Collectors.toSet());
        names.add("multirequest");
        return Set.copyOf(names);
    }
}
