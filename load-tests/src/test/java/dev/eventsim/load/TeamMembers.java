package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/** The team-members feature (account-level): create, update, list, delete, on {@code teamMemberId}. */
final class TeamMembers {
    /** team-members/create of an Organizer with an address unique to the run and user. */
    final ChainBuilder create;
    /** team-members/update: a new role and first name. */
    final ChainBuilder update;
    /** team-members/list: the first 30 of the team. */
    final ChainBuilder list;
    /** team-members/delete of {@code teamMemberId}. */
    final ChainBuilder delete;

    TeamMembers(Api api) {
        Run run = api.run();
        create = exec(api.post("team-members/create", s -> Map.of(
                        "email", run.email("team", s.userId()),
                        "role", "Organizer",
                        "firstName", "Load",
                        "lastName", "Organizer " + s.userId()))
                .check(jsonPath("$.teamMember.id").saveAs("teamMemberId")))
                .exitHereIfFailed()
                .exec(s -> {
                    run.createdTeamMember(s.getString("teamMemberId"));
                    return s;
                });

        update = exec(api.post("team-members/update", s -> Map.of(
                "id", s.getString("teamMemberId"), "role", "ContentManager", "firstName", "Renamed"))
                .check(jsonPath("$.teamMember.role").is("ContentManager")));

        list = exec(api.post("team-members/list", s -> Map.of("pager", Map.of("offset", 0, "limit", 30)))
                .check(jsonPath("$.totalCount").ofInt().gte(1)));

        // recorded as deleted only when the API says so: the clean-up deletes the others
        delete = exec(s -> s.remove("deleted"))
                .exec(api.post("team-members/delete", s -> Map.of("id", s.getString("teamMemberId")))
                        .check(jsonPath("$.status").is("ok").saveAs("deleted")))
                .exec(s -> {
                    if (s.contains("deleted")) {
                        run.deletedTeamMember(s.getString("teamMemberId"));
                    }
                    return s.remove("deleted");
                });
    }
}
