package dev.eventsim.simulator.templates;

import dev.eventsim.simulator.sessions.SessionType;
import java.util.List;

/** An event template: the sessions an event made from it starts with. */
public record Template(String id, String name, List<PresetSession> sessions) {

    /** A session a preset template creates together with the event, over the event's dates. */
    public record PresetSession(String name, SessionType type) {
    }
}
