package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.Operation;
import dev.eventsim.simulator.duplication.DuplicationController;
import dev.eventsim.simulator.eventusers.EventUsersController;
import dev.eventsim.simulator.events.EventsController;
import dev.eventsim.simulator.participants.ParticipantsController;
import dev.eventsim.simulator.sessions.SessionsController;
import dev.eventsim.simulator.teammembers.TeamMembersController;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final DuplicationController duplication;
    private final SessionsController sessions;
    private final TeamMembersController teamMembers;
    private final EventUsersController eventUsers;
    private final ParticipantsController participants;

    public ApiRoutes(EventsController events, DuplicationController duplication, SessionsController sessions,
                     TeamMembersController teamMembers, EventUsersController eventUsers,
                     ParticipantsController participants) {
        this.events = events;
        this.duplication = duplication;
        this.sessions = sessions;
        this.teamMembers = teamMembers;
        this.eventUsers = eventUsers;
        this.participants = participants;
    }

    public List<Route> routes() {
        return List.of(
                new Route("events/create", events::create),
                new Route("events/list", events::list),
                new Route("events/update", events::update),
                new Route("events/delete", events::delete),
                new Route("events/duplicate", duplication::duplicate),
                new Route("events/duplicateStatus", duplication::duplicateStatus),

                new Route("sessions/create", sessions::create),
                new Route("sessions/list", sessions::list),
                new Route("sessions/speakerList", sessions::speakerList),

                new Route("team-members/create", teamMembers::create),
                new Route("team-members/update", teamMembers::update),
                new Route("team-members/delete", teamMembers::delete),
                new Route("team-members/list", teamMembers::list),

                new Route("event-users/invite", eventUsers::invite),
                new Route("event-users/list", eventUsers::list),
                new Route("event-users/update", eventUsers::update),
                new Route("event-users/delete", eventUsers::delete),

                new Route("session-participants/add", participants::add),
                new Route("session-participants/remove", participants::remove),
                new Route("session-participants/update", participants::update),
                new Route("session-participants/list", participants::list));
    }

    /** The names of every operation, as fault rules name them ({@code events/create}). */
    public Set<String> operations() {
        return routes().stream().map(Route::operation).collect(Collectors.toUnmodifiableSet());
    }
}
