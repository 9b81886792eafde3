package dev.eventsim.simulator.http;

import dev.eventsim.simulator.auth.SessionStartController;
import dev.eventsim.simulator.categories.CategoriesController;
import dev.eventsim.simulator.events.EventsController;
import dev.eventsim.simulator.sessions.SessionsController;
import io.javalin.http.Handler;
import java.util.List;

/**
 * The route table: every operation of the Events API the simulator serves, at a glance.
 * All are {@code POST /api/v1/<operation>} with a JSON body and a KS.
 */
public final class ApiRoutes {
    public static final String API_BASE = "/api/v1/";

    /** One operation: its name in the API ({@code events/create}) and what runs it. */
    public record Route(String operation, Operation handler) {
        public String path() {
            return API_BASE + operation;
        }
    }

    private final EventsController events;
    private final SessionsController sessions;
    private final SessionStartController sessionStart;
    private final CategoriesController categories;

    public ApiRoutes(EventsController events, SessionsController sessions, SessionStartController sessionStart,
                     CategoriesController categories) {
        this.events = events;
        this.sessions = sessions;
        this.sessionStart = sessionStart;
        this.categories = categories;
    }

    public List<Route> routes() {
        return List.of(
                new Route("events/create", events::create),
                new Route("events/list", events::list),
                new Route("events/update", events::update),
                new Route("events/delete", events::delete),

                new Route("sessions/create", sessions::create),
                new Route("sessions/list", sessions::list),
                new Route("sessions/speakerList", sessions::speakerList));
    }

    /** One core API (api_v3) action: its path and what answers it (form fields in, JSON or XML out). */
    public record CoreRoute(String path, Handler handler) {
    }

    /** The core API (api_v3) actions the simulator answers, outside /api/v1. */
    public List<CoreRoute> coreRoutes() {
        return List.of(
                new CoreRoute(SESSION_START_PATH, sessionStart::start),
                new CoreRoute(CORE_API_BASE + "category/action/list", categories::list),
                new CoreRoute(CORE_API_BASE + "category/action/delete", categories::delete));
    }

    public static final String CORE_API_BASE = "/api_v3/service/";
    public static final String SESSION_START_PATH = CORE_API_BASE + "session/action/start";
}
