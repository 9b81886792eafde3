package dev.eventsim.simulator.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds event-users/invite bodies: {@code Users.aUser(eventId).withEmail("ada@example.test").asSpeaker().body()}. */
public final class Users {
    private final Map<String, Object> body = new LinkedHashMap<>();

    private Users(long eventId) {
        body.put("eventId", eventId);
        body.put("firstName", "Jane");
        body.put("lastName", "Doe");
        body.put("email", "jane@example.test");
    }

    public static Users aUser(long eventId) {
        return new Users(eventId);
    }

    public Users named(String firstName, String lastName) {
        return with("firstName", firstName).with("lastName", lastName);
    }

    public Users withEmail(String email) {
        return with("email", email);
    }

    public Users withRoles(String... roles) {
        return with("roles", List.of(roles));
    }

    public Users asSpeaker() {
        return withRoles("Speaker");
    }

    public Users asModerator() {
        return withRoles("Moderator");
    }

    public Users with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Users without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(body);
    }
}
