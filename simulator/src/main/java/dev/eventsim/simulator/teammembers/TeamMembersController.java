package dev.eventsim.simulator.teammembers;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.ApiRequest;
import java.util.List;

/** team-members/create, update, delete, list: read the body, call the backend, shape the answer. */
public final class TeamMembersController {
    static final int DEFAULT_LIMIT = 30;
    // The contract gives no maximum; 500 is the simulator's choice
    // (docs/api.md, "Switches for what the contract leaves open").
    static final int MAX_LIMIT = 500;
    private static final String ROLES = "Admin, Organizer, ContentManager";

    private final TeamMembersBackend backend;
    private final PagerPolicy pagerPolicy;

    public TeamMembersController(TeamMembersBackend backend, PagerPolicy pagerPolicy) {
        this.backend = backend;
        this.pagerPolicy = pagerPolicy;
    }

    record TeamMemberResponse(String status, TeamMemberView teamMember) {
        TeamMemberResponse(TeamMember member) {
            this("ok", TeamMemberView.of(member));
        }
    }

    record DeleteResponse(String status) {
    }

    record TeamMemberListResponse(int totalCount, String status, List<TeamMemberView> teamMembers) {
    }

    public Object create(ApiRequest request) {
        JsonBody body = request.body().takingOnly("team-members/create", "email", "role", "firstName", "lastName");
        NewTeamMember member = new NewTeamMember(body.requiredText("email"), role(body, true),
                body.requiredText("firstName"), body.requiredText("lastName"));
        return new TeamMemberResponse(backend.create(request.partnerId(), member));
    }

    public Object update(ApiRequest request) {
        JsonBody body = request.body().takingOnly("team-members/update", "id", "firstName", "lastName", "role",
                "disabled");
        TeamMemberChanges changes = new TeamMemberChanges(body.requiredText("id"), optionalName(body, "firstName"),
                optionalName(body, "lastName"), role(body, false), body.optionalBoolean("disabled"));
        return new TeamMemberResponse(backend.update(request.partnerId(), changes));
    }

    public Object delete(ApiRequest request) {
        backend.delete(request.partnerId(), request.body().takingOnly("team-members/delete", "id").requiredText("id"));
        return new DeleteResponse("ok");
    }

    public Object list(ApiRequest request) {
        JsonBody body = request.body().takingOnly("team-members/list", "pager");
        PagerPolicy.Page page = pagerPolicy.read(body.optionalObject("pager"), DEFAULT_LIMIT, MAX_LIMIT);
        TeamMemberPage result = backend.list(request.partnerId(), page);
        return new TeamMemberListResponse(result.totalCount(), "ok",
                result.teamMembers().stream().map(TeamMemberView::of).toList());
    }

    private static TeamRole role(JsonBody body, boolean required) {
        String name = required ? body.requiredString("role") : body.optionalString("role");
        if (name == null) {
            return null;
        }
        TeamRole role = TeamRole.ofWireName(name);
        if (role == null) {
            throw ApiErrors.notOneOf(body.name("role"), name, ROLES);
        }
        return role;
    }

    private static String optionalName(JsonBody body, String field) {
        String name = body.optionalString(field);
        if (name != null && name.isBlank()) {
            throw ApiErrors.invalidArgument(body.name(field) + " must not be empty");
        }
        return name;
    }
}
