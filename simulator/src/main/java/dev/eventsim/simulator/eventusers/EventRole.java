package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.api.ApiErrors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The event-level roles of a user. Speaker and Moderator are what session participants need. */
public enum EventRole {
    Attendees,
    Speaker,
    Moderator;

    /** What a user invited without {@code roles} gets, as the contract says. */
    public static final List<EventRole> DEFAULT = List.of(Attendees);

    private static final String ALLOWED = "Attendees, Speaker, Moderator";

    public static EventRole read(String field, String value) {
        for (EventRole role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw ApiErrors.notOneOf(field, value, ALLOWED);
    }

    /** A list of role names read in order, each error naming its item ({@code roles[1]}); null stays null. */
    public static List<EventRole> readAll(String field, List<String> values) {
        if (values == null) {
            return null;
        }
        List<EventRole> roles = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            roles.add(read(field + "[" + i + "]", values.get(i)));
        }
        return roles;
    }

    /** A role set without repeats, in the enum's order, so answers never depend on how roles were sent. */
    public static List<EventRole> setOf(List<EventRole> roles) {
        return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }
}
