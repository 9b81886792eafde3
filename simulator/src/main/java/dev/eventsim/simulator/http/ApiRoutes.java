package dev.eventsim.simulator.http;

import dev.eventsim.simulator.auth.SessionStartController;
import dev.eventsim.simulator.eventusers.EventUsersController;
import dev.eventsim.simulator.events.EventsController;
import dev.eventsim.simulator.participants.ParticipantsController;
import dev.eventsim.simulator.sessions.SessionsController;
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
    private final EventUsersController eventUsers;
    private final ParticipantsController participants;
    private final SessionStartController sessionStart;

    public ApiRoutes(EventsController events, SessionsController sessions, EventUsersController eventUsers,
                     ParticipantsController participants, SessionStartController sessionStart) {
        this.events = events;
        this.sessions = sessions;
        this.eventUsers = eventUsers;
        this.participants = participants;
        this.sessionStart = sessionStart;
    }

    public List<Route> routes() {
        return List.of(
                new Route("events/create", events::create),
                new Route("events/list", events::list),
                new Route("events/update", events::update),
                new Route("events/delete", events::delete),

                new Route("sessions/create", sessions::create),
                new Route("sessions/list", sessions::list),
                new Route("sessions/speakerList", sessions::speakerList),

                new Route("event-users/invite", eventUsers::invite),
                new Route("event-users/list", eventUsers::list),
                new Route("event-users/update", eventUsers::update),
                new Route("event-users/delete", eventUsers::delete),

                new Route("session-participants/add", participants::add),
                new Route("session-participants/remove", participants::remove),
                new Route("session-participants/update", participants::update),
                new Route("session-participants/list", participants::list));
    }

    /** The core API (api_v3) actions the simulator answers, outside /api/v1. */
    public SessionStartController sessionStart() {
        return sessionStart;
    }

    public static final String SESSION_START_PATH = "/api_v3/service/session/action/start";
}
