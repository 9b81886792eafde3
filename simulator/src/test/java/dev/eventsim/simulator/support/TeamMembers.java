package dev.eventsim.simulator.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds team-members/create bodies: {@code TeamMembers.aTeamMember().withEmail("a@x.test").body()}. */
public final class TeamMembers {
    private final Map<String, Object> body = new LinkedHashMap<>();

    private TeamMembers() {
        body.put("email", "grace@example.test");
        body.put("role", "Organizer");
        body.put("firstName", "Grace");
        body.put("lastName", "Hopper");
    }

    public static TeamMembers aTeamMember() {
        return new TeamMembers();
    }

    /** A member whose email and first name carry the number, so lists can be read by eye. */
    public static TeamMembers number(int n) {
        return aTeamMember().withEmail("member" + n + "@example.test").with("firstName", "Member" + n);
    }

    public TeamMembers withEmail(String email) {
        return with("email", email);
    }

    public TeamMembers withRole(String role) {
        return with("role", role);
    }

    public TeamMembers with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public TeamMembers without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(body);
    }
}
